/**
 * Day arithmetic on `YYYY-MM-DD` strings, in UTC so that no time zone moves a date. The story
 * rule compares report dates in whole days, and the store looks candidates up in a date window.
 */

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** Whole days from `a` to `b`, however far apart; positive when `b` is later. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}
