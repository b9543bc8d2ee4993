/**
 * Matches one clause against the verb patterns: the verb's lemma (and particle) picks the
 * candidates; the object condition and required phrases filter them; the most specific wins.
 * Passive clauses swap roles: the grammatical subject is the object, the "by" agent the source.
 */

import { SYNTAX_WORDS } from "../lexicon/syntax-words.js";
import type { Chunk, Clause, Doc, Mention, VerbGroup } from "../model/doc.js";
import { crudeSingular, nounLemma } from "../text/lemmas.js";
import { POS } from "../text/pos.js";
import { isPos, isTimeChunk, lemma, lower } from "../text/token-tests.js";
import type { IndexedPattern, PatternIndex } from "./pattern-index.js";
import type { ObjectSpec } from "./pattern-schema.js";

export interface ClauseMatch {
  readonly pattern: IndexedPattern;
  /** Chunk playing the source role (subject, or "by" agent of a passive). */
  readonly sourceChunk: number | null;
  /** True when the source is where a passive attack came from ("fired from Gaza"): a place acts. */
  readonly sourceIsOrigin: boolean;
  /** Chunk playing the object role (object, or subject of a passive). */
  readonly objectChunk: number | null;
}

/**
 * @param negated whether the clause's verb is negated, by itself ("does not reveal") or by the
 * verb that governs it ("declined to comment"); negative-polarity patterns need it.
 */
export function matchClause(
  doc: Doc,
  clause: Clause,
  index: PatternIndex,
  negated: boolean,
): ClauseMatch | null {
  const candidates = candidatePatterns(doc, clause, index);
  if (candidates.length === 0) return null;
  const group = doc.verbGroups[clause.verb as number] as VerbGroup;
  const passive = group.voice === "passive";
  const origin = passive && clause.agent === null ? originPhrase(doc, clause, group) : null;
  const sourceChunk = throughQuantity(
    doc,
    passive
      ? (clause.agent ?? attackerPhrase(doc, clause) ?? origin)
      : (attackAuthor(doc, clause.subject) ?? clause.subject),
  );
  const objectChunk = throughQuantity(doc, passive ? clause.subject : clause.object);
  let best: IndexedPattern | null = null;
  for (const candidate of candidates) {
    const { pattern } = candidate;
    if (pattern.polarity === "negative" && !negated) continue;
    if (pattern.object !== undefined && !someConjunctFits(doc, objectChunk, pattern.object))
      continue;
    if (pattern.noObject === true && objectChunk !== null) continue;
    if (pattern.predicate !== undefined && !pattern.predicate.includes(predicateOf(doc, group)))
      continue;
    if (pattern.complement === true && !governsClause(doc, clause)) continue;
    if (
      pattern.complementModal !== undefined &&
      !governsModalClause(doc, clause, pattern.complementModal)
    )
      continue;
    if (pattern.benignComplement === true && governsHostileAct(doc, clause, index)) continue;
    if (pattern.source !== undefined && !objectFits(doc, sourceChunk, pattern.source)) continue;
    if (pattern.phrases !== undefined && !phrasesFit(doc, clause, pattern.phrases)) continue;
    if (pattern.requires !== undefined && !pattern.requires.every((p) => hasPrep(doc, clause, p)))
      continue;
    if (best === null || candidate.specificity > best.specificity) best = candidate;
  }
  return best === null
    ? null
    : { pattern: best, sourceChunk, objectChunk, sourceIsOrigin: sourceChunk === origin };
}

/**
 * The patterns of the clause's verb, most often none: patterns naming its particle first; the
 * verb's own patterns still apply, so a pattern whose sense a particle would change ("roll
 * out", "cut off") needs an object condition.
 */
