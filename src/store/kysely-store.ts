/**
 * The Store over a Kysely database: the same code serves SQLite and PostgreSQL; only opening
 * the connection differs (see sqlite-engine.ts and postgres-engine.ts).
 */

import type { Kysely } from "kysely";
import type { Engine } from "./engine.js";
import { feedValidators, saveFeedValidators } from "./feed-validators.js";
import { countRows, getArticle } from "./get-article.js";
import { queryEvents } from "./query-events.js";
import { findDuplicate, saveArticle, saveArticles } from "./save-article.js";
import type { Database } from "./schema.js";
import type { Store } from "./store.js";

export function kyselyStore(db: Kysely<Database>, engine: Engine): Store {
  return {
    engine,
    saveArticle: (article, coded) => saveArticle(db, article, coded),
    saveArticles: (batch) => saveArticles(db, batch),
    findDuplicate: (article) => findDuplicate(db, article),
    queryEvents: (filter, page) => queryEvents(db, filter, page),
    getArticle: (id) => getArticle(db, id),
    counts: () => countRows(db),
    feedValidators: (url) => feedValidators(db, url),
    saveFeedValidators: (url, validators) => saveFeedValidators(db, url, validators),
    close: () => db.destroy(),
  };
}
