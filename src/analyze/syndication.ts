/**
 * Syndicated copies: one wire story printed by several outlets, word for word, with a new
 * dateline or closing line, or cut short. Such copies are one source, not several, when a
 * story cluster counts its sources. Texts are compared by their sets of three-word shingles:
 * a copy shares nearly all the shingles of the shorter text. A store finds candidate copies
 * through a small sketch (the few smallest shingle hashes, which copies almost always share)
 * and confirms each with the exact comparison.
 */

const SHINGLE = 3;
/** Sketch size: more values find more cut-down copies, at the cost of index rows. */
export const SKETCH_SIZE = 8;
/** Share of the shorter text's shingles a copy must contain. */
export const COPY_CONTAINMENT = 0.8;

/** Hashes (31-bit, so every SQL integer column holds them) of the text's word shingles. */
export function shingleHashes(text: string): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  // A text shorter than one shingle is a single shingle of all its words.
  for (let i = 0; i < Math.max(1, words.length - SHINGLE + 1); i++) {
    hashes.add(hash31(words.slice(i, i + SHINGLE).join(" ")));
  }
  return hashes;
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

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so low values are well spread. */
function hash31(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 1;
}
