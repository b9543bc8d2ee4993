/**
 * The times stage: finds date expressions sentence by sentence (chrono-node), drops what is not
 * meant as a date, resolves each against the article date in the direction its clause's tense
 * looks, and resolves "the day after" / "the next day" against the event they count from.
 * Without an article date only expressions that name their own year, or count from one that
 * does, are kept: nothing is guessed from the day the program runs.
 */

import type { Clause, Doc, Sentence } from "../model/doc.js";
import { clauseOfPhrase, clausesBySentence } from "./clause-at.js";
import { type Day, formatDay, parseDay } from "./times-calendar.js";
import { type DateFind, findDates } from "./times-chrono.js";
import { isTemporal } from "./times-filter.js";
import { resolveOffset, type TimeDraft } from "./times-offsets.js";
import { eventOffset, resolveDate } from "./times-resolve.js";
import { plannedFor, tokenRangeOf } from "./times-span.js";
import { directionOf } from "./times-tense.js";

const IN_A_SPAN = /^in\s+\S+\s+(?:days|weeks|months|years|decades)$/i;

/** A day no article has: chrono needs some reference even when there is no article date. */
const NO_ANCHOR: Day = { year: 1, month: 1, day: 1 };

export function recognizeTimes(doc: Doc): void {
  const anchor = doc.article.date === undefined ? null : parseDay(doc.article.date);
  const clauses = clausesBySentence(doc);
  const drafts: TimeDraft[] = [];
  const finds = datesBySentence(doc, anchor ?? NO_ANCHOR);
  for (const sentence of doc.sentences) {
    const own = clauses[sentence.index] ?? [];
    const found = sentenceDrafts(doc, sentence, finds[sentence.index] ?? [], own, anchor);
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

/**
 * Words without which no date expression can be found: digits, month and weekday names, and
 * the relative words. Only the text around them is given to chrono, which keeps its cost (a
 * score of regular expressions run over all it is given) to a fraction of the article.
 */
const CUE_WORDS: readonly string[] = [
  "january february march april may june july august september october november december",
  "jan feb mar apr jun jul aug sep sept oct nov dec",
  "monday tuesday wednesday thursday friday saturday sunday",
  "mon tue tues wed thu thur thurs fri sat sun",
  "today tonight yesterday tomorrow now noon midnight weekend decade century quarter",
  "spring summer autumn fall winter",
].flatMap((words) => words.split(" "));
/** Words that are cues in the plural too. */
const CUE_UNITS = "day week month year morning afternoon evening night hour minute".split(" ");
const CUE_SET = new Set([...CUE_WORDS, ...CUE_UNITS, ...CUE_UNITS.map((unit) => `${unit}s`)]);
/** The same cues inside a token of other characters ("mid-January", "Jan."). */
const CUE_INSIDE = new RegExp(`\\d|\\b(?:${[...CUE_SET].join("|")})\\b`, "i");

/**
 * Words kept on each side of a cue: the longest expressions reach this far from their nearest
 * cue ("three and a half years ago", "since early 2014", "the morning of the following day").
 */
const WINDOW_WORDS = 6;

/** A stretch of a sentence given to chrono, and where it sits in the joined text. */
interface Piece {
  readonly sentence: number;
  /** Offset of the stretch in its sentence. */
  readonly from: number;
  /** Offset of the stretch in the joined text. */
  readonly at: number;
}

/**
 * One chrono pass over the stretches of text around time cues, joined with a "|" between them
 * so that no match runs from one stretch into the next (a pass per sentence costs several times
 * more). Offsets in the finds are relative to their sentence's start.
 */
function datesBySentence(doc: Doc, anchor: Day): DateFind[][] {
  const pieces: Piece[] = [];
  let joined = "";
  doc.sentences.forEach((s, i) => {
    const windows = cueWindows(doc, s);
    if (windows.length === 0) return;
    const text = doc.text.slice(s.start, s.end);
    for (const [from, to] of windows) {
      if (joined !== "") joined += " | ";
      pieces.push({ sentence: i, from, at: joined.length });
      joined += text.slice(from, to);
    }
  });
  const bySentence: DateFind[][] = doc.sentences.map(() => []);
  let k = 0;
  for (const find of findDates(joined, anchor)) {
    while (k + 1 < pieces.length && (pieces[k + 1] as Piece).at <= find.index) k++;
    const piece = pieces[k];
    if (piece !== undefined)
      bySentence[piece.sentence]?.push({ ...find, index: find.index - piece.at + piece.from });
  }
  return bySentence;
}

/**
 * The stretches of a sentence (offsets in it) within WINDOW_WORDS words of a time cue,
 * overlapping ones merged. Cues are found token by token: a set lookup for a plain word, the
 * pattern only for tokens of other characters.
 */
function cueWindows(doc: Doc, sentence: Sentence): [number, number][] {
  const { start, end, lower } = doc.tokens;
  const windows: [number, number][] = [];
  let text: string | null = null;
  for (let t = sentence.firstToken; t < sentence.endToken; t++) {
    const word = lower[t] as string;
    if (
      !CUE_SET.has(word) &&
      (!mayHoldCue(word) ||
        isCount(word, lower[t + 1]) ||
        !CUE_INSIDE.test(doc.text.slice(start[t], end[t])))
    )
      continue;
    text ??= doc.text.slice(sentence.start, sentence.end);
    const from = wordsBack(text, (start[t] as number) - sentence.start, WINDOW_WORDS);
    const to = wordsAhead(text, (end[t] as number) - sentence.start, WINDOW_WORDS);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** The start of the `n`th word before `at` (words as runs between spaces), or 0. */
function wordsBack(text: string, at: number, n: number): number {
  let i = at;
  for (let words = 0; words <= n && i > 0; ) {
    i--;
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) words++;
  }
  if (i === 0) return 0;
  return i + 1;
}

/** The end of the `n`th word after `at`, or the text's end. */
function wordsAhead(text: string, at: number, n: number): number {
  let i = at;
  for (let words = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i)) && i > 0 && !isSpace(text.charCodeAt(i - 1))) {
      words++;
      if (words > n) return i;
    }
  }
  return text.length;
}

