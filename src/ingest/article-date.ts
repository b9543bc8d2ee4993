/**
 * Publication dates of articles. The date anchors relative expressions ("last Tuesday"), so a
 * wrong one silently misdates events: it must be a real calendar day, or the input is rejected.
 */

import { HarbingerError } from "../errors.js";

// A calendar date, optionally followed by an ISO 8601 time and offset (a feed's timestamp).
const DATE_OR_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Returns `value` as `YYYY-MM-DD`. A timestamp keeps its own date part, not the UTC one: the
 * publisher's local day is the one its "yesterday" refers to.
 */
export function parseArticleDate(value: string, input: string): string {
  const trimmed = value.trim();
  const match = DATE_OR_TIMESTAMP.exec(trimmed);
  if (!match) throw invalidDate(value, input, "expected YYYY-MM-DD or an ISO 8601 timestamp");
  const [, year, month, day, hour, minute, second] = match.map((part) =>
    part === undefined ? undefined : Number(part),
  );
  if (!isCalendarDay(year ?? 0, month ?? 0, day ?? 0)) {
    throw invalidDate(value, input, "no such calendar day");
  }
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60) {
    throw invalidDate(value, input, "no such time of day");
  }
  return trimmed.slice(0, 10);
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

// Computed by hand: Date.UTC maps years 0-99 to 1900-1999, which gets year 0's leap day wrong.
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function invalidDate(value: string, input: string, why: string): HarbingerError {
  return new HarbingerError("E_DATE", input, `"date" is ${JSON.stringify(value)}: ${why}`);
}
