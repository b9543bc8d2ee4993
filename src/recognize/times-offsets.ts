/**
 * Time expressions that count from another event: "(came) the day after Canada closed its
 * embassy" dates its own clause and, counting back, the clause it introduces; "the next day",
 * "two days later" and "later that day" count from the last day-precise date before them.
 */

import type { Doc, TimeMention, TokenRange } from "../model/doc.js";
import { isPunct } from "../text/token-tests.js";
import { addDays, addMonths, compareDays, type Day, formatDay, startOf } from "./times-calendar.js";
import type { Resolution } from "./times-resolve.js";
import { directionOf } from "./times-tense.js";

export type Offset = Extract<Resolution, { kind: "offset" }>;

/** A time expression being resolved: `day` stays null until it is. */
export interface TimeDraft {
  readonly range: TokenRange;
  readonly clause: number | null;
  day: Day | null;
  grain: TimeMention["grain"];
  rule: string;
  related: TimeMention["related"];
  readonly offset: Offset | null;
}

/**
 * "(The announcement came) the day after Canada closed its embassy": an expression before the
 * phrase or clause it counts from dates its own clause (by that clause's date when it has one,
 * else by its clause's other date or the article's), and dates the introduced clause back.
 * "The next day", "two days later" count from the last day-precise date before them.
 */
export function resolveOffset(
  doc: Doc,
  draft: TimeDraft,
  sentenceDrafts: readonly TimeDraft[],
  earlier: readonly TimeDraft[],
  anchor: Day | null,
): void {
  const offset = draft.offset as Offset;
  const dated = (d: TimeDraft) => d !== draft && d.offset === null && d.day !== null;
  if (offset.fromArticle === true) {
    if (anchor !== null) set(draft, anchor, offset, "times/news-day");
    return;
  }
  if (countsFromWhatFollows(doc, draft.range)) {
    const introduced = introducedClause(doc, draft.range);
    const theirs = sentenceDrafts.find((d) => dated(d) && d.clause === introduced);
    if (introduced !== null && theirs !== undefined) {
      set(draft, shift(theirs.day as Day, offset, 1), offset, "times/offset-from-clause");
      return;
    }
    const ours = sentenceDrafts.find((d) => dated(d) && d.clause === draft.clause);
    const base = ours?.day ?? anchor;
    if (base === null) return;
    draft.day = base;
    draft.grain = ours?.grain ?? "day";
    draft.rule = introduced === null ? "times/offset-to-phrase" : "times/offset-to-clause";
    if (introduced !== null) {
      draft.related = { clause: introduced, value: formatDay(shift(base, offset, -1)) };
    }
    return;
  }
  // In a past-tense clause, what came before a date ahead of the article is no anchor.
  const looksBack = anchor !== null && directionOf(doc, draft.clause) === "past";
  const before = [...earlier, ...sentenceDrafts.filter((d) => d.range.end <= draft.range.start)]
    .filter((d) => d.day !== null && d.grain === "day")
    .filter((d) => !looksBack || compareDays(d.day as Day, anchor as Day) <= 0)
    .at(-1);
  if (before !== undefined) {
    set(draft, shift(before.day as Day, offset, 1), offset, "times/offset-from-previous");
  } else if (anchor !== null) {
    set(draft, shift(anchor, offset, 1), offset, "times/offset-from-article");
  }
}

/** "the day after Canada closed …", "five days after a volcanic eruption": not "the day after,". */
function countsFromWhatFollows(doc: Doc, range: TokenRange): boolean {
  const word = doc.tokens.lower[range.endToken - 1];
  if (word !== "after" && word !== "before") return false;
  const sentence = doc.tokens.sentence[range.firstToken];
  return (
    range.endToken < doc.tokens.length &&
    doc.tokens.sentence[range.endToken] === sentence &&
    !isPunct(doc, range.endToken)
  );
}

function set(draft: TimeDraft, day: Day, offset: Offset, rule: string): void {
  draft.grain = offset.unit;
  draft.day = startOf(day, offset.unit);
  draft.rule = rule;
}

function shift(day: Day, offset: Offset, sign: 1 | -1): Day {
  const n = offset.amount * sign;
  switch (offset.unit) {
    case "day":
      return addDays(day, n);
    case "week":
      return addDays(day, 7 * n);
    case "month":
      return addMonths(day, n);
    case "year":
      return addMonths(day, 12 * n);
  }
}

/** The clause an expression ending in "after" / "before" introduces, if it opens one. */
function introducedClause(doc: Doc, range: TokenRange): number | null {
  const last = range.endToken - 1;
  const word = doc.tokens.lower[last];
  if (word !== "after" && word !== "before") return null;
  return doc.clauses.find((c) => c.marker === last)?.index ?? null;
}
