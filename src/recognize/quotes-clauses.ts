/**
 * Look-ups the quote recogniser makes again and again — the clause of a verb group, the clauses
 * of a sentence — built once per document so that a long article costs time in proportion to
 * its length. Clauses are stored sentence by sentence, which the per-sentence index relies on.
 */

import type { Clause, Doc } from "../model/doc.js";

interface ClauseIndex {
  /** For each verb group, its clause's index, or -1. */
  readonly ofVerb: Int32Array;
  /** Clauses of sentence `s` are `clauses[first[s]] … clauses[first[s + 1] - 1]`. */
  readonly first: Int32Array;
}

const cache = new WeakMap<readonly Clause[], ClauseIndex>();

function indexOf(doc: Doc): ClauseIndex {
  const cached = cache.get(doc.clauses);
  if (cached !== undefined && cached.ofVerb.length === doc.verbGroups.length) return cached;
  const ofVerb = new Int32Array(doc.verbGroups.length).fill(-1);
  const first = new Int32Array(doc.sentences.length + 1).fill(doc.clauses.length);
  for (let n = doc.clauses.length - 1; n >= 0; n--) {
    const c = doc.clauses[n] as Clause;
    if (c.verb !== null) ofVerb[c.verb] = n;
    first[c.sentence] = n;
  }
  // A sentence with no clause starts where the next one does.
  for (let s = doc.sentences.length - 1; s >= 0; s--) {
    first[s] = Math.min(first[s] as number, first[s + 1] as number);
  }
  const index = { ofVerb, first };
  cache.set(doc.clauses, index);
  return index;
}

/** The clause headed by verb group `group`, if any. */
export function clauseOfVerb(doc: Doc, group: number): Clause | undefined {
  return doc.clauses[indexOf(doc).ofVerb[group] ?? -1];
}

/** The clauses of one sentence, in order. */
export function sentenceClauses(doc: Doc, sentence: number): readonly Clause[] {
  const { first } = indexOf(doc);
  if (sentence < 0 || sentence >= doc.sentences.length) return [];
  return doc.clauses.slice(first[sentence], first[sentence + 1]);
}
