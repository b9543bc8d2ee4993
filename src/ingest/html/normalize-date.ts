/**
 * Publication dates as they appear on the web — ISO 8601 from meta tags and JSON-LD, RFC 822
 * from RSS, compact `20220126`, dates in addresses — reduced to the article's `YYYY-MM-DD`.
 * The publisher's own calendar day is kept when the value says it (as `parseArticleDate`
 * does): a story's "yesterday" is relative to where it was written.
 */

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Years outside this range are typos or placeholders (0001-01-01, 2099-12-31). */
const FIRST_YEAR = 1990;

function day(year: number, month: number, date: number): string | undefined {
  if (year < FIRST_YEAR || year > new Date().getUTCFullYear() + 1) return undefined;
  const time = Date.UTC(year, month - 1, date);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  return check.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a date or timestamp string, or undefined when none can be read from it. */
export function normalizeDate(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[Tt\s])/.exec(text);
  if (iso) return day(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|[Tt])/.exec(text);
  if (compact) return day(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // RFC 822 and prose: "Wed, 26 Jan 2022 14:00:00 -0500", "26 January 2022", "January 26, 2022".
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const dayMonth = dayFirst ? monthNumber(dayFirst[2]) : undefined;
  if (dayFirst && dayMonth !== undefined) {
    return day(Number(dayFirst[3]), dayMonth, Number(dayFirst[1]));
  }
  const monthFirst = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const month = monthFirst ? monthNumber(monthFirst[1]) : undefined;
  if (monthFirst && month !== undefined) {
    return day(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return undefined;
}

function monthNumber(name: string | undefined): number | undefined {
  const index = MONTHS.indexOf((name ?? "").slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

/** The date in an article address: `/2022/01/26/`, `/2022-01-26/`, `/20220126/`. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match =
    /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?:[/_.-]|$)/.exec(path) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.-]|$)/.exec(path);
  return match ? day(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}
