/**
 * Verb groups: auxiliaries, negation, inner adverbs and the main verb read as one unit with its
 * tense, aspect, voice, negation, modality and future marking ("has been temporarily
 * relocated", "could not resolve", "is going to withdraw"), and infinitive complements linked
 * to the verb that governs them ("promised to impose", "is willing to withdraw").
 */

import { SYNTAX_WORDS, type SyntaxWords } from "../lexicon/syntax-words.js";
import type { Doc, Sentence, Tense, VerbGroup } from "../model/doc.js";
import { POS } from "./pos.js";
import { chunkAt, isPos, lemma, lower } from "./token-tests.js";

const NEGATIONS = new Set(["not", "n't", "never", "no"]);
const PAST_AUX = new Set(["was", "were", "had", "did", "'d"]);
/** Participles that work as prepositions and head no clause of their own. */
const PREPOSITIONAL = new Set([
  "including",
  "according",
  "following",
  "regarding",
  "concerning",
  "excluding",
  "notwithstanding",
  "pending",
  "given",
  "amid",
]);
/** Verbs whose past participle is their base form. */
const SAME_FORM_PARTICIPLES = new Set([
  "put",
  "cut",
  "set",
  "hit",
  "let",
  "shut",
  "spread",
  "cost",
  "hurt",
  "quit",
  "bid",
  "cast",
  "upset",
  "burst",
]);

export function groupVerbs(doc: Doc, words: SyntaxWords = SYNTAX_WORDS): void {
  const groups: VerbGroup[] = [];
  const tokenGroup = new Int32Array(doc.tokens.length).fill(-1);
  for (const sentence of doc.sentences) readSentence(doc, sentence, words, groups, tokenGroup);
  doc.verbGroups = groups;
  doc.tokenVerbGroup = tokenGroup;
}

function readSentence(
  doc: Doc,
  sentence: Sentence,
  words: SyntaxWords,
  groups: VerbGroup[],
  tokenGroup: Int32Array,
): void {
  const end = sentence.endToken;
  let i = sentence.firstToken;
  let previous: VerbGroup | null = null;
  while (i < end) {
    // "not to fight": a negated infinitive starts at its negation.
    const negatedTo = isNegation(doc, i) && isInfinitiveTo(doc, i + 1, end);
    const startsGroup =
      isVerbish(doc, i) ||
      isInfinitiveTo(doc, i, end) ||
      negatedTo ||
      (isNegationOrAdverb(doc, i) && continuesToVerb(doc, i, end));
    if (!startsGroup || chunkAt(doc, i) >= 0 || PREPOSITIONAL.has(lower(doc, i))) {
      i++;
      continue;
    }
    const infinitive = negatedTo || lower(doc, i) === "to";
    let j = negatedTo ? i + 2 : infinitive ? i + 1 : i;
    let head = -1;
    let future = false;
    while (j < end) {
      const word = lower(doc, j);
      // Once a main verb is read, what follows belongs to the next group ("denies | not wanting").
      const mainVerbRead = head >= 0 && isPos(doc, head, POS.VERB);
      if (isPos(doc, j, POS.VERB) || isPos(doc, j, POS.AUX)) {
        if (mainVerbRead) break;
        head = j;
        j++;
      } else if (!mainVerbRead && isNegationOrAdverb(doc, j) && continuesToVerb(doc, j, end)) {
        j++;
      } else if (word === "to" && lower(doc, head) === "going" && isVerbish(doc, j + 1)) {
        future = true; // "is going to withdraw": one group with a future marker.
        j++;
        head = -1;
      } else if (
        word === "about" &&
        lower(doc, j + 1) === "to" &&
        isVerbish(doc, j + 2) &&
        head >= 0 &&
        lemma(doc, head) === "be"
      ) {
        future = true; // "were about to launch": imminent, not yet done.
        j += 2;
        head = -1;
      } else {
        break;
      }
    }
    if (head < 0) {
      i = Math.max(j, i + 1);
      continue;
    }
    const gerund =
      !infinitive && isBareGerund(doc, i, head) && previous !== null && previous.endToken === i;
    const group = describe(
      doc,
      sentence,
      words,
      groups.length,
      i,
      j,
      head,
      infinitive || gerund,
      future,
      !infinitive && sharesPassive(doc, previous, i, head, j),
    );
    groups.push(group);
    tokenGroup.fill(group.index, i, j);
    if (group.nonFinite && previous !== null && governsInfinitive(doc, previous, i)) {
      previous.complement = group.index;
    }
    previous = group;
    i = j;
  }
}

function isNegation(doc: Doc, i: number): boolean {
  const word = lower(doc, i);
  return NEGATIONS.has(word) && word !== "no";
}

function isNegationOrAdverb(doc: Doc, i: number): boolean {
  const word = lower(doc, i);
  return (NEGATIONS.has(word) && word !== "no") || isPos(doc, i, POS.ADV);
}

/** "(denies) not wanting", "(began) warning": an -ing verb with no auxiliary of its own. */
function isBareGerund(doc: Doc, first: number, head: number): boolean {
  if (!lower(doc, head).endsWith("ing")) return false;
  for (let k = first; k < head; k++) if (isPos(doc, k, POS.AUX)) return false;
  return true;
}

function isVerbish(doc: Doc, i: number): boolean {
  return isPos(doc, i, POS.VERB) || isPos(doc, i, POS.AUX);
}

function isInfinitiveTo(doc: Doc, i: number, end: number): boolean {
  if (lower(doc, i) !== "to" || !isPos(doc, i, POS.PART)) return false;
  let k = i + 1;
  while (k < end && (isPos(doc, k, POS.ADV) || NEGATIONS.has(lower(doc, k)))) k++;
  return k < end && isVerbish(doc, k);
}

