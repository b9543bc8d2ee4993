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
import { sentenceClauses } from "./quotes-clauses.js";
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
  const bySentence = groupBySentence(findFrames(doc, quoted, cues));
  const drafts: QuoteDraft[] = [];
  const alone = new Map<number, SpeechFrame[]>();
  const spoken = new Set<number>(); // runs already given to a direct quote
  const seen = new Set<string>();
  for (const [sentence, frames] of bySentence) {
    for (const frame of frames) {
      const draft = frameQuote(doc, frame, frames, index);
      if (draft === null) {
        if (standsAlone(doc, frame)) alone.set(sentence, [...(alone.get(sentence) ?? []), frame]);
        continue;
      }
      const key = `${draft.firstToken}:${draft.endToken}`;
      if (seen.has(key) || (draft.kind === "direct" && draft.runs.some((r) => spoken.has(r)))) {
        continue;
      }
      seen.add(key);
      if (draft.kind === "direct") for (const r of draft.runs) spoken.add(r);
      drafts.push(draft);
    }
  }
  drafts.push(...lonelyRuns(doc, index, drafts, alone));
  drafts.sort((a, b) => a.firstToken - b.firstToken || a.endToken - b.endToken);
  doc.quotes = drafts.map((d, i) => toQuote(doc, d, i, index));
}

function groupBySentence(frames: readonly SpeechFrame[]): Map<number, SpeechFrame[]> {
  const map = new Map<number, SpeechFrame[]>();
  for (const f of frames) map.set(f.sentence, [...(map.get(f.sentence) ?? []), f]);
  return map;
}

/** Speakers for the quoted runs no frame claimed, in text order. */
function lonelyRuns(
  doc: Doc,
  index: RunIndex,
  framed: readonly QuoteDraft[],
  alone: Map<number, SpeechFrame[]>,
): QuoteDraft[] {
  const used = new Set(framed.flatMap((d) => d.runs));
  const spoken = framed.filter((d) => d.speaker !== null).sort((a, b) => a.endToken - b.endToken);
  const out: QuoteDraft[] = [];
  let next = 0;
  let previous: QuoteDraft | undefined;
  for (const run of index.runs) {
    if (used.has(run.index)) continue;
    // The latest quote with a speaker that ends before this one opens.
    for (; next < spoken.length && (spoken[next] as QuoteDraft).endToken <= run.openToken; next++) {
      const d = spoken[next] as QuoteDraft;
      if (previous === undefined || d.endToken >= previous.endToken) previous = d;
    }
    const draft = lonelyRun(doc, run.index, index, previous, alone);
    if (draft === null) continue;
    out.push(draft);
    if (draft.speaker !== null) previous = draft;
  }
  return out;
}

/** A quoted run no frame claimed: a speaker from its neighbourhood, or none. */
function lonelyRun(
  doc: Doc,
  run: number,
  index: RunIndex,
  previous: QuoteDraft | undefined,
  alone: Map<number, SpeechFrame[]>,
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
    const before = alone.get(sentence - 1)?.pop();
    if (before !== undefined) return direct(before.speaker, before.cue, "previous-sentence");
    const lastSentence = previous === undefined ? -1 : lastSentenceOf(doc, previous, index);
    if (previous !== undefined && lastSentence === sentence - 1) {
      return direct(previous.speaker, null, "continued");
    }
  }
  const colon = colonSpeaker(doc, r.openToken);
  if (colon !== null) return direct(colon, null, "colon");
  const last = r.closeToken ?? r.endToken - 1;
  const followers = alone.get((doc.tokens.sentence[last] as number) + 1) ?? [];
  const after = followers.findIndex((f) => f.first === doc.sentences[f.sentence]?.firstToken);
  if (after >= 0 && endsSentence(doc, last)) {
    const [frame] = followers.splice(after, 1) as [SpeechFrame];
    return direct(frame.speaker, frame.cue, "next-sentence");
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
  const clause = sentenceClauses(doc, sentence.index).findLast(
    (c) => c.firstToken < colon && c.subject !== null,
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
