/**
 * Reads a stored article back as it was coded: the article, and the CodedDocument with its
 * entities, places, times, quotes and events in their original order.
 */

import type { Kysely } from "kysely";
import type { Article } from "../model/article.js";
import type { CodedDocument } from "../model/contract.js";
import { entityFromRow, placeFromRow, quantityFromRow, timeFromRow } from "./annotation-rows.js";
import { eventFromRow } from "./event-rows.js";
import { quoteFromRow } from "./quote-rows.js";
import type { Database } from "./schema.js";
import type { StoreCounts, StoredArticle } from "./store.js";

export async function getArticle(db: Kysely<Database>, id: string): Promise<StoredArticle | null> {
  const row = await db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
  if (row === undefined) return null;
  const [entities, places, times, quantities, quotes, events] = await Promise.all([
    db.selectFrom("entities").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
    db.selectFrom("places").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
    db.selectFrom("times").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
    db.selectFrom("quantities").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
    db.selectFrom("quotes").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
    db.selectFrom("events").selectAll().where("article_id", "=", id).orderBy("idx").execute(),
  ]);
  const meta = {
    ...(row.title !== null && { title: row.title }),
    ...(row.url !== null && { url: row.url }),
    ...(row.outlet !== null && { source: row.outlet }),
  };
  const article: Article = {
    id: row.id,
    text: row.text,
    ...(row.date !== null && { date: row.date }),
    ...meta,
    ...(row.wire !== null && { wire: row.wire }),
  };
  const coded: CodedDocument = {
    id: row.id,
    date: row.date,
    lang: row.lang,
    ...meta,
    entities: entities.map(entityFromRow),
    places: places.map(placeFromRow),
    times: times.map(timeFromRow),
    quantities: quantities.map(quantityFromRow),
    quotes: quotes.map(quoteFromRow),
    events: events.map(eventFromRow),
  };
  return { article, coded, copyOf: row.copy_of === row.id ? null : row.copy_of };
}

export async function countRows(db: Kysely<Database>): Promise<StoreCounts> {
  const count = async (table: "articles" | "events" | "clusters" | "outlets") => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    // PostgreSQL returns count(*) as a bigint string, SQLite as a number.
    return Number(row.n);
  };
  return {
    articles: await count("articles"),
    events: await count("events"),
    clusters: await count("clusters"),
    outlets: await count("outlets"),
  };
}
