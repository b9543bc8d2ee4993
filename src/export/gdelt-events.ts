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
import { GEO_FIELDS, type GeoField, geoCells } from "./gdelt-geo.js";

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

type ActorField = (typeof ACTOR_FIELDS)[number];
type ActorColumn = `${"Actor1" | "Actor2"}${ActorField}`;
type GeoColumn = `${"Actor1" | "Actor2" | "Action"}Geo_${GeoField}`;

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

function actorCells(prefix: "Actor1" | "Actor2", actor: ExportActor | null) {
  const values: Record<ActorField, CellValue> = {
    Code: actor?.code,
    Name: actor === null ? "" : (actor.name ?? actor.text).toUpperCase(),
    CountryCode: actor?.country,
    KnownGroupCode: actor?.knownGroup,
    EthnicCode: "",
    Religion1Code: "",
    Religion2Code: "",
    Type1Code: actor?.sectors[0],
    Type2Code: actor?.sectors[1],
    Type3Code: actor?.sectors[2],
  };
  return prefixed(prefix, values) as Record<ActorColumn, CellValue>;
}

function geoColumnsOf(prefix: "Actor1" | "Actor2" | "Action", values: Record<GeoField, CellValue>) {
  return prefixed(`${prefix}Geo_`, values) as Record<GeoColumn, CellValue>;
}

function prefixed(prefix: string, values: Record<string, CellValue>): Record<string, CellValue> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${prefix}${k}`, v]));
}

/** GDELT's event code: three or four digits. */
export const gdeltEventCode = (cameo: string): string => (cameo.length === 2 ? `${cameo}0` : cameo);

/** The event's 61 values, keyed by column. */
export function gdeltEventRecord(
  event: ExportEvent,
  options: ExportOptions = {},
): Record<GdeltEventColumn, CellValue> {
  const day = eventDay(event);
  const code = gdeltEventCode(event.cameo);
  const countryCode = options.geoCountryCode ?? ((c: string) => c);
  const noPlace = geoCells(null, countryCode);
  const added = parseTimestamp(event.cluster.dateAdded, event, "cluster.dateAdded");
  return {
    GLOBALEVENTID: globalEventId(event.cluster),
    SQLDATE: sqlDate(day),
    MonthYear: monthYear(day),
    Year: day.year,
    FractionDate: fractionDate(day),
    ...actorCells("Actor1", event.source),
    ...actorCells("Actor2", event.target),
    IsRootEvent: event.mention.inLead,
    EventCode: code,
    EventBaseCode: code.slice(0, 3),
    EventRootCode: event.root,
    QuadClass: event.quad,
    GoldsteinScale: event.goldstein,
    NumMentions: event.cluster.numMentions,
    NumSources: event.cluster.numSources,
    NumArticles: event.cluster.numArticles,
    AvgTone: event.cluster.avgTone,
    ...geoColumnsOf("Actor1", noPlace),
    ...geoColumnsOf("Actor2", noPlace),
    ...geoColumnsOf("Action", geoCells(event.location, countryCode)),
    DATEADDED: gdeltTimestamp(added),
    SOURCEURL: event.article.url ?? event.article.id,
  };
}

/** One GDELT 2.0 event line: 61 tab-separated values and a newline. */
export function formatGdeltEvent(event: ExportEvent, options: ExportOptions = {}): string {
  const record = gdeltEventRecord(event, options);
  return tsvLine(GDELT_EVENT_COLUMNS.map((column) => record[column]));
}
