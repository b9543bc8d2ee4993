/**
 * Event queries: the filtered mentions with their article's metadata and their story
 * cluster's counts, in (date, id) order, one page at a time. Pages continue after the last
 * row returned (keyset paging), so deep pages cost no more than the first.
 */

import type { Kysely } from "kysely";
import { eventConditions } from "./event-conditions.js";
import { eventFromRow } from "./event-rows.js";
import type { Database } from "./schema.js";
import type { EventFilter, PageRequest, StoredEvent } from "./store.js";

export async function queryEvents(
  db: Kysely<Database>,
  filter: EventFilter,
  page: PageRequest,
): Promise<StoredEvent[]> {
  const { after } = page;
  const rows = await db
    .selectFrom("events as e")
    .innerJoin("clusters as c", "c.id", "e.cluster_id")
    .innerJoin("articles as a", "a.id", "e.article_id")
    .selectAll("e")
    .select([
      "c.num_mentions",
      "c.num_articles",
      "c.num_sources",
      "c.first_seen",
      "a.date as article_date",
      "a.text_length",
      "a.stored_at",
      "a.outlet",
      "a.title",
      "a.url",
    ])
    .where((eb) => {
      const conditions = eventConditions(eb, filter);
      if (after !== undefined) {
        conditions.push(
          eb(eb.refTuple("e.date_key", "e.id"), ">", eb.tuple(after.date ?? "", after.id)),
        );
      }
      return eb.and(conditions);
    })
    .orderBy("e.date_key")
    .orderBy("e.id")
    .limit(page.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    articleId: row.article_id,
    index: row.idx,
    date: row.date_key === "" ? null : row.date_key,
    event: eventFromRow(row),
    article: {
      date: row.article_date,
      outlet: row.outlet,
      title: row.title,
      url: row.url,
      length: row.text_length,
      storedAt: row.stored_at,
    },
    cluster: {
      id: row.cluster_id,
      numMentions: row.num_mentions,
      numArticles: row.num_articles,
      numSources: row.num_sources,
      firstSeen: row.first_seen,
    },
  }));
}
