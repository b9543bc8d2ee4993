/**
 * Words around a clause that set its mode without governing it as a verb does: the noun whose
 * "that" clause it is ("reports that …", "no sign that …"), a copula with an adjective of
 * intention or prediction ("is due to meet", "is expected to speak"), "has yet to".
 */

import type { Clause, Doc, VerbGroup } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { chunkAt, isPos, lemma, lower } from "../text/token-tests.js";
import type { Modality } from "./modality.js";

/**
 * What a "that" clause right after a noun is to that noun: a report ("reports that …"), a
 * conjecture ("fears that …"), or denied by the noun's determiner ("no evidence that …").
 */
export function nounContent(
  doc: Doc,
  clause: Clause,
  modality: Modality,
): "report" | "conjecture" | "negated" | null {
  if (
    clause.kind !== "complement" ||
    clause.marker === null ||
    lower(doc, clause.marker) !== "that"
  )
    return null;
  const noun = clause.marker - 1;
  if (noun < 0 || !isPos(doc, noun, POS.NOUN)) return null;
  const word = lemma(doc, noun);
  const report = modality.reportingNouns.has(word);
  if (!report && !modality.conjecturingNouns.has(word)) return null;
  const phrase = doc.chunks[chunkAt(doc, noun)];
  // "claiming without evidence that …": the clause is the verb's, the noun only qualifies it.
  if (phrase !== undefined && lower(doc, phrase.firstToken - 1) === "without") return null;
  if (phrase !== undefined) {
    for (let t = phrase.firstToken; t < noun; t++) {
      if (modality.negatingDeterminers.has(lower(doc, t))) return "negated";
    }
  }
  return report ? "report" : "conjecture";
}

/** "has yet to", "is yet to": a form of have or be followed by a pending adverb. */
export function isPending(doc: Doc, group: VerbGroup, modality: Modality): boolean {
  if (group.lemma !== "have" && group.lemma !== "be") return false;
  return (
    group.endToken < doc.tokens.length && modality.pendingAdverbs.has(lower(doc, group.endToken))
  );
}

/**
 * "Pakistan is willing to withdraw": a copula with an adjective of intention, also when the
 * adjective is a participle read as a passive ("was still determined to mend ties").
 */
export function isIntendingCopula(doc: Doc, group: VerbGroup, modality: Modality): boolean {
  return isCopulaWith(doc, group, modality.intendingAdjectives);
}

/** A copula followed by one of `adjectives`, or a passive participle among them ("is expected"). */
export function isCopulaWith(doc: Doc, group: VerbGroup, adjectives: ReadonlySet<string>): boolean {
  if (group.voice === "passive" && adjectives.has(lower(doc, group.head))) return true;
  if (group.lemma !== "be") return false;
  const next = group.endToken;
  return next < doc.tokens.length && adjectives.has(lower(doc, next));
}

/**
 * "did not say how many", "has not commented": a saying verb negated in the past or perfect,
 * with no modal, tells what a statement left out, not that anyone declined to speak. Declining
 * is said by a governing verb ("declined to comment"), by "would not" ("would not say where"),
 * or by a present policy ("does not reveal where").
 */
export function isMereOmission(group: VerbGroup): boolean {
  if (group.negation === null || group.modal !== null || group.future) return false;
  return group.tense === "past" || group.perfect;
}
