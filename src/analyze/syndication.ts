/**
 * Syndicated copies: one wire story printed by several outlets, word for word, with a new
 * dateline or closing line, or cut short. Such copies are one source, not several, when a
 * story cluster counts its sources. Texts are compared by their sets of three-word shingles:
 * a copy shares nearly all the shingles of the shorter text. A store finds candidate copies
 * through a small sketch (the few smallest shingle hashes, which copies almost always share)
 * and confirms each with the exact comparison.
 */

import { hashShingles, shingleWords } from "../text/shingles.js";

/** Sketch size: more values find more cut-down copies, at the cost of index rows. */
export const SKETCH_SIZE = 8;
/** Share of the shorter text's shingles a copy must contain. */
export const COPY_CONTAINMENT = 0.8;

/** Hashes (31-bit, so every SQL integer column holds them) of the text's word shingles. */
export function shingleHashes(text: string): Set<number> {
  return hashShingles(shingleWords(text));
}

/** The `SKETCH_SIZE` smallest shingle hashes, ascending. */
export function sketch(shingles: ReadonlySet<number>): number[] {
  return [...shingles].sort((a, b) => a - b).slice(0, SKETCH_SIZE);
}

/** Share of the smaller set's shingles that the other set also has (0 when either is empty). */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const hash of small) if (large.has(hash)) shared++;
  return shared / small.size;
}

export function isSyndicatedCopy(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  return containment(a, b) >= COPY_CONTAINMENT;
}
