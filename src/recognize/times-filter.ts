/**
 * Drops what chrono reads as a date but the text does not mean as one: the modal "may" and the
 * verb "march" ("may 2", "they march"), fractions and slogans written with a slash ("3/4",
 * "24/7"), the verb "sat", a year that is a count ("after 2000 people"), clock times and
 * spans of hours, "now", and durations ("for two years", "in the last 30 years", "within
 * days"), which name no day.
 */

import type { Doc, TokenRange } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isNominal, isPos } from "../text/token-tests.js";
import { type DateFind, YEAR_TAG } from "./times-chrono.js";

const MONTH_WORD =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/gi;
const WEEKDAY_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu|thurs?|fri|sat|sun)\b/gi;
const DURATION = /^(?:for|within|throughout|over the (?:past|last)|in the (?:past|last)|past)\b/i;
/** "last 30 years", "next several days": spans counted back or ahead, not a date. */
const COUNTED_SPAN =
  /^(?:the\s+)?(?:last|past|next|coming)\s+(?:\d+|few|several|couple|[a-z]+(?:ty|teen)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)\b/i;
const CLOCK_UNITS = /\b(?:minutes?|hours?|seconds?)\b/i;

/** True when the expression names a day, week, month or year the text means as a date. */
export function isTemporal(doc: Doc, find: DateFind, range: TokenRange): boolean {
  const { known, tags } = find;
  const thisWeek = /\bthis\s+week\b/i.test(find.text);
  if (!known.year && !known.month && !known.day && !known.weekday && !thisWeek) return false;
  if (tags.has("casualReference/now")) return false;
  if (DURATION.test(find.text) || COUNTED_SPAN.test(find.text)) return false;
  if (CLOCK_UNITS.test(find.text)) return false; // "hours later" counts from an event instead
  if (tags.has("parser/SlashDateFormatParser") && !known.year) return false;
  if (hasLowerCase(find.text, MONTH_WORD) || hasLowerCase(find.text, WEEKDAY_WORD)) return false;
  if (known.month && !known.day && !known.year && monthIsVerb(doc, range)) return false;
  // "after 2000 people": a count, not a year.
  if (tags.has(YEAR_TAG) && range.endToken < doc.tokens.length) {
    if (isNominal(doc, range.endToken) && !isPos(doc, range.endToken, POS.PROPN)) return false;
  }
  return true;
}

/** News capitalises month and day names: a lower-case "may", "march" or "sat" is a verb. */
function hasLowerCase(text: string, names: RegExp): boolean {
  for (const match of text.matchAll(names)) {
    const first = match[0].charAt(0);
    if (first === first.toLowerCase()) return true;
  }
  return false;
}

/** "March" tagged as a verb: "Protesters March on the Capital". */
function monthIsVerb(doc: Doc, range: TokenRange): boolean {
  for (let k = range.firstToken; k < range.endToken; k++) {
    if (/^(?:march|may)$/.test(doc.tokens.lower[k] ?? "") && isPos(doc, k, POS.VERB)) return true;
    if (/^(?:march|may)$/.test(doc.tokens.lower[k] ?? "") && isPos(doc, k, POS.AUX)) return true;
  }
  return false;
}