function continuesToVerb(doc: Doc, j: number, end: number): boolean {
  let k = j;
  while (k < end && (isPos(doc, k, POS.ADV) || NEGATIONS.has(lower(doc, k)))) k++;
  return k < end && isVerbish(doc, k);
}

/** "promised to impose", "is willing to withdraw", "sought to reassure": the infinitive completes the verb. */
function governsInfinitive(doc: Doc, previous: VerbGroup, toToken: number): boolean {
  for (let k = previous.endToken; k < toToken; k++) {
    if (!isPos(doc, k, POS.ADJ) && !isPos(doc, k, POS.ADV)) return false;
  }
  return true;
}

function describe(
  doc: Doc,
  sentence: Sentence,
  words: SyntaxWords,
  index: number,
  first: number,
  endToken: number,
  head: number,
  nonFinite: boolean,
  futureMarker: boolean,
  coordinatedPassive: boolean,
): VerbGroup {
  let negation: number | null = null;
  let modal: string | null = null;
  let future = futureMarker;
  let perfect = false;
  let finite = -1;
  for (let k = first; k < endToken; k++) {
    const word = lower(doc, k);
    if (NEGATIONS.has(word)) negation ??= k;
    if (words.futureMarkers.has(word)) future = true;
    else if (words.modals.has(word)) modal ??= word === "ca" ? "can" : word;
    if (isPos(doc, k, POS.AUX) && lemma(doc, k) === "have" && k < head) perfect = true;
    if (finite < 0 && (isPos(doc, k, POS.AUX) || isPos(doc, k, POS.VERB))) finite = k;
  }
  const headWord = lower(doc, head);
  const headLemma = lemma(doc, head);
  const beforeHead = auxBefore(doc, first, head);
  const passive =
    coordinatedPassive ||
    (beforeHead >= 0 &&
      (lemma(doc, beforeHead) === "be" || lemma(doc, beforeHead) === "get") &&
      headLemma !== "be" &&
      isParticiple(headWord, headLemma));
  const progressive =
    headWord.endsWith("ing") && beforeHead >= 0 && lemma(doc, beforeHead) === "be";
  const particle = findParticle(doc, head, sentence.endToken, words);
  return {
    index,
    sentence: sentence.index,
    firstToken: first,
    endToken,
    start: doc.tokens.start[first] as number,
    end: doc.tokens.end[endToken - 1] as number,
    head,
    lemma: headLemma,
    tense: future ? "future" : tenseOf(doc, finite, nonFinite),
    perfect,
    progressive,
    voice: passive ? "passive" : "active",
    negation,
    modal,
    future,
    nonFinite,
    particle,
    complement: null,
  };
}

/**
 * "was tortured and killed", "were arrested and charged": a bare participle coordinated with a
 * passive verb shares its auxiliary, unless an object of its own follows ("were attacked and
 * killed two men").
 */
function sharesPassive(
  doc: Doc,
  previous: VerbGroup | null,
  first: number,
  head: number,
  endToken: number,
): boolean {
  if (previous === null || previous.voice !== "passive") return false;
  for (let k = first; k < head; k++) if (!isPos(doc, k, POS.ADV)) return false;
  const between = [];
  for (let k = previous.endToken; k < first; k++) between.push(lower(doc, k));
  const joined = between.join(" ");
  if (joined !== "and" && joined !== "or" && joined !== ", and" && joined !== ", or") return false;
  if (!isParticiple(lower(doc, head), lemma(doc, head))) return false;
  return !startsPhrase(doc, endToken);
}

/** A determiner, pronoun, number or noun: the start of an object. */
function startsPhrase(doc: Doc, k: number): boolean {
  return (
    isPos(doc, k, POS.DET) ||
    isPos(doc, k, POS.PRON) ||
    isPos(doc, k, POS.NUM) ||
    isPos(doc, k, POS.NOUN) ||
    isPos(doc, k, POS.PROPN)
  );
}

/** The nearest auxiliary before the head, skipping adverbs and negation. */
function auxBefore(doc: Doc, first: number, head: number): number {
  for (let k = head - 1; k >= first; k--) {
    if (isPos(doc, k, POS.AUX) || isPos(doc, k, POS.VERB)) return k;
  }
  return -1;
}

function tenseOf(doc: Doc, finite: number, nonFinite: boolean): Tense {
  if (nonFinite || finite < 0) return "present";
  const word = lower(doc, finite);
  if (PAST_AUX.has(word)) return "past";
  if (isPos(doc, finite, POS.AUX)) return "present";
  return isPastForm(word, lemma(doc, finite)) ? "past" : "present";
}

/** A verb form that differs from its lemma and is neither -ing nor third-person -s. */
export function isPastForm(word: string, base: string): boolean {
  if (word === base || word.endsWith("ing")) return false;
  if (word === `${base}s` || word === `${base}es`) return false;
  if (base.endsWith("y") && word === `${base.slice(0, -1)}ies`) return false;
  return true;
}

function isParticiple(word: string, base: string): boolean {
  return isPastForm(word, base) || (word === base && SAME_FORM_PARTICIPLES.has(base));
}

function findParticle(doc: Doc, head: number, end: number, words: SyntaxWords): number | null {
  const next = head + 1;
  if (next >= end || !words.particles.has(lower(doc, next))) return null;
  return isPos(doc, next, POS.ADP) || isPos(doc, next, POS.ADV) || isPos(doc, next, POS.PART)
    ? next
    : null;
}
