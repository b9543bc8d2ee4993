/**
 * Dates as the export formats write them: GDELT's YYYYMMDD, YYYYMM, fractional year and
 * YYYYMMDDHHMMSS timestamps, ISO days, Unix seconds. A date that cannot be read is an error
 * naming the mention, never a silently empty or invented day.
 */

import { HarbingerError } from "../errors.js";
import type { TimeGrain } from "../model/doc.js";
import type { ExportEvent } from "./export-event.js";

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** How precise the date is: what the text gave ("day", "week", "month", "year"). */
  readonly grain: TimeGrain;
  /** Whether this is the event's own date rather than the article's or the cluster's. */
  readonly own: boolean;
}

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (anything after the day, such as a time, is
 * ignored); a missing month or day counts as the first. Null when it is not such a date.
 */
export function parseDay(text: string): Day | null {
  const match = DAY.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const grain = match[3] !== undefined ? "day" : match[2] !== undefined ? "month" : "year";
  return { year, month, day, grain, own: true };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** GDELT's SQLDATE: YYYYMMDD. */
export const sqlDate = (d: Day): string => `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;

/** GDELT's MonthYear: YYYYMM. */
export const monthYear = (d: Day): string => `${pad(d.year, 4)}${pad(d.month)}`;

/** ISO day: YYYY-MM-DD. */
export const isoDay = (d: Day): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/**
 * GDELT's FractionDate: the year plus (months before this one × 30 + day) / 365, to four
 * places, GDELT's own approximation (2015-02-18 → 2015.1315).
 */
export function fractionDate(d: Day): string {
  return (d.year + ((d.month - 1) * 30 + d.day) / 365).toFixed(4);
}

/**
 * Reads an ISO 8601 timestamp (or SQL's "YYYY-MM-DD HH:MM:SS"); one without a zone is UTC, so
 * that an export does not depend on the machine's time zone. Throws an E_DATE error naming the
 * mention when it cannot.
 */
export function parseTimestamp(text: string, event: ExportEvent, field: string): Date {
  const iso = text.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, "$1T");
  const zoned = /T[\d:.]+$/.test(iso) ? `${iso}Z` : iso;
  const time = Date.parse(zoned);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(time)) {
    throw new HarbingerError(
      "E_DATE",
      `mention ${event.mention.id}`,
      `${field} ${JSON.stringify(text)} is not an ISO 8601 timestamp`,
    );
  }
  return new Date(time);
}

/** GDELT 2.0's DATEADDED and mention times: YYYYMMDDHHMMSS in UTC. */
export function gdeltTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/[-T:]/g, "");
}

/** Seconds since 1970 (ACLED's timestamp column). */
export const unixSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** Reads a day field of the record; throws an E_DATE error naming the mention when it is not one. */
function dayField(text: string, event: ExportEvent, field: string): Day {
  const day = parseDay(text);
  if (day === null) {
    throw new HarbingerError(
      "E_DATE",
      `mention ${event.mention.id}`,
      `${field} ${JSON.stringify(text)} is not a YYYY-MM-DD date`,
    );
  }
  return day;
}

/**
 * The day an event happened: its own date, else the article's, else the day its cluster was
 * first seen (GDELT's practice when a text gives no date). The grain is the event's
 * `dateGrain` when the record has one.
 */
export function eventDay(event: ExportEvent): Day {
  if (event.date !== null) {
    const day = dayField(event.date, event, "date");
    return event.dateGrain ? { ...day, grain: event.dateGrain } : day;
  }
  if (event.article.date !== null) {
    return { ...dayField(event.article.date, event, "article.date"), own: false };
  }
  const added = parseTimestamp(event.cluster.dateAdded, event, "cluster.dateAdded");
  return { ...dayField(added.toISOString(), event, "cluster.dateAdded"), own: false };
}
