/**
 * Feeds' ETag / Last-Modified kept in the event store, so a later `harbinger ingest` of an
 * unchanged feed (plain or --watch) sends a conditional request and gets "304 Not Modified".
 */

import type { ValidatorStore } from "../ingest/fetch/validator-store.js";
import type { Store } from "../store/store.js";

export function storeValidators(store: Store): ValidatorStore {
  return {
    get: async (url) => (await store.feedValidators(url)) ?? undefined,
    set: (url, validators) => store.saveFeedValidators(url, validators),
  };
}