export function candidatePatterns(
  doc: Doc,
  clause: Clause,
  index: PatternIndex,
): readonly IndexedPattern[] {
  if (clause.verb === null) return NONE;
  const group = doc.verbGroups[clause.verb] as VerbGroup;
  const own = index.byVerb.get(group.lemma) ?? NONE;
  if (group.particle === null) return own;
  const particled = index.byVerb.get(`${group.lemma} ${lower(doc, group.particle)}`) ?? NONE;
  return particled.length === 0 ? own : [...particled, ...own];
}

const NONE: readonly IndexedPattern[] = [];

/**
 * "A mortar bomb was fired at Israel from the Gaza Strip": with no "by" agent, the place a
 * weapon was fired from is the side that fired it.
 */
function originPhrase(doc: Doc, clause: Clause, group: VerbGroup): number | null {
  if (!SYNTAX_WORDS.launchVerbs.has(group.lemma)) return null;
  const from = clause.preps.find((p) => lower(doc, p.prep) === "from");
  return from === undefined || (doc.chunkMention[from.chunk] ?? -1) < 0 ? null : from.chunk;
}

/**
 * "Four children were killed in Israeli tank shelling": with no "by" agent, an attack phrase
 * after "in" or "during" that names an actor says who did it.
 */
function attackerPhrase(doc: Doc, clause: Clause): number | null {
  for (const { prep, chunk } of clause.preps) {
    const word = lower(doc, prep);
    if (word !== "in" && word !== "during") continue;
    const c = doc.chunks[chunk] as Chunk;
    if (
      SYNTAX_WORDS.attackNouns.has(lemma(doc, c.head).toLowerCase()) &&
      (doc.chunkMention[chunk] ?? -1) >= 0
    )
      return chunk;
  }
  return null;
}

/**
 * "A car bombing by the Islamic State group killed 75 people": an attack named as the subject
 * acts for the author its "by" phrase names.
 */
function attackAuthor(doc: Doc, subject: number | null): number | null {
  if (subject === null || mentionOf(doc, subject) !== undefined) return null;
  const c = doc.chunks[subject] as Chunk;
  if (!SYNTAX_WORDS.attackNouns.has(lemma(doc, c.head).toLowerCase())) return null;
  if (lower(doc, c.endToken) !== "by") return null;
  const author = doc.tokenChunk[c.endToken + 1] ?? -1;
  return author >= 0 && mentionOf(doc, author) !== undefined ? author : null;
}

/** The adjective right after a copula, skipping adverbs ("is deeply concerned" → "concerned"). */
function predicateOf(doc: Doc, group: VerbGroup): string {
  let k = group.endToken;
  while (k < doc.tokens.length && isPos(doc, k, POS.ADV)) k++;
  return k < doc.tokens.length && (isPos(doc, k, POS.ADJ) || isPos(doc, k, POS.VERB))
    ? lower(doc, k)
    : "";
}

/** Whether a non-finite or complement clause hangs off this clause ("agreed to withdraw"). */
function governsClause(doc: Doc, clause: Clause): boolean {
  for (let k = clause.index + 1; k < doc.clauses.length; k++) {
    const c = doc.clauses[k] as Clause;
    if (c.sentence !== clause.sentence) break;
    if (c.parent === clause.index && (c.kind === "nonfinite" || c.kind === "complement"))
      return true;
  }
  return false;
}

/** Whether a complement with another subject hangs off this clause, its verb under one of `modals`. */
function governsModalClause(doc: Doc, clause: Clause, modals: readonly string[]): boolean {
  for (let k = clause.index + 1; k < doc.clauses.length; k++) {
    const c = doc.clauses[k] as Clause;
    if (c.sentence !== clause.sentence) break;
    if (c.parent !== clause.index || c.kind !== "complement") continue;
    const group = c.verb === null ? undefined : doc.verbGroups[c.verb];
    // "said it must be respected": a passive subject is what is acted on, not who must act.
    if (group === undefined || group.modal === null || group.voice !== "active") continue;
    if (modals.includes(group.modal) && isAnother(doc, c.subject, clause.subject)) return true;
  }
  return false;
}

