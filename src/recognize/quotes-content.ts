/**
 * What a speech frame reports: the quote right before it ("…," she said), the quote or clause
 * after it (she said: "…", "said that …"), both at once for an interrupted quote ("…," she
 * said, "…"), the words around it when it interrupts a sentence ("Some claims, she said,
 * amounted to …"), or the clause before it ("…, officials said"). The content is then direct
 * (only quoted words), mixed (reported words with quoted ones) or indirect (no quote marks).
 */

import type { Doc, QuoteKind } from "../model/doc.js";
import type { Span } from "../model/span.js";
import { POS } from "../text/pos.js";
import { chunkAt, isPos, isPunct, isTimeChunk } from "../text/token-tests.js";
import type { SpeechFrame } from "./quotes-frames.js";
import {
  backwardRange,
  type Forward,
  forwardRange,
  hasFiniteVerb,
  NOMINAL_START,
  type RunIndex,
} from "./quotes-ranges.js";
import type { TokenRun } from "./quotes-runs.js";

/** A quote before it is numbered: its content tokens and the runs it holds. */
export interface QuoteDraft {
  readonly kind: QuoteKind;
  readonly firstToken: number;
  readonly endToken: number;
  /** Indices of the quoted runs it holds. */
  readonly runs: readonly number[];
  readonly speaker: number | null;
  readonly cue: number | null;
  readonly rule: string;
}

/** The quote a frame reports, or null when the frame stands alone ("She said on Tuesday."). */
export function frameQuote(
  doc: Doc,
  frame: SpeechFrame,
  frames: readonly SpeechFrame[],
  index: RunIndex,
): QuoteDraft | null {
  const back = backwardRange(doc, frame, frames, index);
  const fwd = forwardRange(doc, frame, frames, index);
  const draft = (range: Span, how: string) => classify(doc, range, index, frame, how);
  const backPure = back !== null && isPureRun(doc, back, index);
  if (backPure && fwd !== null && fwd.separator === "," && isPureRun(doc, fwd, index)) {
    return draft({ start: back.start, end: fwd.end }, "interrupted");
  }
  if (backPure) return draft(back, "after-frame");
  if (fwd?.statement && isPureRun(doc, fwd, index)) return draft(fwd, "before-frame");
  const backIsClause = back !== null && opensClause(doc, back, index);
  if (back !== null && isIncomplete(doc, back) && continuesClause(doc, fwd)) {
    if (frame.form !== "participle" && backIsClause) {
      return draft({ start: back.start, end: fwd.end }, "parenthetical");
    }
  }
  if (fwd?.statement && (fwd.separator !== "," || !backIsClause)) return draft(fwd, "forward");
  if (back !== null && backIsClause) return draft(back, "backward");
  return null;
}

/** True when the range is quoted words only (its words all lie inside quote marks). */
function isPureRun(doc: Doc, range: Span, index: RunIndex): boolean {
  let quoted = false;
  for (let i = range.start; i < range.end; i++) {
    if ((index.runOf[i] ?? -1) >= 0) quoted = true;
    else if (!isPunct(doc, i)) return false;
  }
  return quoted;
}

/**
 * The words before an interrupting frame leave their sentence unfinished: a subject with no
 * verb yet ("Some of the claims, she said, …") or a subordinate clause ("If Ukraine joined
 * NATO, Putin said, …"). A complete clause before it ends there ("…, the envoy said, hours
 * before the deadline").
 */
function isIncomplete(doc: Doc, back: Span): boolean {
  return isPos(doc, back.start, POS.SCONJ) || !hasFiniteVerb(doc, back);
}

/** After an interrupting frame, the sentence goes on with its verb or subject, not "as …". */
function continuesClause(doc: Doc, fwd: Forward | null): fwd is Forward {
  if (fwd === null || fwd.separator !== "," || !hasFiniteVerb(doc, fwd)) return false;
  return !isPos(doc, fwd.start, POS.SCONJ) && !isPos(doc, fwd.start, POS.ADP);
}

/**
 * Whether the words before an interrupting frame start a statement ("Some of the claims, she
 * said, …", "If Ukraine joined NATO, Putin said, …") rather than set a scene ("On Tuesday,
 * Anand said, …", "Separately, officials said …").
 */
function opensClause(doc: Doc, range: Span, index: RunIndex): boolean {
  if (hasFiniteVerb(doc, range) || (index.runOf[range.start] ?? -1) >= 0) return true;
  const chunk = chunkAt(doc, range.start);
  if (chunk >= 0) return !isTimeChunk(doc, chunk);
  return NOMINAL_START.some((pos) => isPos(doc, range.start, pos));
}

/** Widens the range over the runs it touches and names its kind by what lies outside them. */
function classify(
  doc: Doc,
  range: Span,
  index: RunIndex,
  frame: SpeechFrame,
  how: string,
): QuoteDraft {
  let start = range.start;
  let end = range.end;
  const runs: number[] = [];
  // Every run the range touches has a token in it; widening over a run never reaches another.
  for (let i = range.start; i < range.end; i++) {
    const r = index.runs[index.runOf[i] ?? -1];
    if (r === undefined || runs.at(-1) === r.index) continue;
    runs.push(r.index);
    start = Math.min(start, r.openToken);
    end = Math.max(end, (r.closeToken ?? r.endToken - 1) + 1);
  }
  const widened = { start, end };
  // An interrupted quote holds its frame between its runs, and is direct all the same.
  const kind: QuoteKind =
    runs.length === 0
      ? "indirect"
      : how === "interrupted" || isPureRun(doc, widened, index)
        ? "direct"
        : "mixed";
  const tokens = kind === "direct" ? runTokens(index, runs) : { firstToken: start, endToken: end };
  return {
    kind,
    ...tokens,
    runs,
    speaker: frame.speaker,
    cue: frame.cue,
    rule: `quotes/${kind}#${how}`,
  };
}

/** A direct quote covers its runs' words, not their marks. */
export function runTokens(index: RunIndex, runs: readonly number[]) {
  const first = index.runs[runs[0] as number] as TokenRun;
  const last = index.runs[runs.at(-1) as number] as TokenRun;
  return { firstToken: first.firstToken, endToken: last.endToken };
}
