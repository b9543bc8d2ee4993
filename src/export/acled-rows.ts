/**
 * ACLED-style CSV: ACLED's column names, one row per event (story cluster) whose CAMEO code has
 * an ACLED view (violence, protest and the strategic developments next to them). ACLED
 * records events that happened, so only asserted and reported events are written: an attack
 * that was denied, threatened or imagined is not one.
 *
 * Harbinger fills what it knows and leaves the rest empty: no associated actors, admin2/3,
 * region or source scale. `fatalities` is the event's count of dead, 0 when none is reported
 * (ACLED's own convention); `notes` is the evidence sentence; a protest's crowd size goes into
 * `tags` as ACLED writes it. Country names and ISO numeric codes come from the `countries`
 * lookup; without one those two columns stay empty.
 */

import { disorderType, interaction, interCode } from "./acled-actors.js";
import { type CellValue, csvLine, oneLine } from "./cells.js";
import { type Day, eventDay, isoDay, parseTimestamp, unixSeconds } from "./dates.js";
import { globalEventId } from "./event-ids.js";
import type { ExportEvent } from "./export-event.js";
import type { ExportOptions } from "./export-options.js";
import { sourceName } from "./gdelt-mentions.js";

export const ACLED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "year",
  "time_precision",
  "disorder_type",
  "event_type",
  "sub_event_type",
  "actor1",
  "assoc_actor_1",
  "inter1",
  "actor2",
  "assoc_actor_2",
  "inter2",
  "interaction",
  "civilian_targeting",
  "iso",
  "region",
  "country",
  "admin1",
  "admin2",
  "admin3",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
  "source",
  "source_scale",
  "notes",
  "fatalities",
  "tags",
  "timestamp",
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** Modes of events that happened. */
const OCCURRED = new Set(["asserted", "reported"]);

/** Whether the ACLED export writes this event. */
export function isAcledEvent(event: ExportEvent): boolean {
  return event.acled !== null && OCCURRED.has(event.mode);
}

/**
 * ACLED's time_precision: 1 the day is known, 2 the week (or only the report's date is known),
 * 3 only the month or year.
 */
function timePrecision(day: Day): number {
  if (!day.own) return 2;
  return day.grain === "day" ? 1 : day.grain === "week" ? 2 : 3;
}

/** ACLED's geo_precision: 1 a town is known, 2 a part of a region, 3 only a region or country. */
function geoPrecision(event: ExportEvent): number | null {
  const feature = event.location?.feature;
  if (event.location === null) return null;
  if (feature === "country" || feature === "admin1") return 3;
  if (feature === "admin2" || feature === "region") return 2;
  return 1;
}

/** The event's ACLED values by column, or null when ACLED does not record it. */
export function acledRecord(
  event: ExportEvent,
  options: ExportOptions = {},
): Record<AcledColumn, CellValue> | null {
  if (!isAcledEvent(event) || event.acled === null) return null;
  const day = eventDay(event);
  const { location, source, target, size } = event;
  const country = location?.country ?? null;
  const info = country === null ? null : (options.countries?.(country) ?? null);
  const inter1 = interCode(event, source, "actor1");
  const inter2 = interCode(event, target, "actor2");
  const violent = disorderType(event.acled.type, event.acled.subtype).startsWith("Political");
  const crowd = size?.protesters;
  return {
    event_id_cnty: `${country ?? ""}${globalEventId(event.cluster)}`,
    event_date: isoDay(day),
    year: day.year,
    time_precision: timePrecision(day),
    disorder_type: disorderType(event.acled.type, event.acled.subtype),
    event_type: event.acled.type,
    sub_event_type: event.acled.subtype,
    actor1: source === null ? "" : (source.name ?? source.text),
    assoc_actor_1: "",
    inter1,
    actor2: target === null ? "" : (target.name ?? target.text),
    assoc_actor_2: "",
    inter2,
    interaction: interaction(inter1, inter2),
    civilian_targeting: violent && inter2 === 7 ? "Civilian targeting" : "",
    iso: info?.isoNumeric,
    region: "",
    country: info?.name,
    admin1: "",
    admin2: "",
    admin3: "",
    location: location?.name,
    latitude: location?.lat,
    longitude: location?.lon,
    geo_precision: geoPrecision(event),
    source: sourceName(event),
    source_scale: "",
    notes: oneLine(event.mention.sentenceText),
    fatalities: size?.dead ?? 0,
    tags: crowd === undefined ? "" : `crowd size=${crowd}`,
    timestamp: unixSeconds(parseTimestamp(event.cluster.dateAdded, event, "cluster.dateAdded")),
  };
}

/** ACLED's header line. */
export const ACLED_HEADER = csvLine(ACLED_COLUMNS);

/** One ACLED CSV row, or null when ACLED does not record the event. */
export function formatAcledRow(event: ExportEvent, options: ExportOptions = {}): string | null {
  const record = acledRecord(event, options);
  return record === null ? null : csvLine(ACLED_COLUMNS.map((column) => record[column]));
}
