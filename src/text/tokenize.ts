/**
 * Tokens, sentences, POS and lemmas from wink-nlp, mapped back to offsets in the original text.
 * wink-nlp is lossless (preceding spaces + token values rebuild the input), so each token's
 * offset is a running sum; normalisation offsets are then mapped back to the original article.
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import type { Sentence } from "../model/doc.js";
import type { TokenTable } from "../model/tokens.js";
import { type NormalizedText, toOriginalSpan } from "./normalize.js";
import { posId } from "./pos.js";

/**
 * wink-nlp's pipe as far as the coder uses it: sentences and part-of-speech tags. Its negation
 * flags, sentiment and named entities are left out — Harbinger finds negation, times, amounts
 * and names with its own stages — which saves about a third of wink-nlp's time per article.
 */
export const WINK_PIPE = ["sbd", "pos"];

let wink: WinkMethods | null = null;

/** Loads the wink-nlp model once per process or worker (~0.1–0.4 s). */
export function loadWink(): WinkMethods {
  wink ??= winkNLP(model, WINK_PIPE);
  return wink;
}

export interface Tokenized {
  readonly tokens: TokenTable;
  readonly sentences: Sentence[];
}

export function tokenize(normalized: NormalizedText): Tokenized {
  const nlp = loadWink();
  const its = nlp.its;
  const wdoc = nlp.readDoc(normalized.text);
  const items = wdoc.tokens();
  const values = items.out() as string[];
  const posTags = items.out(its.pos) as string[];
  // wink-nlp types its.lemma with a signature its own `out` does not accept; the call is valid.
  const lemmas = items.out(its.lemma as Parameters<typeof items.out>[0]) as string[];
  const normals = items.out(its.normal) as string[];
  const n = values.length;

  // wink-nlp emits line breaks as tokens; they carry no words, so they are dropped here and only
  // remembered as paragraph breaks. `kept[w]` is our index of wink token w, or -1.
  const kept = new Int32Array(n).fill(-1);
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const pos = new Uint8Array(n);
  const lower: string[] = [];
  const lemma: string[] = [];
  const paragraphBefore = new Uint8Array(n + 1);
  const norm = normalized.text;
  let cursor = 0;
  let count = 0;
  let breakPending = false;
  for (let w = 0; w < n; w++) {
    const value = values[w] as string;
    // The spaces before a token are what lies between it and the last: wink-nlp rebuilds its
    // input exactly, so the token starts after the spaces (asking wink-nlp for them costs more).
    const gapStart = cursor;
    while (cursor < norm.length && isGapSpace(norm.charCodeAt(cursor))) cursor++;
    // A guard should a future version not rebuild its input exactly.
    if (!norm.startsWith(value, cursor)) {
      const found = norm.indexOf(value, gapStart);
      if (found >= 0) cursor = found;
    }
    if (hasParagraphBreak(norm, gapStart, cursor)) breakPending = true;
    const from = cursor;
    cursor += value.length;
    if (value.trim() === "") {
      if (hasParagraphBreak(norm, from, cursor)) breakPending = true;
      continue;
    }
    kept[w] = count;
    if (normalized.toOriginal === null) {
      // Most text needs no offset map: skip the span object per token.
      start[count] = from;
      end[count] = from + value.length;
    } else {
      const span = toOriginalSpan(normalized, from, from + value.length);
      start[count] = span.start;
      end[count] = span.end;
    }
    pos[count] = posId(posTags[w] as string);
    lower.push(normals[w] as string);
    lemma.push((lemmas[w] as string) || (normals[w] as string));
    paragraphBefore[count] = breakPending ? 1 : 0;
    breakPending = false;
    count++;
  }

  const sentenceOf = new Int32Array(count);
  const sentences = splitSentences(
    wdoc.sentences().out(its.span) as unknown as [number, number][],
    kept,
    paragraphBefore,
    start,
    end,
  );
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken);

  return {
    tokens: {
      length: count,
      start: start.subarray(0, count),
      end: end.subarray(0, count),
      pos: pos.subarray(0, count),
      lower,
      lemma,
      sentence: sentenceOf,
    },
    sentences,
  };
}

/**
 * wink-nlp's sentences mapped to kept tokens and split again at blank lines: a headline or
 * dateline without final punctuation is its own sentence, not the start of the next paragraph's.
 */
function splitSentences(
  winkSpans: readonly [number, number][],
  kept: Int32Array,
  paragraphBefore: Uint8Array,
  start: Int32Array,
  end: Int32Array,
): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (first: number, last: number) => {
    sentences.push({
      index: sentences.length,
      firstToken: first,
      endToken: last + 1,
      start: start[first] as number,
      end: end[last] as number,
    });
  };
  for (const [winkFirst, winkLast] of winkSpans) {
    let first = -1;
    let last = -1;
    for (let w = winkFirst; w <= winkLast; w++) {
      const k = kept[w] as number;
      if (k < 0) continue;
      if (first < 0) first = k;
      last = k;
    }
    if (first < 0) continue; // a sentence of line breaks only, or empty text
    let from = first;
    for (let i = first + 1; i <= last; i++) {
      if (paragraphBefore[i] === 1) {
        push(from, i - 1);
        from = i;
      }
    }
    push(from, last);
  }
  return sentences;
}

/** The characters wink-nlp counts as spaces before a token (it makes line breaks tokens). */
function isGapSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 0xa0 ||
    (code >= 0x2002 && code <= 0x2005) ||
    code === 0x2009 ||
    code === 0x200a ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Two line breaks or more in `text[from, to)`: the spaces or line-break token between words. */
function hasParagraphBreak(text: string, from: number, to: number): boolean {
  const first = text.indexOf("\n", from);
  if (first < 0 || first >= to) return false;
  const second = text.indexOf("\n", first + 1);
  return second >= 0 && second < to;
}
