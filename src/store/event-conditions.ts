/**
 * The WHERE clause of an event query, one condition per filter of `harbinger events`. Filters
 * with alternatives (actor, source, target, country, box cells; see filter-alternatives.ts)
 * are left to the caller, which either merges one index read per alternative or tests them
 * here as an OR.
 */

import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { placeKey } from "./event-rows.js";
import type { AlternativeGroup } from "./filter-alternatives.js";
import type { ClusterTable, Database, EventTable } from "./schema.js";
import type { BoundingBox, EventFilter } from "./store.js";

export type EventQueryTables = Database & { e: EventTable; c: ClusterTable };
export type Eb = ExpressionBuilder<EventQueryTables, "e" | "c">;
type Condition = Expression<SqlBool>;

function cameoIs(eb: Eb, code: string): Condition {
  const root = eb("e.root", "=", code.slice(0, 2));
  // Codes are digits only (checked by the caller), so LIKE has no wildcard to escape and
  // compares the same on both engines; the root narrows through its index first.
  return code.length <= 2 ? root : eb.and([root, eb("e.cameo", "like", `${code}%`)]);
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

/** Conditions of every filter without alternatives (the box's exact edges included). */
export function eventConditions(eb: Eb, filter: EventFilter): Condition[] {
  const where: Condition[] = [];
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
  if (filter.firstMentions === true) where.push(eb("e.opens_cluster", "=", 1));
  return where;
}

/** A group of alternatives as one condition: an IN list per column, ORed. */
export function anyOf(eb: Eb, group: AlternativeGroup): Condition {
  const byColumn = new Map<AlternativeGroup[number][0], (string | number)[]>();
  for (const [column, value] of group)
    byColumn.set(column, [...(byColumn.get(column) ?? []), value]);
  return eb.or(
    [...byColumn].map(([column, values]) =>
      values.length === 1
        ? eb(`e.${column}`, "=", values[0] as string)
        : eb(`e.${column}`, "in", values as string[]),
    ),
  );
}
