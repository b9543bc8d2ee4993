/** Test helper: a document's events as sorted "SOURCE CODE TARGET [MODE]" strings. */

import { targetCode } from "../../src/code/event-drafts.js";
import type { Doc } from "../../src/model/doc.js";

export function describeEvents(doc: Doc): string[] {
  const code = (m: number | null) => {
    const mention = m === null ? undefined : doc.mentions[m];
    return mention === undefined ? "-" : (targetCode(mention) ?? "-");
  };
  return doc.events
    .map(
      (e) =>
        `${code(e.source)} ${e.code} ${code(e.target)}${e.mode === "asserted" ? "" : ` ${e.mode}`}`,
    )
    .sort();
}
