/**
 * The times stage: finds date expressions sentence by sentence (chrono-node), drops what is not
 * meant as a date, resolves each against the article date in the direction its clause's tense
 * looks, and resolves "the day after" / "the next day" against the event they count from.
 * Without an article date only expressions that name their own year, or count from one that
 * does, are kept: nothing is guessed from the day the program runs.
 */

import type { Clause, Doc, Sentence, TimeMention, TokenRange } from "../model/doc.js";
import { isPunct } from "../text/token-tests.js";
import { clauseOfPhrase, clausesBySentence } from "./clause-at.js";
import { addDays, addMonths, type Day, formatDay, parseDay, startOf } from "./times-calendar.js";
import { type DateFind, findDates } from "./times-chrono.js";
import { isTemporal } from "./times-filter.js";
import { eventOffset, type Resolution, resolveDate } from "./times-resolve.js";
import { directionOf } from "./times-tense.js";

type Offset = Extract<Resolution, { kind: "offset" }>;

interface Draft {
  readonly range: TokenRange;
  readonly clause: number | null;
  day: Day | null;
  grain: TimeMention["grain"];
  rule: string;
  related: TimeMention["related"];
  readonly offset: Offset | null;
}

/** Words before a date that narrow it without moving it: "earlier this month". */
const QUALIFIERS = new Set(["earlier", "later", "early", "late", "mid"]);

/** A day no article has: chrono needs some reference even when there is no article date. */
const NO_ANCHOR: Day = { year: 1, month: 1, day: 1 };

export function recognizeTimes(doc: Doc): void {
  const anchor = doc.article.date === undefined ? null : parseDay(doc.article.date);
  const clauses = clausesBySentence(doc);
  const drafts: Draft[] = [];
  for (const sentence of doc.sentences) {
    const own = clauses[sentence.index] ?? [];
    const found = sentenceDrafts(doc, sentence, own, anchor);
    // Dates first, then what counts from them: "the day after" may look at a later clause.
    for (const d of found) if (d.offset !== null) resolveOffset(doc, d, found, drafts, anchor);
    drafts.push(...found);
  }
  doc.times = drafts
    .filter((d) => d.day !== null)
    .map((d, index) => ({
      index,
      sentence: doc.tokens.sentence[d.range.firstToken] as number,
      clause: d.clause,
      firstToken: d.range.firstToken,
      endToken: d.range.endToken,
      start: d.range.start,
      end: d.range.end,
      value: formatDay(d.day as Day),
      grain: d.grain,
      rule: d.rule,
      related: d.related,
    }));
}

function sentenceDrafts(
  doc: Doc,
  sentence: Sentence,
  clauses: readonly Clause[],
  anchor: Day | null,
): Draft[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const drafts: Draft[] = [];
  for (const find of findDates(text, anchor ?? NO_ANCHOR)) {
    const range = tokenRangeOf(doc, sentence, find);
    if (range === null) continue;
    const clause = clauseOfPhrase(clauses, range);
    const offset = eventOffset(find);
    if (offset !== null && offset.kind === "offset") {
      drafts.push({ range, clause, day: null, grain: "day", rule: "", related: null, offset });
      continue;
    }
    if (!isTemporal(doc, find, range)) continue;
    if (anchor === null && !find.known.year) continue;
    const resolved = resolveDate(find, directionOf(doc, clause), anchor ?? NO_ANCHOR);
    if (resolved.kind !== "date") continue;
    const { day, grain, rule } = resolved;
    drafts.push({ range, clause, day, grain, rule, related: null, offset: null });
  }
  return drafts;
}

/**
 * "(The announcement came) the day after Canada closed its embassy": the expression dates its
 * own clause from the clause it introduces, or, when that clause has no date, dates that
 * clause from its own (else the article's). "The next day" alone counts from the last date
 * before it in the text.
 */
function resolveOffset(
  doc: Doc,
  draft: Draft,
  sentenceDrafts: readonly Draft[],
  earlier: readonly Draft[],
  anchor: Day | null,
): void {
  const offset = draft.offset as Offset;
  const introduced = introducedClause(doc, draft.range);
  if (introduced !== null) {
    const theirs = sentenceDrafts.find((d) => d.clause === introduced && d.day !== null);
    if (theirs !== undefined) {
      set(draft, shift(theirs.day as Day, offset, 1), offset, "times/offset-from-clause");
      return;
    }
    const ours = sentenceDrafts.find((d) => d !== draft && d.clause === draft.clause && d.day);
    const base = ours?.day ?? anchor;
    if (base === null) return;
    set(draft, base, offset, "times/offset-to-clause");
    draft.related = { clause: introduced, value: formatDay(shift(base, offset, -1)) };
    return;
  }
  const before = [...earlier, ...sentenceDrafts.filter((d) => d.range.end <= draft.range.start)]
    .filter((d) => d.day !== null)
    .at(-1);
  if (before !== undefined) {
    set(draft, shift(before.day as Day, offset, 1), offset, "times/offset-from-previous");
  } else if (anchor !== null) {
    set(draft, shift(anchor, offset, 1), offset, "times/offset-from-article");
  }
}

function set(draft: Draft, day: Day, offset: Offset, rule: string): void {
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

/** The tokens an expression covers, without the punctuation chrono takes along ("Saturday,"). */
function tokenRangeOf(doc: Doc, sentence: Sentence, find: DateFind): TokenRange | null {
  const { tokens } = doc;
  const start = sentence.start + find.index;
  const end = start + find.text.length;
  let first = -1;
  let last = -1;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if ((tokens.end[k] as number) <= start || (tokens.start[k] as number) >= end) continue;
    if (first < 0) first = k;
    last = k;
  }
  while (last >= first && first >= 0 && isPunct(doc, last)) last--;
  if (first < 0 || last < first) return null;
  // "earlier this month", "late last year": chrono leaves the qualifier out; the span keeps it.
  for (;;) {
    const before = tokens.lower[first - 1] ?? "";
    const hyphened = before === "-" && QUALIFIERS.has(tokens.lower[first - 2] ?? "");
    if (first - (hyphened ? 2 : 1) < sentence.firstToken) break;
    if (hyphened) first -= 2;
    else if (QUALIFIERS.has(before)) first--;
    else break;
  }
  return {
    firstToken: first,
    endToken: last + 1,
    start: tokens.start[first] as number,
    end: tokens.end[last] as number,
  };
}
