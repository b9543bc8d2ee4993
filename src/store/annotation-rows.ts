/**
 * Entities, places, times and quantities of a coded article as rows and back (quotes: see
 * quote-rows.ts). Each row keeps the
 * annotation's position in its list (`idx`), so an article reads back in the order it was coded.
 */

import type { EntityOut, PlaceOut, QuantityOut, TimeOut } from "../model/contract.js";
import type { TextSpan } from "../model/span.js";
import type { EntityTable, PlaceTable, QuantityTable, TimeTable } from "./schema.js";

export interface SpanRow {
  readonly text: string;
  readonly span_start: number;
  readonly span_end: number;
}

export function spanColumns(articleId: string, idx: number, span: TextSpan) {
  return {
    article_id: articleId,
    idx,
    text: span.text,
    span_start: span.start,
    span_end: span.end,
  };
}

export const spanOf = (row: SpanRow): TextSpan => ({
  text: row.text,
  start: row.span_start,
  end: row.span_end,
});

export function entityRows(articleId: string, entities: readonly EntityOut[]): EntityTable[] {
  return entities.map((e, i) => ({
    ...spanColumns(articleId, i, e),
    type: e.type,
    actor_code: e.actor?.code ?? null,
    actor_country: e.actor?.country ?? null,
    actor_sectors: e.actor === null ? null : JSON.stringify(e.actor.sectors),
    actor_name: e.actor?.name ?? null,
  }));
}

export function entityFromRow(row: EntityTable): EntityOut {
  return {
    ...spanOf(row),
    type: row.type as EntityOut["type"],
    actor:
      row.actor_code === null
        ? null
        : {
            code: row.actor_code,
            country: row.actor_country,
            sectors: JSON.parse(row.actor_sectors ?? "[]") as string[],
            name: row.actor_name ?? "",
          },
  };
}

export function placeRows(articleId: string, places: readonly PlaceOut[]): PlaceTable[] {
  return places.map((p, i) => ({
    ...spanColumns(articleId, i, p),
    name: p.name,
    geonameid: p.geonameid,
    country: p.country,
    admin1: p.admin1,
    lat: p.lat,
    lon: p.lon,
    feature: p.feature,
  }));
}

export function placeFromRow(row: PlaceTable): PlaceOut {
  const { name, geonameid, country, admin1, lat, lon, feature } = row;
  return { ...spanOf(row), name, geonameid, country, admin1, lat, lon, feature };
}

export function timeRows(articleId: string, times: readonly TimeOut[]): TimeTable[] {
  return times.map((t, i) => ({ ...spanColumns(articleId, i, t), value: t.value, grain: t.grain }));
}

export function timeFromRow(row: TimeTable): TimeOut {
  return { ...spanOf(row), value: row.value, grain: row.grain as TimeOut["grain"] };
}

export function quantityRows(
  articleId: string,
  quantities: readonly QuantityOut[],
): QuantityTable[] {
  return quantities.map((q, i) => ({
    ...spanColumns(articleId, i, q),
    value: q.value,
    min: q.min,
    max: q.max,
    approximate: q.approximate ? 1 : 0,
    role: q.role,
    unit: q.unit,
  }));
}

export function quantityFromRow(row: QuantityTable): QuantityOut {
  const { value, min, max, role, unit } = row;
  return { ...spanOf(row), value, min, max, approximate: row.approximate === 1, role, unit };
}
