/**
 * Where a speech frame's words may lie: before it, back to the sentence start or the previous
 * frame's content ("…, officials said"), and after it, up to the sentence end or the next frame
 * ("said that …", "said: "…"", "…, adding that …"). Ranges are token ranges: `start`/`end` are
 * token indices. Whether the words are a statement is judged here too, so that a verb's object
 * ("declared a state of emergency") is never taken for reported content.
 */

import type { Doc, TokenRange, VerbGroup } from "../model/doc.js";
import type { Span } from "../model/span.js";
import { POS } from "../text/pos.js";
import { chunkAt, isCapitalized, isPos, isPunct, lower } from "../text/token-tests.js";
import { clauseOfVerb, sentenceClauses } from "./quotes-clauses.js";
import type { SpeechFrame } from "./quotes-frames.js";
import type { TokenRun } from "./quotes-runs.js";

export interface RunIndex {
  readonly runs: readonly TokenRun[];
  /** For each token, the run whose marks enclose it, or -1. */
  readonly runOf: Int32Array;
}

export interface Forward extends Span {
  readonly separator: "," | ":" | "that" | "";
  /** True when the words can stand as reported content on their own. */
  readonly statement: boolean;
}

/** Parts of speech that can open a subject ("Some of the claims", "Many"); not "On", "Later". */
export const NOMINAL_START = [POS.DET, POS.PRON, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ];
const NOUN_PHRASE_GLUE = new Set(["and", "of", "'s", "there"]);
const CONNECTORS = new Set(["and", "but", "while", "whereas", "that", "or"]);
/** Words that join a second frame to the first ("…, and Y said"); "that" nests one instead. */
const SIBLING_LINKS = new Set(["and", "but", "while", "whereas", "or"]);
const RELATIVE_WORDS = new Set(["which", "who", "whom", "whose"]);

export function backwardRange(
  doc: Doc,
  frame: SpeechFrame,
  frames: readonly SpeechFrame[],
  index: RunIndex,
): Span | null {
  const sentence = doc.sentences[frame.sentence] as TokenRange;
  let end = frame.first;
  if (isPunct(doc, end - 1, ",")) end--;
  else if (!closesRun(doc, end - 1, index)) return null;
  let start = dateline(doc, sentence.firstToken, end);
  for (const f of frames) {
    if (f === frame || f.sentence !== frame.sentence || f.end > frame.first) continue;
    if (forwardRange(doc, f, frames, index)?.statement) start = Math.max(start, f.end);
  }
  // A quote closing right before the frame may have opened sentences earlier ('"…?" he
  // asked', split by the sentence splitter); a capitalised frame starts a sentence of its own.
  const closing = closesRun(doc, end - 1, index) ? index.runs[index.runOf[end - 1] ?? -1] : null;
  if (closing != null && closing.openToken < sentence.firstToken) {
    if (frame.first === sentence.firstToken && isCapitalized(doc, frame.first)) return null;
    start = closing.openToken;
  }
  return trim(doc, start, end, index);
}

export function forwardRange(
  doc: Doc,
  frame: SpeechFrame,
  frames: readonly SpeechFrame[],
  index: RunIndex,
): Forward | null {
  const sentenceEnd = (doc.sentences[frame.sentence] as TokenRange).endToken;
  let k = frame.end;
  let separator: Forward["separator"] = "";
  if (isPunct(doc, k, ",:")) separator = lower(doc, k++) as "," | ":";
  let m = k; // "insisted, however, that …"
  while (m < sentenceEnd && (isPos(doc, m, POS.ADV) || isPunct(doc, m, ","))) m++;
  if (lower(doc, m) === "that") {
    separator = "that";
    k = m + 1;
  }
  if (frame.form === "inverted" && separator !== ":" && separator !== "that") return null;
  const range = trim(doc, k, contentEnd(doc, frame, frames, k, sentenceEnd), index);
  if (range === null) return null;
  const opensRun = index.runs[index.runOf[range.start] ?? -1]?.openToken === range.start;
  const statement =
    opensRun ||
    (separator === "that" || separator === ":"
      ? hasFiniteVerb(doc, range)
      : startsStatement(doc, range));
  return { ...range, separator, statement };
}

/**
 * Reported content stops at a sibling frame ("…, and Y said"), a semicolon, ", but" (the
 * writer's voice takes over), and a verb the speaker did next ("said …, and urged …").
 */
