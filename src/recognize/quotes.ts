/**
 * Quote recognition: finds the quoted runs, the speech frames, and what each frame reports;
 * then gives a speaker to quotes that have no frame of their own — the frame standing alone in
 * the sentence before ("Anand spoke on Tuesday. "…""), the speaker of the quote just before
 * (a quote continued in the next sentence or paragraph), a "Name:" heading, or a frame standing
 * alone in the sentence after. Quoted words with no speaker are kept only when they read as a
 * statement; short ones ("so-called 'peacekeepers'") are scare quotes, not quotes.
 */

import type { Doc, Quote } from "../model/doc.js";
import type { Span } from "../model/span.js";
import { chunkAt, isPunct } from "../text/token-tests.js";
import { frameQuote, type QuoteDraft, runTokens } from "./quotes-content.js";
import { QUOTE_CUES, type QuoteCues } from "./quotes-cues.js";
import { findFrames, type SpeechFrame } from "./quotes-frames.js";
import { hasFiniteVerb, type RunIndex } from "./quotes-ranges.js";
import { locateRuns, runOfToken } from "./quotes-runs.js";

/** Quoted words with no speaker count as a statement from this many words on. */
const STATEMENT_WORDS = 4;

export function recognizeQuotes(doc: Doc, cues: QuoteCues = QUOTE_CUES): void {
  const runs = locateRuns(doc);
  const index: RunIndex = { runs, runOf: runOfToken(doc, runs) };
  const quoted = (t: number) => (index.runOf[t] ?? -1) >= 0;
  const frames = findFrames(doc, quoted, cues);
  const drafts: QuoteDraft[] = [];
  const alone: SpeechFrame[] = [];
  const spoken = new Set<number>(); // runs already given to a direct quote
  for (const frame of frames) {
    const draft = frameQuote(doc, frame, frames, index);
    if (draft === null) {
      if (standsAlone(doc, frame)) alone.push(frame);
      continue;
    }
    const repeated = drafts.some(
      (d) => d.firstToken === draft.firstToken && d.endToken === draft.endToken,
    );
    if (repeated || (draft.kind === "direct" && draft.runs.some((r) => spoken.has(r)))) continue;
    if (draft.kind === "direct") for (const r of draft.runs) spoken.add(r);
    drafts.push(draft);
  }
  const used = new Set(drafts.flatMap((d) => d.runs));
  for (const run of runs) {
    if (used.has(run.index)) continue;
    const draft = lonelyRun(doc, run.index, index, drafts, alone);
    if (draft !== null) drafts.push(draft);
  }
  drafts.sort((a, b) => a.firstToken - b.firstToken || a.endToken - b.endToken);
  doc.quotes = drafts.map((d, i) => toQuote(doc, d, i, index));
}

/** A quoted run no frame claimed: a speaker from its neighbourhood, or none. */
function lonelyRun(
  doc: Doc,
  run: number,
  index: RunIndex,
  drafts: readonly QuoteDraft[],
  alone: SpeechFrame[],
): QuoteDraft | null {
  const r = index.runs[run];
  if (r === undefined) return null;
  const sentence = doc.tokens.sentence[r.openToken] as number;
  const opensSentence = doc.sentences[sentence]?.firstToken === r.openToken;
  const direct = (speaker: number | null, cue: number | null, how: string): QuoteDraft => ({
    kind: "direct",
    ...runTokens(index, [run]),
    runs: [run],
    speaker,
    cue,
    rule: `quotes/direct#${how}`,
  });
  if (opensSentence) {
    const before = alone.findLast((f) => f.sentence === sentence - 1);
    if (before !== undefined) {
      alone.splice(alone.indexOf(before), 1);
      return direct(before.speaker, before.cue, "previous-sentence");
    }
    const previous = drafts
      .filter((d) => d.endToken <= r.openToken && d.speaker !== null)
      .sort((a, b) => a.endToken - b.endToken)
      .at(-1);
    const lastSentence = previous === undefined ? -1 : lastSentenceOf(doc, previous, index);
    if (previous !== undefined && lastSentence === sentence - 1) {
      return direct(previous.speaker, null, "continued");
    }
  }
  const colon = colonSpeaker(doc, r.openToken);
  if (colon !== null) return direct(colon, null, "colon");
  const closeSentence = doc.tokens.sentence[r.closeToken ?? r.endToken - 1] as number;
  const after = alone.find(
    (f) => f.sentence === closeSentence + 1 && f.first === doc.sentences[f.sentence]?.firstToken,
  );
  if (after !== undefined && endsSentence(doc, r.closeToken ?? r.endToken - 1)) {
    alone.splice(alone.indexOf(after), 1);
    return direct(after.speaker, after.cue, "next-sentence");
  }
  return isStatement(doc, { start: r.firstToken, end: r.endToken })
    ? direct(null, null, "unattributed")
    : null;
}

