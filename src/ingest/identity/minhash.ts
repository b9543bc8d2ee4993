/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the share of
 * positions that their shingle sets overlap (Jaccard similarity), so syndicated copies of one
 * wire story — trimmed, re-headlined, with an outlet's own first line — are found as near
 * duplicates without comparing texts. Shingles are the ones the store compares copies by
 * (src/text/shingles.ts), over words folded to plain letters. Written here rather than taken
 * from a package: it is thirty lines, and none of the installed dependencies offers it.
 */

import { hashShingles, shingleWords } from "../../text/shingles.js";

/** Hash functions per signature; the similarity estimate's error is about 1/sqrt(64) = 0.125. */
export const SIGNATURE_SIZE = 64;

export type Signature = Uint32Array;

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// Fixed seeds: signatures must compare across runs and machines, so nothing here is random.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32((i + 1) * 0x9e3779b9));

/** Lowercased words without accents, so "Kyiv" and "KYIV" or "Québec" and "Quebec" agree. */
function foldedWords(text: string): string[] {
  return shingleWords(text.normalize("NFKD").replace(/\p{M}+/gu, ""));
}

/** The MinHash signature of `text`; a text without words has all positions at the maximum. */
export function minhash(text: string): Signature {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of hashShingles(foldedWords(text))) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const value = mix32(shingle ^ (SEEDS[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the two texts' shingle sets, from 0 to 1. */
export function similarity(a: Signature, b: Signature): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    // Two empty texts agree everywhere on the maximum; they are not duplicates of anything.
    if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  }
  return same / SIGNATURE_SIZE;
}
