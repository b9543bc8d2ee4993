/**
 * Stored events as export records: each stored mention is written from its article's coded
 * document (actor names, places, the sentence) and carries its story cluster's counts, so the
 * GDELT, PLOVER and ACLED-style writers see what the store knows about the real-world event.
 */

import type { ExportEvent } from "../export/export-event.js";
import { exportEventsFromDocument } from "../export/from-document.js";
import type { CameoTable } from "../ontology/cameo-table.js";
import type { EventFilter, Store, StoredEvent } from "../store/store.js";
import { streamEvents } from "./event-stream.js";

export interface ExportQuery {
  readonly filter: EventFilter;
  readonly limit?: number;
  readonly cameo: CameoTable;
}

/** Articles read back recently: events of one article come together, so a few suffice. */
const ARTICLE_CACHE_SIZE = 64;

export async function* exportRecords(
  store: Store,
  query: ExportQuery,
): AsyncGenerator<ExportEvent> {
  const cache = new Map<string, readonly ExportEvent[]>();
  const options = query.limit === undefined ? {} : { limit: query.limit };
  for await (const stored of streamEvents(store, query.filter, options)) {
    const records = await articleRecords(store, cache, stored, query.cameo);
    const record = records[stored.index];
    if (record !== undefined) yield withStoredFields(record, stored);
  }
}

/** The export records of a stored event's article, built once per article. */
async function articleRecords(
  store: Store,
  cache: Map<string, readonly ExportEvent[]>,
  stored: StoredEvent,
  cameo: CameoTable,
): Promise<readonly ExportEvent[]> {
  const cached = cache.get(stored.articleId);
  if (cached !== undefined) return cached;
  const article = await store.getArticle(stored.articleId);
  const records =
    article === null
      ? []
      : exportEventsFromDocument(article.coded, {
          text: article.article.text,
          addedAt: stored.article.storedAt,
          cameo,
        });
  if (cache.size >= ARTICLE_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(stored.articleId, records);
  return records;
}

/** The store's view wins: the event's resolved date, the mention id, the story cluster. */
function withStoredFields(record: ExportEvent, stored: StoredEvent): ExportEvent {
  const { cluster } = stored;
  return {
    ...record,
    date: stored.date,
    mention: { ...record.mention, id: stored.id },
    cluster: {
      id: cluster.id,
      numMentions: cluster.numMentions,
      numSources: cluster.numSources,
      numArticles: cluster.numArticles,
      dateAdded: cluster.firstSeen,
      avgTone: null,
    },
  };
}
