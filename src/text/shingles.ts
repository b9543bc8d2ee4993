/**
 * Word shingles: every run of three consecutive words of a text, each hashed to a 31-bit
 * number. The one definition of "shingle" that finding syndicated copies (the store) and
 * MinHash near-duplicates (ingestion) share. The store keeps these hashes in its sketches, so
 * changing the hash, the word pattern or the shingle size changes which stored articles a new
 * one is found to copy: don't, without a migration that recomputes them.
 */

/** Words per shingle: three keeps shared phrases, not shared vocabulary. */
export const SHINGLE_WORDS = 3;

/** The lowercased runs of letters and digits of `text`: punctuation and spacing never count. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Hashes of the word shingles; a text shorter than one shingle is one shingle of all its words. */
export function hashShingles(words: readonly string[]): Set<number> {
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  for (let i = 0; i < Math.max(1, words.length - SHINGLE_WORDS + 1); i++) {
    hashes.add(hash31(words.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  return hashes;
}

/**
 * FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so low values are well spread
 * (sketches keep the smallest); 31 bits, so every SQL integer column holds them.
 */
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
