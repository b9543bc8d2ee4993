/**
 * GDELT 2.0 Events: one tab-separated line of 61 columns per event (story cluster), in the
 * order of GDELT's event codebook, with no header, so that tools written for GDELT's
 * `*.export.CSV` files read Harbinger's output unchanged.
 *
 * Actor columns: the actor code, its name in capitals (as GDELT writes names), its CAMEO
 * country code, its known-group code when the record carries one, and up to three CAMEO
 * sector codes as Type1–3; ethnic and religion codes stay empty (Harbinger codes neither).
 * Geography: see gdelt-geo.ts. A root-only event code ("14") is written as CAMEO's "not
 * specified below" code ("140"), because GDELT's codes always have three or four digits.
 */

import { type CellValue, tsvLine } from "./cells.js";
import {
  eventDay,
  fractionDate,
  gdeltTimestamp,
  monthYear,
  parseTimestamp,
  sqlDate,
} from "./dates.js";
import { globalEventId } from "./event-ids.js";
import type { ExportActor, ExportEvent } from "./export-event.js";
import type { ExportOptions } from "./export-options.js";
import { GEO_FIELDS, geoCells, NO_PLACE } from "./gdelt-geo.js";

const ACTOR_FIELDS = [
  "Code",
  "Name",
  "CountryCode",
  "KnownGroupCode",
  "EthnicCode",
  "Religion1Code",
  "Religion2Code",
  "Type1Code",
  "Type2Code",
  "Type3Code",
] as const;

const actorColumns = (p: "Actor1" | "Actor2") => ACTOR_FIELDS.map((f) => `${p}${f}` as const);
const geoColumns = (p: "Actor1" | "Actor2" | "Action") =>
  GEO_FIELDS.map((f) => `${p}Geo_${f}` as const);

/** The 61 columns of a GDELT 2.0 event record, in GDELT's order. */
export const GDELT_EVENT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorColumns("Actor1"),
  ...actorColumns("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoColumns("Actor1"),
  ...geoColumns("Actor2"),
  ...geoColumns("Action"),
  "DATEADDED",
  "SOURCEURL",
] as const;

export type GdeltEventColumn = (typeof GDELT_EVENT_COLUMNS)[number];

/** The ten actor values, in ACTOR_FIELDS order. */
function actorCells(actor: ExportActor | null): CellValue[] {
  if (actor === null) return ["", "", "", "", "", "", "", "", "", ""];
  const { sectors } = actor;
  const name = (actor.name ?? actor.text).toUpperCase();
  // Ethnic and religion codes: Harbinger codes neither.
  return [
    actor.code,
    name,
    actor.country,
    actor.knownGroup,
    "",
    "",
    "",
    sectors[0],
    sectors[1],
    sectors[2],
  ];
}

/** GDELT's event code: three or four digits. */
export const gdeltEventCode = (cameo: string): string => (cameo.length === 2 ? `${cameo}0` : cameo);

/** The event's 61 values, in GDELT_EVENT_COLUMNS order. */
export function gdeltEventRow(event: ExportEvent, options: ExportOptions = {}): CellValue[] {
  const day = eventDay(event);
  const code = gdeltEventCode(event.cameo);
  const { cluster } = event;
  const countryCode = options.geoCountryCode ?? ((c: string) => c);
  const added = parseTimestamp(cluster.dateAdded, event, "cluster.dateAdded");
  return [
    globalEventId(cluster),
    sqlDate(day),
    monthYear(day),
    day.year,
    fractionDate(day),
    ...actorCells(event.source),
    ...actorCells(event.target),
    event.mention.inLead,
    code,
    code.slice(0, 3),
    event.root,
    event.quad,
    event.goldstein,
    cluster.numMentions,
    cluster.numSources,
    cluster.numArticles,
    cluster.avgTone,
    ...NO_PLACE, // Actor1Geo: Harbinger geolocates the action, not each actor
    ...NO_PLACE, // Actor2Geo
    ...geoCells(event.location, countryCode),
    gdeltTimestamp(added),
    event.article.url ?? event.article.id,
  ];
}

/** The event's 61 values, keyed by column. */
export function gdeltEventRecord(
  event: ExportEvent,
  options: ExportOptions = {},
): Record<GdeltEventColumn, CellValue> {
  const row = gdeltEventRow(event, options);
  return Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, row[i]])) as Record<
    GdeltEventColumn,
    CellValue
  >;
}

/** One GDELT 2.0 event line: 61 tab-separated values and a newline. */
export function formatGdeltEvent(event: ExportEvent, options: ExportOptions = {}): string {
  return tsvLine(gdeltEventRow(event, options));
}
