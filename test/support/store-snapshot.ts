/**
 * Everything a store answers, without the wall-clock timestamps, for comparing two stores:
 * the same articles ingested into SQLite and PostgreSQL, or ingested once versus killed and
 * resumed, must give equal snapshots.
 */

import { streamEvents } from "../../src/app/event-stream.js";
import type { Store, StoreCounts } from "../../src/store/store.js";

export interface StoreSnapshot {
  readonly counts: StoreCounts;
  readonly events: readonly unknown[];
  readonly articles: readonly unknown[];
}

export async function snapshot(store: Store): Promise<StoreSnapshot> {
  const events: unknown[] = [];
  const articleIds = new Set<string>();
  for await (const e of streamEvents(store, {}, { pageSize: 200 })) {
    const { storedAt: _stored, ...article } = e.article;
    const { firstSeen: _seen, ...cluster } = e.cluster;
    events.push({ ...e, article, cluster });
    articleIds.add(e.articleId);
  }
  const articles: unknown[] = [];
  for (const id of [...articleIds].sort()) articles.push(await store.getArticle(id));
  return { counts: await store.counts(), events, articles };
}