function contentEnd(
  doc: Doc,
  frame: SpeechFrame,
  frames: readonly SpeechFrame[],
  from: number,
  sentenceEnd: number,
): number {
  let end = sentenceEnd;
  for (const f of frames) {
    if (f.sentence !== frame.sentence || f.first < from || f.first >= end) continue;
    if (isPunct(doc, f.first - 1, ",;") || SIBLING_LINKS.has(lower(doc, f.first - 1))) {
      end = f.first;
    }
  }
  const own = clauseOfVerb(doc, doc.tokenVerbGroup[frame.cue] ?? -1);
  for (const c of sentenceClauses(doc, frame.sentence)) {
    if (own === undefined || c.parent !== own.index || c.kind !== "coordinate") continue;
    const verb = doc.verbGroups[c.verb ?? -1];
    if (verb !== undefined && verb.firstToken > from) end = Math.min(end, verb.firstToken);
  }
  for (let i = from; i < end; i++) {
    if (isPunct(doc, i, ";") || (isPunct(doc, i, ",") && newClauseAfterBut(doc, i + 1))) return i;
  }
  return end;
}

/** "…, but he described …": a new subject after "but" (not "but would not …", "but that …"). */
function newClauseAfterBut(doc: Doc, i: number): boolean {
  if (lower(doc, i) !== "but") return false;
  const next = i + 1;
  return chunkAt(doc, next) >= 0 && !isPos(doc, next, POS.AUX) && !isPos(doc, next, POS.VERB);
}

/** True when token `i` is the closing mark of a quoted run. */
export function closesRun(doc: Doc, i: number, index: RunIndex): boolean {
  return isPunct(doc, i) && (index.runOf[i] ?? -1) >= 0 && (index.runOf[i + 1] ?? -1) < 0;
}

/** Skips a dateline that opens a story ("KYIV —", "WELLINGTON, New Zealand —"). */
function dateline(doc: Doc, start: number, end: number): number {
  const first = doc.text.slice(doc.tokens.start[start] ?? 0, doc.tokens.end[start] ?? 0);
  if (first.length < 2 || first !== first.toUpperCase()) return start;
  for (let i = start + 1; i < Math.min(end, start + 8); i++) {
    if (lower(doc, i) === "-" || lower(doc, i) === "--") return i + 1;
  }
  return start;
}

/** Drops punctuation (but not quote marks) and connectors at both ends; null when empty. */
function trim(doc: Doc, start: number, end: number, index: RunIndex): Span | null {
  const loose = (i: number) =>
    (isPunct(doc, i) && (index.runOf[i] ?? -1) < 0) || CONNECTORS.has(lower(doc, i));
  let s = start;
  let e = end;
  while (s < e && loose(s)) s++;
  while (e > s && loose(e - 1)) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * Whether a range with no "that" before it is a statement ("said Canada remains committed",
 * "said Massimov, its former head, had been detained") and not the verb's object ("declared a
 * state of emergency, as …"), an infinitive ("vowed to act") or a relative clause.
 */
function startsStatement(doc: Doc, range: Span): boolean {
  const k = range.start;
  if (RELATIVE_WORDS.has(lower(doc, k))) return false;
  if (chunkAt(doc, k) < 0 && !NOMINAL_START.some((pos) => isPos(doc, k, pos))) return false;
  for (let i = k; i < range.end; i++) {
    const group = doc.verbGroups[doc.tokenVerbGroup[i] ?? -1];
    if (group !== undefined && !headsClause(doc, group)) {
      i = group.endToken - 1; // "soldiers who were in Ukraine … have been relocated"
      continue;
    }
    if (group !== undefined) return isFiniteVerb(doc, group);
    if (isPunct(doc, i, ",") && chunkAt(doc, i + 1) < 0 && doc.tokenVerbGroup[i + 1] === -1) {
      return false;
    }
    if (chunkAt(doc, i) >= 0 || isPunct(doc, i, ",") || NOUN_PHRASE_GLUE.has(lower(doc, i))) {
      continue;
    }
    if (!NOMINAL_START.some((pos) => isPos(doc, i, pos)) && !isPos(doc, i, POS.ADP)) return false;
  }
  return false;
}

/** Not a participle modifying a noun ("a statement released on Friday"). */
function headsClause(doc: Doc, group: VerbGroup): boolean {
  const clause = clauseOfVerb(doc, group.index);
  return clause === undefined || (clause.kind !== "reduced-relative" && clause.kind !== "relative");
}

function isFiniteVerb(doc: Doc, g: VerbGroup): boolean {
  return !g.nonFinite && !isBareParticiple(doc, g);
}

/** "saying", "later extending": an "-ing" form with no auxiliary before it. */
export function isBareParticiple(doc: Doc, g: VerbGroup): boolean {
  if (!lower(doc, g.head).endsWith("ing")) return false;
  for (let i = g.firstToken; i < g.head; i++) if (isPos(doc, i, POS.AUX)) return false;
  return true;
}

/** A verb group that can head a statement: not "to …", not a bare "-ing" participle. */
export function hasFiniteVerb(doc: Doc, range: Span): boolean {
  for (let i = range.start; i < range.end; i++) {
    const g = doc.verbGroups[doc.tokenVerbGroup[i] ?? -1];
    if (g !== undefined && g.head === i && isFiniteVerb(doc, g)) return true;
  }
  return false;
}