/** "Kenya's president said Kenya must act": a subject of the speaker's own country is no other. */
function isAnother(doc: Doc, subject: number | null, speaker: number | null): boolean {
  if (subject === null || subject === speaker) return false;
  const possessor = speaker === null ? null : (doc.chunks[speaker] as Chunk).possessor;
  const own =
    speaker === null
      ? undefined
      : (describedMentionOf(doc, speaker) ??
        (possessor === null ? undefined : mentionOf(doc, possessor)));
  const other = describedMentionOf(doc, subject);
  if (own === undefined || other === undefined) return true;
  return own.country === null || own.country !== other.country;
}

/** Roots of hostile acts: disapproval, rejection, threats, protest and force. */
const HOSTILE_ROOT_MIN = "11";

/** Whether a clause this clause governs states a hostile act ("hoped they would be indicted"). */
function governsHostileAct(doc: Doc, clause: Clause, index: PatternIndex): boolean {
  for (let k = clause.index + 1; k < doc.clauses.length; k++) {
    const c = doc.clauses[k] as Clause;
    if (c.sentence !== clause.sentence) break;
    if (c.parent !== clause.index || (c.kind !== "nonfinite" && c.kind !== "complement")) continue;
    const code = matchClause(doc, c, index, false)?.pattern.pattern.code;
    if (code !== undefined && code.slice(0, 2) >= HOSTILE_ROOT_MIN) return true;
  }
  return false;
}

/** Every listed preposition heads a phrase of the clause whose object fits its spec. */
function phrasesFit(
  doc: Doc,
  clause: Clause,
  phrases: Readonly<Record<string, ObjectSpec>>,
): boolean {
  return Object.entries(phrases).every(([prep, spec]) =>
    clause.preps.some((p) => lower(doc, p.prep) === prep && objectFits(doc, p.chunk, spec)),
  );
}

/** Heads that count or group what follows "of": "thousands of protesters", "a group of rebels". */
const QUANTITY_HEADS = new Set([
  "thousand",
  "thousands",
  "hundred",
  "hundreds",
  "dozen",
  "dozens",
  "million",
  "millions",
  "billion",
  "billions",
  "some",
  "many",
  "most",
  "several",
  "few",
  "all",
  "part",
  "half",
  "score",
  "scores",
  "ten",
  "tens",
  "group",
  "number",
  "crowd",
  "band",
  "unit",
  "contingent",
  "delegation",
  "team",
  "convoy",
  "column",
]);

/** "Thousands of protesters rallied": the actor is what the quantity counts. */
export function throughQuantity(doc: Doc, chunkIndex: number | null): number | null {
  if (chunkIndex === null) return null;
  const chunk = doc.chunks[chunkIndex] as Chunk;
  if (!QUANTITY_HEADS.has(lower(doc, chunk.head)) || mentionOf(doc, chunkIndex)?.code)
    return chunkIndex;
  if (lower(doc, chunk.endToken) !== "of") return chunkIndex;
  const counted = doc.tokenChunk[chunk.endToken + 1] ?? -1;
  return counted >= 0 ? counted : chunkIndex;
}

/** Whether the clause has a phrase with this preposition; "on Tuesday" names a time, not a target. */
export function hasPrep(doc: Doc, clause: Clause, prep: string): boolean {
  return clause.preps.some(
    (p) => lower(doc, p.prep) === prep && !isTimePhrase(doc, p.prep, p.chunk),
  );
}

/** Prepositions that set a point in time ("on Tuesday"); "sentenced to six years" is a term. */
const WHEN_PREPS = new Set(["on", "in", "at"]);

/**
 * A phrase that only says when ("on Tuesday", "in March", "on the same day"); "a state of
 * siege Sunday", where the tagger joined a weekday to a noun, still names a thing.
 */