/** The sentence a quote ends in: its closing mark's, for direct quotes. */
function lastSentenceOf(doc: Doc, draft: QuoteDraft, index: RunIndex): number {
  const run = index.runs[draft.runs.at(-1) ?? -1];
  const last = run !== undefined && draft.kind !== "indirect" ? run.closeToken : null;
  return doc.tokens.sentence[last ?? draft.endToken - 1] as number;
}

/**
 * A colon hands the quote over to what stands before it: a name alone ("Putin: "We will
 * respond."") or a clause about its subject ("On NATO, he was categorical: "…"").
 */
function colonSpeaker(doc: Doc, openToken: number): number | null {
  const colon = openToken - 1;
  if (!isPunct(doc, colon, ":")) return null;
  const sentence = doc.sentences[doc.tokens.sentence[openToken] as number];
  if (sentence === undefined) return null;
  const named = doc.chunks[chunkAt(doc, colon - 1)];
  if (named?.firstToken === sentence.firstToken && named.endToken === colon) {
    return named.kind === "name" ? named.index : null;
  }
  const clause = doc.clauses.findLast(
    (c) => c.sentence === sentence.index && c.firstToken < colon && c.subject !== null,
  );
  const subject = clause?.subject ?? null;
  const person = subject === null ? undefined : doc.chunks[subject];
  return person !== undefined && (person.kind === "name" || person.kind === "pronoun")
    ? person.index
    : null;
}

/** "Anand told reporters on Tuesday." — nothing but punctuation follows the frame. */
function standsAlone(doc: Doc, frame: SpeechFrame): boolean {
  return endsSentence(doc, frame.end - 1);
}

/** True when only punctuation follows token `i` in its sentence. */
function endsSentence(doc: Doc, i: number): boolean {
  const sentence = doc.sentences[doc.tokens.sentence[i] as number];
  if (sentence === undefined) return false;
  for (let k = i + 1; k < sentence.endToken; k++) if (!isPunct(doc, k)) return false;
  return true;
}

function isStatement(doc: Doc, range: Span): boolean {
  let words = 0;
  for (let i = range.start; i < range.end; i++) if (!isPunct(doc, i)) words++;
  return words >= STATEMENT_WORDS && hasFiniteVerb(doc, range);
}

function toQuote(doc: Doc, draft: QuoteDraft, index: number, runs: RunIndex): Quote {
  const parts = draft.runs.flatMap((r) => runs.runs[r]?.run.parts.map((p) => p.content) ?? []);
  const span =
    draft.kind === "direct"
      ? { start: (parts[0] as Span).start, end: (parts.at(-1) as Span).end }
      : {
          start: doc.tokens.start[draft.firstToken] as number,
          end: doc.tokens.end[draft.endToken - 1] as number,
        };
  return {
    index,
    ...span,
    kind: draft.kind,
    parts,
    sentence: doc.tokens.sentence[draft.firstToken] as number,
    speaker: draft.speaker,
    cue: draft.cue,
    rule: draft.rule,
  };
}
