/**
 * Groups near-duplicate articles: locality-sensitive hashing over MinHash bands finds the
 * candidates, the signature similarity confirms them. Each group is named by the id of its
 * first article — the near-duplicate key — so a store counts one story from N outlets as one
 * source, not N.
 */

import { minhash, SIGNATURE_SIZE, type Signature, similarity } from "./minhash.js";

/** Bands of ROWS signature positions each: pairs above ~0.5 similarity share a band. */
const ROWS = 4;
const BANDS = SIGNATURE_SIZE / ROWS;

/** Similarity from which two articles count as copies of one story. */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Keys of the signature's bands (`b3:9f0c…`): two articles that share any key are candidates.
 * A store can index these to find candidates across runs.
 */
export function bandKeys(signature: Signature): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = `b${band}:`;
    for (let row = 0; row < ROWS; row++) {
      key += (signature[band * ROWS + row] ?? 0).toString(16).padStart(8, "0");
    }
    keys.push(key);
  }
  return keys;
}

export interface NearDuplicateMatch {
  /** The near-duplicate key: the id of the group's first article (this one's, when new). */
  readonly key: string;
  /** Similarity to that first article; 1 for a group's own first article. */
  readonly similarity: number;
}

/** An in-memory index of signatures; add articles in ingestion order. */
export class NearDuplicateIndex {
  private readonly byBand = new Map<string, string[]>();
  private readonly signatures = new Map<string, Signature>();
  private readonly keys = new Map<string, string>();

  constructor(private readonly threshold = DEFAULT_THRESHOLD) {}

  /** Adds `id` (once) and returns its group: the most similar group above the threshold. */
  add(id: string, text: string | Signature): NearDuplicateMatch {
    const known = this.keys.get(id);
    if (known !== undefined) return { key: known, similarity: this.similarityTo(id, known) };
    const signature = typeof text === "string" ? minhash(text) : text;
    const best = this.bestMatch(signature);
    const key = best === undefined ? id : (this.keys.get(best.id) ?? best.id);
    this.signatures.set(id, signature);
    this.keys.set(id, key);
    // Only a group's first article is indexed: later copies are compared with it, not with
    // every member, which keeps a feed of a thousand templated items linear.
    if (key === id) {
      for (const band of bandKeys(signature)) {
        const ids = this.byBand.get(band);
        if (ids === undefined) this.byBand.set(band, [id]);
        else ids.push(id);
      }
    }
    return { key, similarity: key === id ? 1 : this.similarityTo(id, key) };
  }

  private bestMatch(signature: Signature): { id: string; similarity: number } | undefined {
    let best: { id: string; similarity: number } | undefined;
    const seen = new Set<string>();
    for (const band of bandKeys(signature)) {
      for (const candidate of this.byBand.get(band) ?? []) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const other = this.signatures.get(candidate);
        if (other === undefined) continue;
        const score = similarity(signature, other);
        if (score >= this.threshold && (best === undefined || score > best.similarity)) {
          best = { id: candidate, similarity: score };
        }
      }
    }
    return best;
  }

  private similarityTo(id: string, other: string): number {
    const a = this.signatures.get(id);
    const b = this.signatures.get(other);
    return a === undefined || b === undefined ? 0 : similarity(a, b);
  }
}