export function isTimePhrase(doc: Doc, prep: number, chunkIndex: number): boolean {
  if (!WHEN_PREPS.has(lower(doc, prep)) || !isTimeChunk(doc, chunkIndex)) return false;
  const chunk = doc.chunks[chunkIndex] as Chunk;
  for (let k = chunk.firstToken; k < chunk.head; k++)
    if (isPos(doc, k, POS.NOUN) || isPos(doc, k, POS.PROPN)) return false;
  return true;
}

/** Whether a chunk fits an object, source or phrase condition of a pattern. */
export function objectFits(doc: Doc, chunkIndex: number | null, spec: ObjectSpec): boolean {
  if (chunkIndex === null) return false;
  const chunk = doc.chunks[chunkIndex] as Chunk;
  const head = lemma(doc, chunk.head).toLowerCase();
  // A capitalised first word ("Sanctions on Iran were …") is read as a name, unlemmatised;
  // a plural the lemmatiser does not know ("homeguards") loses its "s".
  if (
    (spec.heads?.includes(head) ||
      spec.heads?.includes(nounLemma(head)) ||
      spec.heads?.includes(crudeSingular(head))) &&
    (spec.modifiers === undefined || hasModifier(doc, chunk, spec.modifiers))
  )
    return true;
  // "began a new round of joint military exercises", "handed over $4 million worth of medical
  // equipment": a measure's "of" phrase names the thing.
  if (SYNTAX_WORDS.measureNouns.has(head) && lower(doc, chunk.endToken) === "of") {
    const measured = doc.tokenChunk[chunk.endToken + 1] ?? -1;
    if (measured >= 0 && objectFits(doc, measured, spec)) return true;
  }
  const mention = describedMentionOf(doc, chunkIndex);
  if (mention === undefined || mention.code === null) return false;
  if (spec.actor === true) return true;
  return spec.sectors?.some((s) => mention.sectors.includes(s)) ?? false;
}

/** A word of the phrase before its head is one of `modifiers` ("military action"). */
function hasModifier(doc: Doc, chunk: Chunk, modifiers: readonly string[]): boolean {
  for (let k = chunk.firstToken; k < chunk.head; k++)
    if (modifiers.includes(lower(doc, k)) || modifiers.includes(lemma(doc, k).toLowerCase()))
      return true;
  return false;
}

/** "launched air and artillery strikes": a coordinated object fits when one of its parts does. */
function someConjunctFits(doc: Doc, chunkIndex: number | null, spec: ObjectSpec): boolean {
  if (chunkIndex === null) return false;
  if (objectFits(doc, chunkIndex, spec)) return true;
  const next = (doc.chunks[chunkIndex] as Chunk).conjunct;
  return next !== null && conjuncts(doc, next).some((c) => objectFits(doc, c, spec));
}

export function mentionOf(doc: Doc, chunkIndex: number): Mention | undefined {
  const m = doc.chunkMention[chunkIndex] ?? -1;
  return m < 0 ? undefined : doc.mentions[m];
}

/**
 * The chunk's mention, or for a name the dictionaries lack, its appositive's: "Alice Wells, a
 * senior US state department official," is the actor the appositive describes.
 */
export function describedMentionOf(doc: Doc, chunkIndex: number): Mention | undefined {
  const own = mentionOf(doc, chunkIndex);
  if (own !== undefined) return own;
  const { appositive, appositivePrep } = doc.chunks[chunkIndex] as Chunk;
  return appositive === null || appositivePrep !== null ? undefined : mentionOf(doc, appositive);
}

/** The chunk and the chunks coordinated with it ("Canada, Britain and France"). */
export function conjuncts(doc: Doc, chunkIndex: number): number[] {
  const list = [chunkIndex];
  let next = (doc.chunks[chunkIndex] as Chunk).conjunct;
  while (next !== null && list.length < 8 && !list.includes(next)) {
    list.push(next);
    next = (doc.chunks[next] as Chunk).conjunct;
  }
  return list;
}
