/**
 * An event mention as a row and back: every field of the contract's EventOut has a column, so
 * analysts can query the tables directly and the store returns exactly what the coder wrote.
 */

import type { EventActorOut, EventMode, EventOut, TimeGrain } from "../model/contract.js";
import { geoCell } from "./geo-cells.js";
import type { EventTable } from "./schema.js";

/** Mention ids sort in article order: the article id, then the zero-padded event index. */
export function mentionId(articleId: string, index: number): string {
  return `${articleId}#${String(index).padStart(4, "0")}`;
}

export function effectiveDate(event: EventOut, articleDate: string | null): string | null {
  return event.date ?? articleDate;
}

export function eventRow(
  articleId: string,
  index: number,
  event: EventOut,
  articleDate: string | null,
  clusterId: string,
): EventTable {
  const { evidence, location } = event;
  return {
    id: mentionId(articleId, index),
    article_id: articleId,
    idx: index,
    cluster_id: clusterId,
    opens_cluster: clusterId === mentionId(articleId, index) ? 1 : 0,
    date_key: effectiveDate(event, articleDate) ?? "",
    event_date: event.date,
    date_grain: event.dateGrain ?? null,
    ...actorColumns("source", event.source),
    ...actorColumns("target", event.target),
    cameo: event.cameo,
    root: event.root,
    quad: event.quad,
    penta: event.penta,
    goldstein: event.goldstein,
    plover_type: event.plover?.type ?? null,
    plover_mode: event.plover?.mode ?? null,
    acled_type: event.acled?.type ?? null,
    acled_subtype: event.acled?.subtype ?? null,
    mode: event.mode,
    location_name: location?.name ?? null,
    location_lat: location?.lat ?? null,
    location_lon: location?.lon ?? null,
    location_country: location?.country ?? null,
    place_key: location === null ? null : placeKey(location.name),
    geo_cell: location === null ? null : geoCell(location.lat, location.lon),
    size: event.size === null ? null : JSON.stringify(event.size),
    sentence_start: evidence.sentence.start,
    sentence_end: evidence.sentence.end,
    trigger_text: evidence.trigger.text,
    trigger_start: evidence.trigger.start,
    trigger_end: evidence.trigger.end,
    rule: evidence.rule,
    confidence: event.confidence,
  };
}

/** How place names are compared: case-blind, the same in JavaScript for both engines. */
export function placeKey(name: string): string {
  return name.toLowerCase();
}

type Side = "source" | "target";

/**
 * The three-letter group an actor belongs to for filtering: its country, else the start of its
 * code (IGO, NGO, WST …). A three-letter actor filter matches the group, a longer one the code.
 */
export function actorGroup(actor: { readonly code: string; readonly country: string | null }) {
  return actor.country ?? actor.code.slice(0, 3);
}

function actorColumns(side: Side, actor: EventActorOut | null) {
  return {
    [`${side}_text`]: actor?.text ?? null,
    [`${side}_start`]: actor?.start ?? null,
    [`${side}_end`]: actor?.end ?? null,
    [`${side}_code`]: actor?.code ?? null,
    [`${side}_country`]: actor?.country ?? null,
    [`${side}_sectors`]: actor === null ? null : JSON.stringify(actor.sectors),
    [`${side}_group`]: actor === null ? null : actorGroup(actor),
  } as Pick<
    EventTable,
    `${Side}_${"text" | "start" | "end" | "code" | "country" | "sectors" | "group"}`
  >;
}

function actorOf(row: EventTable, side: Side): EventActorOut | null {
  const code = row[`${side}_code`];
  if (code === null) return null;
  return {
    text: row[`${side}_text`] ?? "",
    start: row[`${side}_start`] ?? 0,
    end: row[`${side}_end`] ?? 0,
    code,
    country: row[`${side}_country`],
    sectors: JSON.parse(row[`${side}_sectors`] ?? "[]") as string[],
  };
}

export function eventFromRow(row: EventTable): EventOut {
  return {
    source: actorOf(row, "source"),
    target: actorOf(row, "target"),
    cameo: row.cameo,
    root: row.root,
    quad: row.quad,
    penta: row.penta,
    goldstein: row.goldstein,
    plover: row.plover_type === null ? null : { type: row.plover_type, mode: row.plover_mode },
    acled:
      row.acled_type === null ? null : { type: row.acled_type, subtype: row.acled_subtype ?? "" },
    mode: row.mode as EventMode,
    date: row.event_date,
    dateGrain: row.date_grain as TimeGrain | null,
    location:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            lat: row.location_lat ?? 0,
            lon: row.location_lon ?? 0,
            country: row.location_country,
          },
    size: row.size === null ? null : (JSON.parse(row.size) as Record<string, number>),
    evidence: {
      sentence: { start: row.sentence_start, end: row.sentence_end },
      trigger: { text: row.trigger_text, start: row.trigger_start, end: row.trigger_end },
      rule: row.rule,
    },
    confidence: row.confidence,
  };
}
