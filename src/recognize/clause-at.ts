/**
 * Which clause a phrase belongs to: time expressions and counts take their clause's tense and
 * attach to its events. Clause spans need not cover a sentence (a fronted "On Saturday," lies
 * before the main clause), so a phrase outside every clause goes to the sentence's main clause.
 */

import type { Clause, Doc, TokenRange } from "../model/doc.js";

/** Clauses grouped by sentence, built once per stage run. */
export function clausesBySentence(doc: Doc): Clause[][] {
  const groups: Clause[][] = doc.sentences.map(() => []);
  for (const clause of doc.clauses) groups[clause.sentence]?.push(clause);
  return groups;
}

/** The innermost clause covering token `token` among `clauses`, or null. */
export function innermostClause(clauses: readonly Clause[], token: number): Clause | null {
  let best: Clause | null = null;
  for (const c of clauses) {
    if (c.firstToken > token || token >= c.endToken) continue;
    if (best === null || c.endToken - c.firstToken < best.endToken - best.firstToken) best = c;
  }
  return best;
}

/**
 * The clause a phrase belongs to: the innermost clause covering its first token, else the main
 * clause nearest after it ("On Saturday, Trudeau sought …"), else the nearest before it.
 */
export function clauseOfPhrase(clauses: readonly Clause[], phrase: TokenRange): number | null {
  const covering = innermostClause(clauses, phrase.firstToken);
  if (covering !== null) return covering.index;
  const mains = clauses.filter((c) => c.parent === null);
  const after = mains.find((c) => c.firstToken >= phrase.endToken);
  if (after !== undefined) return after.index;
  const before = mains.filter((c) => c.endToken <= phrase.firstToken).at(-1);
  return before?.index ?? clauses[0]?.index ?? null;
}

/** True when `clause` is `ancestor` or hangs off it, directly or through other clauses. */
export function isWithin(doc: Doc, clause: number, ancestor: number): boolean {
  for (let c: number | null = clause; c !== null; c = doc.clauses[c]?.parent ?? null) {
    if (c === ancestor) return true;
  }
  return false;
}
