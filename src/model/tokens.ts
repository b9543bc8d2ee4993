/**
 * The token table: hot token attributes in flat typed arrays (wink-nlp's lesson), offsets into
 * the original article text, and small accessors so that callers never index arrays by hand.
 */

import { POS_TAGS, type PosTag } from "../text/pos.js";

export interface TokenTable {
  readonly length: number;
  /** `[start, end)` offsets into the original text. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Index into POS_TAGS. */
  readonly pos: Uint8Array;
  /** Lower-cased normalised surface (curly quotes and dashes already plain). */
  readonly lower: readonly string[];
  /**
   * Lemma as wink-nlp gives it (verbs and nouns reduced: "sought" → "seek", "troops" → "troop");
   * writable so that a part-of-speech repair can give a retagged verb its verb lemma.
   */
  readonly lemma: string[];
  /** Index of the sentence each token belongs to. */
  readonly sentence: Int32Array;
}

export function posOf(tokens: TokenTable, i: number): PosTag {
  return POS_TAGS[tokens.pos[i] as number] ?? "X";
}

export function lowerOf(tokens: TokenTable, i: number): string {
  return tokens.lower[i] ?? "";
}

export function lemmaOf(tokens: TokenTable, i: number): string {
  return tokens.lemma[i] ?? "";
}

/** The token's text, sliced from the original document. */
export function surfaceOf(text: string, tokens: TokenTable, i: number): string {
  return text.slice(tokens.start[i], tokens.end[i]);
}
