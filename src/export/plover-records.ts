/**
 * PLOVER JSONL: one record per event (story cluster) with the PLOVER manual's record fields, in
 * the manual's order; fields Harbinger cannot fill are written as null so that every record
 * has the same keys. PLOVER does not code statements and appeals (CAMEO roots 01–02, which
 * have no PLOVER type), so those events are left out. `actor` and `recipient` are lists of PLOVER entity objects made from the
 * event's source and target.
 *
 * Harbinger's modes become PLOVER contexts (negated → negation, hypothetical → hypothetical,
 * intended → future) next to the CAMEO table's context words; `text` is the evidence sentence
 * and `event_text` its trigger words, so each record can be checked against its source.
 */

import { oneLine } from "./cells.js";
import { eventDay, isoDay, parseTimestamp } from "./dates.js";
import type { ExportActor, ExportEvent } from "./export-event.js";
import type { ExportOptions } from "./export-options.js";

/** The record fields of the PLOVER manual, in its order. */
export const PLOVER_FIELDS = [
  "id",
  "has_event",
  "date",
  "time",
  "enddate",
  "endtime",
  "actor",
  "recipient",
  "event",
  "event_loc",
  "event_text",
  "quad_code",
  "event_scale",
  "mode",
  "context",
  "link",
  "text",
  "text_info",
  "cite_info",
  "coder",
  "coded_date",
  "coded_time",
  "comment",
] as const;

export const PLOVER_REQUIRED_FIELDS = ["id", "date", "actor", "event"] as const;

/** The fields of a PLOVER entity object, as in the manual's example. */
export const PLOVER_ENTITY_FIELDS = [
  "raw_text",
  "entity_name",
  "wikidata_id",
  "wiki_description",
  "country_name",
  "sector_code",
  "other_sector_codes",
] as const;

export type PloverField = (typeof PLOVER_FIELDS)[number];
export type PloverEntity = Record<(typeof PLOVER_ENTITY_FIELDS)[number], unknown>;
export type PloverRecord = Record<PloverField, unknown>;

/** PLOVER's "country" codes for actors that belong to no state. */
const NON_STATE = new Set(["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"]);

/**
 * The sector codes where CAMEO and PLOVER use one code for different things: CAMEO's MED is
 * the media (PLOVER's JRN) and CAMEO's HLH is health (PLOVER's MED). All others are shared or
 * kept as CAMEO writes them.
 */
const PLOVER_SECTOR: Readonly<Record<string, string>> = { MED: "JRN", HLH: "MED" };

const MODE_CONTEXT: Readonly<Record<string, string>> = {
  negated: "negation",
  hypothetical: "hypothetical",
  intended: "future",
};

export function ploverEntity(actor: ExportActor): PloverEntity {
  const prefix = actor.code.slice(0, 3);
  const sectors = actor.sectors.map((s) => PLOVER_SECTOR[s] ?? s);
  return {
    raw_text: actor.text,
    entity_name: actor.name ?? actor.text,
    wikidata_id: null,
    wiki_description: null,
    country_name: actor.country ?? (NON_STATE.has(prefix) ? prefix : null),
    sector_code: sectors[0] ?? null,
    other_sector_codes: sectors.slice(1),
  };
}

function citation(event: ExportEvent): string | null {
  const { source, title, date, url } = event.article;
  const parts = [source, title === null ? null : `"${title}"`, date, url].filter((p) => p);
  return parts.length === 0 ? null : parts.join(", ");
}

/**
 * The event's PLOVER record, every field present, in the manual's order; null for an event
 * PLOVER does not code (CAMEO's statements and appeals, roots 01–02, have no PLOVER type).
 */
export function ploverRecord(event: ExportEvent, options: ExportOptions = {}): PloverRecord | null {
  const { evidence, article, plover } = event;
  if (plover === null) return null;
  const coded = parseTimestamp(event.article.addedAt, event, "article.addedAt").toISOString();
  const modeContext = MODE_CONTEXT[event.mode];
  const context = [...(plover.context ?? []), ...(modeContext ? [modeContext] : [])];
  return {
    id: event.cluster.id,
    has_event: true,
    date: isoDay(eventDay(event)),
    time: null,
    enddate: null,
    endtime: null,
    actor: event.source === null ? [] : [ploverEntity(event.source)],
    recipient: event.target === null ? [] : [ploverEntity(event.target)],
    event: [plover.type],
    event_loc: event.location,
    event_text: evidence.trigger.text,
    quad_code: event.quad,
    event_scale: event.size,
    mode: plover.mode,
    context,
    link: article.url,
    text: oneLine(event.mention.sentenceText),
    text_info: {
      article_id: article.id,
      title: article.title,
      source: article.source,
      published: article.date,
      sentence_id: event.mention.sentenceId,
      sentence: [evidence.sentence.start, evidence.sentence.end],
      trigger: [evidence.trigger.start, evidence.trigger.end],
    },
    cite_info: citation(event),
    coder: options.coder ?? "Harbinger",
    coded_date: coded.slice(0, 10),
    coded_time: coded.slice(11, 19),
    comment: `CAMEO ${event.cameo}${event.label ? ` ${event.label}` : ""}; ${event.mode}; rule ${evidence.rule}`,
  };
}

/** One PLOVER JSONL line, or null for an event PLOVER does not code. */
export function formatPloverRecord(event: ExportEvent, options: ExportOptions = {}): string | null {
  const record = ploverRecord(event, options);
  return record === null ? null : `${JSON.stringify(record)}\n`;
}
