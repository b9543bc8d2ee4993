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
import { kindId, posId } from "./pos.js";

/**
 * wink-nlp's pipe without sentiment and custom entities, which the coder does not use; named
 * entities stay because quantities and times build on them later.
 */
const WINK_PIPE = ["sbd", "negation", "pos", "ner"];

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
  const spaces = items.out(its.precedingSpaces) as string[];
  const posTags = items.out(its.pos) as string[];
  const types = items.out(its.type) as string[];
  // wink-nlp types its.lemma with a signature its own `out` does not accept; the call is valid.
  const lemmas = items.out(its.lemma as Parameters<typeof items.out>[0]) as string[];
  const normals = items.out(its.normal) as string[];
  const n = values.length;

  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const pos = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const norm = normalized.text;
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as string;
    cursor += (spaces[i] as string).length;
    // wink-nlp rebuilds its input exactly; the search is a guard should a future version not.
    if (!norm.startsWith(value, cursor)) {
      const found = norm.indexOf(value, cursor);
      if (found >= 0) cursor = found;
    }
    const span = toOriginalSpan(normalized, cursor, cursor + value.length);
    start[i] = span.start;
    end[i] = span.end;
    cursor += value.length;
    pos[i] = posId(posTags[i] as string);
    kind[i] = kindId(types[i] as string);
  }

  const sentenceOf = new Int32Array(n);
  const sentences = splitSentences(
    wdoc.sentences().out(its.span) as unknown as [number, number][],
    spaces,
    start,
    end,
  );
  for (const s of sentences) sentenceOf.fill(s.index, s.firstToken, s.endToken);

  return {
    tokens: {
      length: n,
      start,
      end,
      pos,
      kind,
      lower: normals,
      lemma: lemmas.map((lemma, i) => (lemma === "" ? (normals[i] as string) : lemma)),
      sentence: sentenceOf,
    },
    sentences,
  };
}

/**
 * wink-nlp's sentences, split again at blank lines: a headline or dateline without final
 * punctuation is its own sentence, not the start of the next paragraph's first sentence.
 */
function splitSentences(
  winkSpans: readonly [number, number][],
  spaces: readonly string[],
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
  for (const [first, last] of winkSpans) {
    let from = first;
    for (let i = first + 1; i <= last; i++) {
      if (isParagraphBreak(spaces[i] as string)) {
        push(from, i - 1);
        from = i;
      }
    }
    push(from, last);
  }
  return sentences;
}

function isParagraphBreak(space: string): boolean {
  const first = space.indexOf("\n");
  return first >= 0 && space.indexOf("\n", first + 1) >= 0;
}
