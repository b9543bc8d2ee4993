/**
 * The WHERE clause of an event query, one condition per filter of `harbinger events`. Every
 * condition is an equality or a range on an indexed column (codes, dates, places), so each
 * filter narrows through an index on both engines.
 */

import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { placeKey } from "./event-rows.js";
import type { ArticleTable, ClusterTable, Database, EventTable } from "./schema.js";
import type { BoundingBox, EventFilter } from "./store.js";

export type EventQueryTables = Database & { e: EventTable; c: ClusterTable; a: ArticleTable };
type Eb = ExpressionBuilder<EventQueryTables, "e" | "c" | "a">;
type Condition = Expression<SqlBool>;

function actorIs(eb: Eb, side: "source" | "target", value: string): Condition {
  return eb.or([eb(`e.${side}_code`, "=", value), eb(`e.${side}_country`, "=", value)]);
}

function cameoIs(eb: Eb, code: string): Condition {
  const root = eb("e.root", "=", code.slice(0, 2));
  if (code.length <= 2) return root;
  // Codes are digits only (checked by the caller), so LIKE has no wildcard to escape and
  // compares the same on both engines.
  return eb.and([root, eb.or([eb("e.cameo", "=", code), eb("e.cameo", "like", `${code}%`)])]);
}

function inBox(eb: Eb, box: BoundingBox): Condition {
  const lat = eb.between("e.location_lat", box.minLat, box.maxLat);
  // A box whose west edge lies east of its east edge crosses the antimeridian.
  const lon =
    box.minLon <= box.maxLon
      ? eb.between("e.location_lon", box.minLon, box.maxLon)
      : eb.or([eb("e.location_lon", ">=", box.minLon), eb("e.location_lon", "<=", box.maxLon)]);
  return eb.and([lat, lon]);
}

export function eventConditions(eb: Eb, filter: EventFilter): Condition[] {
  const where: Condition[] = [];
  const { actor, country } = filter;
  if (actor !== undefined) {
    where.push(eb.or([actorIs(eb, "source", actor), actorIs(eb, "target", actor)]));
  }
  if (filter.source !== undefined) where.push(actorIs(eb, "source", filter.source));
  if (filter.target !== undefined) where.push(actorIs(eb, "target", filter.target));
  if (country !== undefined) {
    where.push(
      eb.or([
        eb("e.source_country", "=", country),
        eb("e.target_country", "=", country),
        eb("e.location_country", "=", country),
      ]),
    );
  }
  if (filter.cameo !== undefined) where.push(cameoIs(eb, filter.cameo));
  if (filter.quad !== undefined) where.push(eb("e.quad", "=", filter.quad));
  if (filter.mode !== undefined) where.push(eb("e.mode", "=", filter.mode));
  if (filter.since !== undefined) where.push(eb("e.date_key", ">=", filter.since));
  if (filter.until !== undefined) {
    // Undated events carry "" as their key, which sorts before every date.
    where.push(eb("e.date_key", "<=", filter.until), eb("e.date_key", "<>", ""));
  }
  if (filter.place !== undefined) where.push(eb("e.place_key", "=", placeKey(filter.place)));
  if (filter.bbox !== undefined) where.push(inBox(eb, filter.bbox));
  if (filter.minSources !== undefined) where.push(eb("c.num_sources", ">=", filter.minSources));
  if (filter.articleId !== undefined) where.push(eb("e.article_id", "=", filter.articleId));
  if (filter.clusterId !== undefined) where.push(eb("e.cluster_id", "=", filter.clusterId));
  // A cluster's id is the id of the mention that opened it.
  if (filter.firstMentions === true) where.push(eb("e.id", "=", eb.ref("e.cluster_id")));
  return where;
}
