/**
 * MinHash signatures over word shingles: two texts' signatures agree in about the share of
 * positions that their shingle sets overlap (Jaccard similarity), so syndicated copies of one
 * wire story — trimmed, re-headlined, with an outlet's own first line — are found as near
 * duplicates without comparing texts. Written here rather than taken from a package: it is
 * forty lines, and none of the installed dependencies offers it.
 */

/** Hash functions per signature; the similarity estimate's error is about 1/sqrt(64) = 0.125. */
export const SIGNATURE_SIZE = 64;
/** Words per shingle: three keeps shared phrases, not shared vocabulary. */
const SHINGLE_WORDS = 3;

export type Signature = Uint32Array;

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** FNV-1a over UTF-16 code units; enough to tell shingles apart before mixing. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Fixed seeds: signatures must compare across runs and machines, so nothing here is random.
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix32((i + 1) * 0x9e3779b9));

/** Lowercased words without accents, so "Kyiv" and "KYIV" or "Québec" and "Quebec" agree. */
export function words(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function shingleHashes(text: string): Set<number> {
  const list = words(text);
  const hashes = new Set<number>();
  if (list.length > 0 && list.length < SHINGLE_WORDS) hashes.add(fnv1a(list.join(" ")));
  for (let i = 0; i + SHINGLE_WORDS <= list.length; i++) {
    hashes.add(fnv1a(list.slice(i, i + SHINGLE_WORDS).join(" ")));
  }
  return hashes;
}

/** The MinHash signature of `text`; a text without words has all positions at the maximum. */
export function minhash(text: string): Signature {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const shingle of shingleHashes(text)) {
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

/** The signature as a compact string (base64 of its bytes), for storage. */
export function encodeSignature(signature: Signature): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString(
    "base64",
  );
}

/** The inverse of encodeSignature; undefined when `encoded` is not a signature. */
export function decodeSignature(encoded: string): Signature | undefined {
  const bytes = Buffer.from(encoded, "base64");
  if (bytes.length !== SIGNATURE_SIZE * 4) return undefined;
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer);
}
