/**
 * Quoted runs placed on the token table: which tokens are the marks, which are the quoted
 * words, so the frame finder can ask "is this verb inside a quote?" and "does a quote open
 * right here?" in token terms.
 */

import type { Doc } from "../model/doc.js";
import type { Span } from "../model/span.js";
import { findQuotedRuns, type QuotedRun } from "./quotes-marks.js";

export interface TokenRun {
  readonly index: number;
  readonly run: QuotedRun;
  /** From the first quoted word to the last (over every part). */
  readonly span: Span;
  /** The token of the first opening mark. */
  readonly openToken: number;
  /** The token of the last closing mark, or null when the quote is never closed. */
  readonly closeToken: number | null;
  /** The first quoted token and the token after the last one. */
  readonly firstToken: number;
  readonly endToken: number;
}

export function locateRuns(doc: Doc): TokenRun[] {
  const out: TokenRun[] = [];
  for (const run of findQuotedRuns(doc.text)) {
    const first = run.parts[0];
    const last = run.parts.at(-1);
    if (first === undefined || last === undefined) continue;
    const span = { start: first.content.start, end: last.content.end };
    const firstToken = tokenFrom(doc, span.start);
    const endToken = tokenFrom(doc, span.end);
    if (firstToken >= endToken) continue;
    out.push({
      index: out.length,
      run,
      span,
      openToken: tokenFrom(doc, first.openMark),
      closeToken: last.closeMark === null ? null : tokenFrom(doc, last.closeMark),
      firstToken,
      endToken,
    });
  }
  return out;
}

/** The first token that ends after `offset` (the token at or after it). */
export function tokenFrom(doc: Doc, offset: number): number {
  const ends = doc.tokens.end;
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** For each token, the run whose marks enclose it (marks included), or -1. */
export function runOfToken(doc: Doc, runs: readonly TokenRun[]): Int32Array {
  const map = new Int32Array(doc.tokens.length).fill(-1);
  for (const r of runs) {
    const end = r.closeToken === null ? r.endToken : r.closeToken + 1;
    map.fill(r.index, r.openToken, Math.min(end, doc.tokens.length));
  }
  return map;
}
