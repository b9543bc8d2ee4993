/**
 * Clause arguments: the object, prepositional objects and passive "by" agent found in the words
 * after each clause's verb, up to where the next clause begins; then the fix-ups that depend on
 * them — a reported clause's subject is not its speech verb's object, and after verbs of object
 * control ("urged Russia to withdraw") the infinitive's subject is the governing verb's object.
 */

import type { SyntaxWords } from "../lexicon/syntax-words.js";
import type { Chunk, Clause, Doc, PrepObject, VerbGroup } from "../model/doc.js";
import { POS } from "./pos.js";
import { chunkAt, isPos, isPunct, isTimeChunk, lower } from "./token-tests.js";

/** Words for a part of what an "of" phrase names: "some of the peacekeepers". */
const PARTITIVES = new Set([
  "some",
  "many",
  "most",
  "several",
  "all",
  "few",
  "none",
  "each",
  "both",
  "half",
]);

/** A clause while it is being built: its arguments are filled in after its verb is found. */
export type MutableClause = { -readonly [K in keyof Clause]: Clause[K] };

/** The verb group heading a clause. */
export function groupOf(doc: Doc, clause: Clause): VerbGroup | undefined {
  return clause.verb === null ? undefined : doc.verbGroups[clause.verb];
}

/**
 * "Germany urged Russia to withdraw its troops": after verbs of object control the infinitive's
 * subject is the governing verb's object, not its subject.
 */
export function applyObjectControl(doc: Doc, clauses: MutableClause[], words: SyntaxWords): void {
  // Subjects replaced so far, by clause: the infinitives below a controlled one inherited the
  // old subject ("urged them to use the time to agree": "them" agrees, not the one who urged).
  const replaced = new Map<number, number | null>();
  for (const clause of clauses) {
    if (clause.kind !== "nonfinite" || clause.parent === null) continue;
    const parent = clauses.find((c) => c.index === clause.parent);
    if (parent === undefined) continue;
    const group = groupOf(doc, parent);
    if (parent.object != null && group !== undefined && words.objectControl.has(group.lemma)) {
      replaced.set(clause.index, clause.subject);
      clause.subject = parent.object;
      clause.subjectShared = true;
    } else if (
      replaced.has(parent.index) &&
      clause.subjectShared &&
      clause.subject === replaced.get(parent.index)
    ) {
      replaced.set(clause.index, clause.subject);
      clause.subject = parent.subject;
    }
  }
}

/**
 * A reported clause's subject is not its speech verb's object: in "the ministry says soldiers
 * … have been relocated", "soldiers" is what was relocated, not what was said.
 */
export function releaseReportedSubjects(clauses: MutableClause[]): void {
  for (const clause of clauses) {
    if (clause.kind !== "complement" || clause.parent === null || clause.subject === null) continue;
    const parent = clauses.find((c) => c.index === clause.parent);
    if (parent !== undefined && parent.object === clause.subject) parent.object = null;
  }
}

/**
 * Fills object, prepositional objects and agent from the words after the verb, stopping where
 * the next clause begins (its marker, its own subject or its verb).
 */
export function fillArguments(
  doc: Doc,
  clause: MutableClause,
  next: Clause | null,
  sentenceEnd: number,
): void {
  const group = doc.verbGroups[clause.verb as number] as VerbGroup;
  const limit = next === null ? sentenceEnd : (groupOf(doc, next) as VerbGroup).firstToken;
  const stopChunk = next !== null && !next.subjectShared ? next.subject : null;
  const stopToken = next?.marker ?? -1;
  let j = (group.particle ?? group.endToken - 1) + 1;
  const preps: PrepObject[] = [];
  let end = group.endToken;
  while (j < limit && j !== stopToken) {
    const chunk = chunkAt(doc, j);
    if (chunk >= 0) {
      if (chunk === stopChunk) break;
      // "released a member … a year ago": a time phrase is never the object.
      if (
        clause.object === null &&
        preps.length === 0 &&
        group.voice === "active" &&
        !isTimeChunk(doc, chunk)
      ) {
        clause.object = chunk;
      }
      end = endOfConjuncts(doc, chunk);
      j = end;
    } else if (
      isPos(doc, j, POS.ADP) &&
      chunkAt(doc, j + 1) >= 0 &&
      chunkAt(doc, j + 1) !== stopChunk
    ) {
      const objectChunk = chunkAt(doc, j + 1);
      preps.push({ prep: j, chunk: objectChunk });
      if (lower(doc, j) === "by" && group.voice === "passive" && clause.agent === null) {
        clause.agent = objectChunk;
      }
      end = endOfConjuncts(doc, objectChunk);
      j = end;
    } else if (
      clause.object === null &&
      preps.length === 0 &&
      group.voice === "active" &&
      PARTITIVES.has(lower(doc, j)) &&
      lower(doc, j + 1) === "of" &&
      chunkAt(doc, j + 2) >= 0 &&
      chunkAt(doc, j + 2) !== stopChunk
    ) {
      // "expelled some of the UN peacekeepers": the object is what the part is taken from.
      const whole = chunkAt(doc, j + 2);
      clause.object = whole;
      end = endOfConjuncts(doc, whole);
      j = end;
    } else if (
      isPos(doc, j, POS.ADV) ||
      isPos(doc, j, POS.ADJ) ||
      isPunct(doc, j, ",") ||
      isPos(doc, j, POS.PART)
    ) {
      j++;
    } else {
      break;
    }
  }
  clause.preps =
    group.voice === "passive" ? [...subjectPhrases(doc, clause.subject, group), ...preps] : preps;
  clause.endToken = Math.max(clause.endToken, end);
  clause.end = doc.tokens.end[clause.endToken - 1] as number;
}

/**
 * "Evidence against Russia was presented by the US": a passive subject's own phrases belong to
 * the clause as they would after the object of the active verb.
 */
function subjectPhrases(doc: Doc, subject: number | null, group: VerbGroup): PrepObject[] {
  const found: PrepObject[] = [];
  if (subject === null) return found;
  let j = (doc.chunks[subject] as Chunk).endToken;
  while (j + 1 < group.firstToken && isPos(doc, j, POS.ADP) && chunkAt(doc, j + 1) >= 0) {
    const chunk = chunkAt(doc, j + 1);
    found.push({ prep: j, chunk });
    j = (doc.chunks[chunk] as Chunk).endToken;
  }
  return found;
}

/** The token after a chunk and the chunks coordinated with it ("water and supplies"). */
function endOfConjuncts(doc: Doc, chunk: number): number {
  let c = doc.chunks[chunk] as Chunk;
  for (let n = 0; c.conjunct !== null && n < 8; n++) c = doc.chunks[c.conjunct] as Chunk;
  return c.endToken;
}
