/**
 * Duplicates within one run: the same article reached twice (two feeds list it, a page and a
 * feed item) is read once and then reported as a duplicate; a near-duplicate (a syndicated
 * copy from another outlet) is kept and tagged with its group, so a store can count one story
 * from many outlets as one source.
 */

import { NearDuplicateIndex } from "../identity/near-duplicates.js";
import type { SourceItem } from "../source-item.js";

export class RunDedupe {
  private readonly seen = new Map<string, string>();
  private readonly near = new NearDuplicateIndex();

  check(item: SourceItem): SourceItem {
    if (!("article" in item)) return item;
    const { article } = item;
    const first = this.seen.get(article.id);
    if (first !== undefined) {
      const detail = `the same article as ${first}, read earlier in this run`;
      return {
        skipped: {
          reason: "duplicate",
          detail,
          id: article.id,
          ...(article.url && { url: article.url }),
        },
        input: item.input,
        ...(item.from && { from: item.from }),
      };
    }
    this.seen.set(article.id, item.input);
    const match = this.near.add(article.id, article.text);
    return match.key === article.id ? item : { ...item, nearDuplicate: match };
  }
}