/**
 * A plain number that is no year and no hour ("30", "100,000"): it dates nothing unless a cue
 * word stands near it, and that word's own window holds it ("30 days ago", "May 5").
 */
function isCount(word: string, next: string | undefined): boolean {
  return COUNT.test(word) && word.length !== 4 && !CLOCK.test(next ?? "");
}
const COUNT = /^\d[\d,]*$/;
const CLOCK = /^(?:a\.?m\.?|p\.?m\.?|gmt|utc|o'clock|h)$/;

/**
 * Whether a token not itself a cue word may hold one: a digit, or a run of three letters or
 * more beside other characters ("mid-january", "jan."; every cue word has three letters at
 * least). Words of letters a–z alone are cues only as a whole word, and "'s", "n't" or
 * punctuation never are.
 */
function mayHoldCue(word: string): boolean {
  let run = 0;
  let longest = 0;
  let others = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
    if (code >= 97 && code <= 122) {
      run++;
      if (run > longest) longest = run;
    } else {
      run = 0;
      others = true;
    }
  }
  return others && longest >= 3;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function sentenceDrafts(
  doc: Doc,
  sentence: Sentence,
  finds: readonly DateFind[],
  clauses: readonly Clause[],
  anchor: Day | null,
): TimeDraft[] {
  const drafts: TimeDraft[] = [];
  for (const found of finds) {
    const range = tokenRangeOf(doc, sentence, found);
    if (range === null) continue;
    const clause = clauseOfPhrase(clauses, range);
    // Classify by the words kept ("earlier in the day"), not only chrono's match.
    const find: DateFind = { ...found, text: doc.text.slice(range.start, range.end) };
    const offset = eventOffset(find);
    if (offset !== null && offset.kind === "offset") {
      drafts.push({ range, clause, day: null, grain: "day", rule: "", related: null, offset });
      continue;
    }
    if (!isTemporal(doc, find, range)) continue;
    if (anchor === null && !find.known.year) continue;
    const direction = plannedFor(doc, range) ? "future" : directionOf(doc, clause);
    // "meet again in two weeks" is a date; "the first visit in six years" a span.
    if (IN_A_SPAN.test(find.text) && direction !== "future") continue;
    const resolved = resolveDate(find, direction, anchor ?? NO_ANCHOR);
    if (resolved.kind !== "date") continue;
    const { day, grain, rule } = resolved;
    drafts.push({ range, clause, day, grain, rule, related: null, offset: null });
  }
  return drafts;
}
