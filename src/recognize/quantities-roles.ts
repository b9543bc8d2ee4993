/**
 * What a count counts: the role its noun gives ("deaths", "refugees", "(30) wounded"), else the
 * verb that governs it ("killed 12 people", "12 people were killed", "wounding 30", "12 people
 * died"), else the default of its person noun ("200 soldiers" are troops).
 */

import type { QuantityWords, VerbRole } from "../lexicon/quantity-words.js";
import type { Chunk, Clause, Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isPos, lemma, lower } from "../text/token-tests.js";

/** The counted noun's entry: a role noun, a person noun, or nothing the lists know. */
export interface UnitEntry {
  readonly word: string;
  readonly kind: "role" | "person";
  readonly role: string | null;
}

/** Looks a noun up by its lemma, then by its surface form ("wounded", "children"). */
export function unitEntry(doc: Doc, token: number, words: QuantityWords): UnitEntry | null {
  for (const word of [lemma(doc, token).toLowerCase(), lower(doc, token)]) {
    const role = words.roleNouns.get(word);
    if (role !== undefined) return { word, kind: "role", role };
    const person = words.personNouns.get(word);
    if (person !== undefined) return { word, kind: "person", role: person };
  }
  return null;
}

export interface Governor {
  readonly verb: VerbRole;
  /** "outcome" verbs (killed, arrested) override a person noun's role; "count" verbs fill it. */
  readonly kind: "outcome" | "count";
}

/**
 * The verb whose count this is: the verb just before the number ("wounding 30"), or the verb
 * of the clause it is the object of, or the passive (or intransitive) subject of.
 */
export function governingVerb(
  doc: Doc,
  firstToken: number,
  chunks: readonly number[],
  clauses: readonly Clause[],
  words: QuantityWords,
): Governor | null {
  const before = firstToken - 1;
  if (before >= 0 && (isPos(doc, before, POS.VERB) || /ing$|ed$/.test(lower(doc, before)))) {
    const found = verbRole(doc, before, words);
    if (found !== null) return found;
  }
  const has = (chunk: number | null) => chunk !== null && chunks.includes(chunk);
  for (const clause of clauses) {
    if (clause.verb === null) continue;
    const group = doc.verbGroups[clause.verb];
    if (group === undefined) continue;
    const asObject = has(clause.object);
    const asSubject = has(clause.subject) && !clause.subjectShared;
    if (!asObject && !asSubject) continue;
    const found = verbRole(doc, group.head, words);
    if (found === null) continue;
    if (asObject || group.voice === "passive" || found.verb.activeSubject) return found;
  }
  return verbAfter(doc, chunks, words);
}

/**
 * The verb right after the counted phrase, its "of" phrase and its conjuncts, when the clause
 * split missed it: "18 members of the security forces had been killed", "eight police and
 * national guard officers have been killed".
 */
function verbAfter(doc: Doc, chunks: readonly number[], words: QuantityWords): Governor | null {
  const last = chunks.at(-1);
  if (last === undefined) return null;
  let k = (doc.chunks[last] as Chunk).endToken;
  while (LINKS.has(lower(doc, k)) && (doc.tokenChunk[k + 1] ?? -1) >= 0) {
    k = (doc.chunks[doc.tokenChunk[k + 1] as number] as Chunk).endToken;
  }
  const group = doc.verbGroups[doc.tokenVerbGroup[k] ?? -1];
  if (group === undefined || group.firstToken !== k) return null;
  const found = verbRole(doc, group.head, words);
  return found !== null && (group.voice === "passive" || found.verb.activeSubject) ? found : null;
}

const LINKS = new Set(["of", "and", ","]);

function verbRole(doc: Doc, token: number, words: QuantityWords): Governor | null {
  for (const form of verbForms(doc, token)) {
    const outcome = words.outcomeVerbs.get(form);
    if (outcome !== undefined) return { verb: outcome, kind: "outcome" };
    const count = words.countVerbs.get(form);
    if (count !== undefined) return { verb: count, kind: "count" };
  }
  return null;
}

/** The lemma, and for a token the tagger took for a noun ("wounding"), its stem guesses. */
function verbForms(doc: Doc, token: number): string[] {
  const word = lower(doc, token);
  const forms = [lemma(doc, token).toLowerCase(), word];
  for (const suffix of ["ing", "ed", "d"]) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const stem = word.slice(0, -suffix.length);
    forms.push(stem, `${stem}e`);
    // "kidnapped" → "kidnap"
    if (stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  }
  return forms;
}

/** The role of a count, from its noun's entry and its governing verb. */
export function roleOf(unit: UnitEntry | null, governor: Governor | null): string | null {
  if (unit?.kind === "role") return unit.role;
  if (governor === null) return unit?.role ?? null;
  if (governor.kind === "outcome") return governor.verb.role;
  return unit?.role ?? governor.verb.role;
}
