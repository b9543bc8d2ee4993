/**
 * All events matching a filter as one stream, read from the store a page at a time so that a
 * query over millions of events never holds them all in memory.
 */

import type { EventFilter, Store, StoredEvent } from "../store/store.js";

export interface StreamOptions {
  /** Stop after this many events; all of them when absent. */
  readonly limit?: number;
  readonly pageSize?: number;
}

export async function* streamEvents(
  store: Store,
  filter: EventFilter,
  options: StreamOptions = {},
): AsyncGenerator<StoredEvent> {
  const pageSize = options.pageSize ?? 1000;
  let left = options.limit ?? Number.POSITIVE_INFINITY;
  let after: { date: string | null; id: string } | undefined;
  while (left > 0) {
    const limit = Math.min(pageSize, left);
    const page = await store.queryEvents(
      filter,
      after === undefined ? { limit } : { limit, after },
    );
    yield* page;
    left -= page.length;
    const last = page[page.length - 1];
    if (last === undefined || page.length < limit) return;
    after = { date: last.date, id: last.id };
  }
}
