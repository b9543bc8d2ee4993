/**
 * Calendar arithmetic on plain `YYYY-MM-DD` days, in UTC so that the machine's time zone never
 * moves a date: day numbers, weekdays, adding days and months, and the start of a period.
 */

import type { TimeGrain } from "../model/doc.js";

export interface Day {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. */
export function dayNumber(d: Day): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function fromDayNumber(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, days: number): Day {
  return fromDayNumber(dayNumber(d) + days);
}

/** Adds months, keeping the day where the month has it (31 January + 1 month → 28 February). */
export function addMonths(d: Day, months: number): Day {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = fromDayNumber(dayNumber({ year, month: month + 1, day: 1 }) - 1).day;
  return { year, month, day: Math.min(d.day, last) };
}

/** 0 = Sunday … 6 = Saturday, as chrono and JavaScript count them. */
export function weekdayOf(d: Day): number {
  return (((dayNumber(d) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The first day of the period of `grain` that contains `d`; weeks start on Monday (ISO 8601). */
export function startOf(d: Day, grain: TimeGrain): Day {
  switch (grain) {
    case "day":
      return d;
    case "week":
      return addDays(d, -((weekdayOf(d) + 6) % 7));
    case "month":
      return { year: d.year, month: d.month, day: 1 };
    case "year":
      return { year: d.year, month: 1, day: 1 };
  }
}

export function formatDay(d: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Parses `YYYY-MM-DD` (the article date, already validated at ingest); null if malformed. */
export function parseDay(value: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match === null) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function compareDays(a: Day, b: Day): number {
  return dayNumber(a) - dayNumber(b);
}
