/**
 * Event queries: the filtered mentions with their article's metadata and their story
 * cluster's counts, in (date, id) order, one page at a time. Pages continue after the last
 * row returned (keyset paging), so deep pages cost no more than the first. A filter with
 * alternatives (an actor as source or target …) reads each alternative through its own index,
 * a page's worth at most, and the page is cut from their merge.
 */

import type { Kysely } from "kysely";
import { cellsWorthReading } from "./box-cells.js";
import { anyOf, type Eb, eventConditions } from "./event-conditions.js";
import { eventFromRow } from "./event-rows.js";
import { type Alternative, alternativeGroups, splitGroups } from "./filter-alternatives.js";
import type { Database } from "./schema.js";
import type { EventFilter, PageRequest, StoredEvent } from "./store.js";

export async function queryEvents(
  db: Kysely<Database>,
  filter: EventFilter,
  page: PageRequest,
): Promise<StoredEvent[]> {
  const { branches, tested } = splitGroups(alternativeGroups(filter));
  const { after } = page;
  const cells = filter.bbox === undefined ? null : await cellsWorthReading(db, filter.bbox);
  const conditions = (eb: Eb, branch: readonly Alternative[]) => {
    const where = [...eventConditions(eb, filter), ...tested.map((group) => anyOf(eb, group))];
    if (cells !== null) where.push(eb("e.geo_cell", "in", cells));
    for (const [column, value] of branch) where.push(eb(`e.${column}`, "=", value as string));
    if (after !== undefined) {
      where.push(eb(eb.refTuple("e.date_key", "e.id"), ">", eb.tuple(after.date ?? "", after.id)));
    }
    return eb.and(where);
  };
  const events = () =>
    db.selectFrom("events as e").innerJoin("clusters as c", "c.id", "e.cluster_id");
  // Only the sources filter reads the cluster; without it a branch reads events alone (the
  // conditions then never name "c", which the cast lets one condition builder serve).
  const branchEvents = () =>
    filter.minSources === undefined
      ? (db.selectFrom("events as e") as unknown as ReturnType<typeof events>)
      : events();
  // One branch: the first page's worth of (id, date) through one alternative's index.
  const branch = (alternatives: readonly Alternative[]) =>
    db
      .selectFrom(
        branchEvents()
          .select(["e.id", "e.date_key"])
          .where((eb) => conditions(eb, alternatives))
          .orderBy("e.date_key")
          .orderBy("e.id")
          .limit(page.limit)
          .as("b"),
      )
      .select(["b.id", "b.date_key"]);
  // The page cut from the merged branches, before any row is joined and read in full.
  const merged = () => {
    const [first, ...rest] = branches.map(branch);
    // UNION, not UNION ALL: one event can come through two branches (source and target RUS).
    const union = rest.reduce((all, next) => all.union(next), first as NonNullable<typeof first>);
    return db
      .selectFrom(union.as("m"))
      .select("m.id")
      .orderBy("m.date_key")
      .orderBy("m.id")
      .limit(page.limit);
  };
  const rows = await events()
    .innerJoin("articles as a", "a.id", "e.article_id")
    .selectAll("e")
    .select([
      "c.num_mentions",
      "c.num_articles",
      "c.num_sources",
      "c.first_seen",
      "a.date as article_date",
      "a.outlet",
      "a.title",
      "a.url",
      "a.text_length",
      "a.stored_at",
    ])
    .where((eb) => {
      if (branches.length <= 1) return conditions(eb, branches[0] ?? []);
      return eb("e.id", "in", merged());
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
