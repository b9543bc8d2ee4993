/**
 * Resolves one date expression against the article date, in the direction its clause looks:
 * a bare weekday or a day and month without a year goes back in a past-tense clause and ahead
 * in a future one; explicit relatives ("last week", "three days ago") keep chrono's reading;
 * expressions that count from another event ("the day after", "the next day") come back as an
 * offset for the caller to apply to that event's date.
 */

import { QUANTITY_WORDS } from "../lexicon/quantity-words.js";
import type { TimeGrain } from "../model/doc.js";
import { addDays, compareDays, type Day, startOf, weekdayOf } from "./times-calendar.js";
import { type DateFind, YEAR_TAG } from "./times-chrono.js";
import type { Direction } from "./times-tense.js";

export type OffsetUnit = "day" | "week" | "month" | "year";

export type Resolution =
  | { readonly kind: "date"; readonly day: Day; readonly grain: TimeGrain; readonly rule: string }
  | {
      readonly kind: "offset";
      /** Signed: +1 for "the day after", -2 for "two days earlier". */
      readonly amount: number;
      readonly unit: OffsetUnit;
      /** "earlier in the day": the news day, the article's own, rather than the date before. */
      readonly fromArticle?: boolean;
    };

// "the next week" counts from an event; "next week" from the article date (chrono's reading).
const NEXT_OR_PREVIOUS =
  /^(?:on\s+)?(?:the\s+(next|following|previous|preceding)|(following|previous|preceding)|(next)(?=\s+(?:day|morning)))\s+(day|morning|afternoon|evening|night|week|month|year)$/;
const NEWS_DAY = /^(?:earlier|later)\s+(?:in|on)\s+the\s+day$/;
const SAME_DAY =
  /^(?:(?:(?:earlier|later)\s+that|(?:on\s+)?(?:the|that)\s+same)\s+day|(?:hours|minutes)\s+(?:later|earlier))$/;
const THIS_WEEK = /\bthis\s+week\b/;
const COUNTED_OFFSET =
  /^(?:on\s+)?(the|a|an|[a-z]+|\d+)\s+(day|week|month|year)s?\s+(after|later|afterwards|before|earlier|prior)$/;
const EXPLICIT_RELATIVE =
  /\b(?:ago|last|next|this|coming|past|previous|yesterday|today|tomorrow|tonight|earlier|later)\b/;

/** How far an expression counts from another event, or null if it counts from the article. */
export function eventOffset(find: DateFind): Resolution | null {
  const text = find.text
    .toLowerCase()
    .replace(/[,.;:]+$/, "")
    .trim();
  if (NEWS_DAY.test(text)) return { kind: "offset", amount: 0, unit: "day", fromArticle: true };
  if (SAME_DAY.test(text)) return { kind: "offset", amount: 0, unit: "day" };
  const simple = NEXT_OR_PREVIOUS.exec(text);
  if (simple !== null) {
    const way = simple[1] ?? simple[2] ?? simple[3];
    const back = way === "previous" || way === "preceding";
    return { kind: "offset", amount: back ? -1 : 1, unit: unitOf(simple[4] as string) };
  }
  const counted = COUNTED_OFFSET.exec(text);
  if (counted === null) return null;
  const size = countOf(counted[1] as string);
  if (size === null) return null;
  const back = ["before", "earlier", "prior"].includes(counted[3] as string);
  return { kind: "offset", amount: back ? -size : size, unit: unitOf(counted[2] as string) };
}

function unitOf(word: string): OffsetUnit {
  if (word === "week" || word === "month" || word === "year") return word;
  return "day"; // day, morning, evening, night: the day is what a date can say
}

function countOf(word: string): number | null {
  if (word === "the" || QUANTITY_WORDS.articles.has(word)) return 1;
  if (/^\d+$/.test(word)) return Number(word);
  return QUANTITY_WORDS.numbers.get(word) ?? null;
}

/** Resolves an expression that counts from the article date (or names a date outright). */
export function resolveDate(find: DateFind, direction: Direction, anchor: Day): Resolution {
  const text = find.text.toLowerCase();
  const { known, parts } = find;
  if (find.tags.has(YEAR_TAG) && !known.month) {
    return date({ year: parts.year, month: 1, day: 1 }, "year", "times/year");
  }
  // chrono reads "this week" as its Sunday-first week; ours starts on Monday.
  if (THIS_WEEK.test(text)) return date(anchor, "week", "times/relative");
  if (EXPLICIT_RELATIVE.test(text) || find.tags.has("result/relativeDate")) {
    return date(parts, relativeGrain(text, find), "times/relative");
  }
  if (known.year) return date(parts, grainOfKnown(find), "times/absolute");
  // "since Monday" looks back whatever the verb's tense.
  const way: Direction = /^since\b/.test(text) ? "past" : direction;
  if (known.weekday && !known.day) return weekday(find.weekday ?? 0, way, anchor, parts);
  if (known.month) return monthDay(find, way, anchor);
  return date(parts, "day", "times/relative");
}

function date(day: Day, grain: TimeGrain, rule: string): Resolution {
  return { kind: "date", day: startOf(day, grain), grain, rule };
}

function grainOfKnown(find: DateFind): TimeGrain {
  if (find.known.day || find.known.weekday) return "day";
  return find.known.month ? "month" : "year";
}

/**
 * "last week" → week, "last month" → month, "this year" → year, "yesterday" → day: the unit
 * named, unless the expression also names the day ("Jan. 26 last year").
 */
function relativeGrain(text: string, find: DateFind): TimeGrain {
  const unit = /\b(day|week|weekend|month|year)s?\b/.exec(text)?.[1];
  if (unit === "week" || unit === "weekend") return "week";
  if ((unit === "month" || unit === "year") && (!find.known.day || /\bago\b/.test(text))) {
    return unit;
  }
  return "day";
}

function weekday(target: number, way: Direction, anchor: Day, parts: Day): Resolution {
  const today = weekdayOf(anchor);
  if (way === "past") {
    return date(addDays(anchor, -((today - target + 7) % 7)), "day", "times/weekday-past");
  }
  if (way === "future") {
    return date(addDays(anchor, (target - today + 7) % 7 || 7), "day", "times/weekday-future");
  }
  return date(parts, "day", "times/weekday-nearest");
}

/** A day and month, or a month alone, without a year: the year the direction picks. */
function monthDay(find: DateFind, way: Direction, anchor: Day): Resolution {
  const grain: TimeGrain = find.known.day ? "day" : "month";
  if (way === "nearest") return date(find.parts, grain, "times/date-nearest");
  const at = (year: number): Day => startOf({ ...find.parts, year }, grain);
  const now = startOf(anchor, grain);
  const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map(at);
  const chosen =
    way === "past"
      ? candidates.filter((d) => compareDays(d, now) <= 0).at(-1)
      : candidates.find((d) => compareDays(d, now) >= 0);
  return date(chosen ?? find.parts, grain, `times/date-${way}`);
}
