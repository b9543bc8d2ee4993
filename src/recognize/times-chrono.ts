/**
 * Date expressions found by chrono-node, with which parts the text states and which chrono
 * filled in from the reference day. Two parsers are added to chrono's casual English: a bare
 * year after a preposition ("in 2014", "since early 2014"), which chrono leaves alone, and
 * "the previous / following / next day" or "later that day", which only the event they
 * follow can resolve.
 */

// The English locale alone: the package root loads every language chrono knows.
import * as chrono from "chrono-node/en";
import type { Day } from "./times-calendar.js";

/** A tag on expressions that count from another event rather than from the article date. */
export const EVENT_RELATIVE_TAG = "harbinger/event-relative";
export const YEAR_TAG = "harbinger/year";

export interface KnownParts {
  readonly year: boolean;
  readonly month: boolean;
  readonly day: boolean;
  readonly weekday: boolean;
  readonly hour: boolean;
}

export interface DateFind {
  /** Offset of the expression in the text given to `findDates`. */
  readonly index: number;
  readonly text: string;
  /** chrono's resolution: stated parts, the rest implied from the reference day. */
  readonly parts: Day;
  readonly known: KnownParts;
  /** The weekday the text names (0 = Sunday), or null. */
  readonly weekday: number | null;
  readonly tags: ReadonlySet<string>;
}

const YEAR_AFTER_PREPOSITION =
  /\b(?:in|since|during|until|till|by|from|through|throughout|before|after)\s+(?:(?:early|mid|late)[\s-]+)?((?:1[6-9]|20)\d\d)\b(?![,.]?\d)/i;
const FROM_ANOTHER_EVENT =
  /\b(?:the\s+)?(?:previous|preceding|following|next)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b/i;
/** "earlier in the day", "later that day", "hours later": the day of the event before. */
const SAME_DAY =
  /\b(?:(?:earlier|later)\s+(?:in|on)\s+the\s+day|(?:earlier|later)\s+that\s+day|(?:on\s+)?(?:the|that)\s+same\s+day|(?:hours|minutes)\s+(?:later|earlier))\b/i;

function makeParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(
    {
      pattern: () => YEAR_AFTER_PREPOSITION,
      extract: (context, match) =>
        context.createParsingComponents({ year: Number(match[1]) }).addTag(YEAR_TAG),
    },
    {
      pattern: () => SAME_DAY,
      extract: (context) => context.createParsingComponents({}).addTag(EVENT_RELATIVE_TAG),
    },
    {
      pattern: () => FROM_ANOTHER_EVENT,
      extract: (context) => context.createParsingComponents({}).addTag(EVENT_RELATIVE_TAG),
    },
  );
  return parser;
}

const PARSER = makeParser();

/** Finds the date expressions in `text`, resolving implied parts against `reference`. */
export function findDates(text: string, reference: Day): DateFind[] {
  // Noon UTC: a day's worth of margin either way, so no time zone moves the reference day.
  const instant = new Date(0);
  instant.setUTCFullYear(reference.year, reference.month - 1, reference.day);
  instant.setUTCHours(12);
  return PARSER.parse(text, { instant, timezone: 0 }).map((result) => {
    const c = result.start;
    const known = {
      year: c.isCertain("year"),
      month: c.isCertain("month"),
      day: c.isCertain("day"),
      weekday: c.isCertain("weekday"),
      hour: c.isCertain("hour"),
    };
    return {
      index: result.index,
      text: result.text,
      parts: { year: c.get("year") ?? 0, month: c.get("month") ?? 1, day: c.get("day") ?? 1 },
      known,
      weekday: known.weekday ? (c.get("weekday") ?? null) : null,
      tags: c.tags(),
    };
  });
}
