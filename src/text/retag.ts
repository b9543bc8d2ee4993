/**
 * Part-of-speech repairs the event coder depends on. wink-nlp's tagger reads some verbs as
 * nouns in news syntax — "Defense Minister Anita Anand states that …", "leaders began warning of
 * …" — and a verb lost there is an event lost later. Each rule is narrow and names its context.
 */

import { SYNTAX_WORDS, type SyntaxWords } from "../lexicon/syntax-words.js";
import type { Doc } from "../model/doc.js";
import { verbLemma } from "./lemmas.js";
import { POS } from "./pos.js";
import { isCapitalized, isPos, isPunct, isTightHyphen, lemma, lower } from "./token-tests.js";
import { isPastForm } from "./verb-groups.js";

/** Verbs that take a gerund complement ("began warning", "denied planning"). */
const GERUND_TAKERS = new Set([
  "begin",
  "start",
  "continue",
  "stop",
  "keep",
  "resume",
  "finish",
  "avoid",
  "deny",
  "consider",
  "end",
  "quit",
]);

/** Tokens that can open a reported clause right after a speech verb. */
const CLAUSE_OPENERS = new Set([
  "that",
  ":",
  ",",
  '"',
  "the",
  "a",
  "an",
  "it",
  "he",
  "she",
  "they",
  "we",
]);

export function retagVerbs(doc: Doc, words: SyntaxWords = SYNTAX_WORDS): void {
  const { tokens } = doc;
  const pos = tokens.pos;
  for (const sentence of doc.sentences) {
    let verbSeen = false;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const word = lower(doc, i);
      const isVerb = isPos(doc, i, POS.VERB) || isPos(doc, i, POS.AUX);
      if (isVerb && (isHyphenatedModifier(doc, i) || isParticipleModifier(doc, i, words))) {
        // "a cease-fire", "the test-fired missile": the first part of a hyphenated word.
        pos[i] = POS.ADJ;
        continue;
      }
      if (isVerb && isAttackGerund(doc, i, words)) {
        // "in Israeli tank shelling", "after the bombing": the name of an attack, a noun.
        pos[i] = POS.NOUN;
        tokens.lemma[i] = word;
        continue;
      }
      if (isVerb && isNounObjectOfVerb(doc, i)) {
        // "expressed hope that …", "voiced concern": a base form right after a main verb.
        pos[i] = POS.NOUN;
        continue;
      }
      if (
        isVerb &&
        (isNounAfterDeterminer(doc, i, words) ||
          isNounBeforeRelative(doc, i, words) ||
          isNounModifier(doc, i))
      ) {
        // "paid his respects", "conceded to demands": a plural noun, not a verb.
        pos[i] = POS.NOUN;
        continue;
      }
      if (isVerb) {
        const fixed = words.verbLemmaFixes.get(word);
        if (fixed !== undefined) tokens.lemma[i] = fixed;
        verbSeen = true;
        continue;
      }
      if (isHeadAdjective(doc, i, words)) {
        // "The military said", "the EU's foreign policy chief met": the word ends its phrase,
        // so it is the phrase's head, a noun.
        pos[i] = POS.NOUN;
        continue;
      }
      if (isPos(doc, i, POS.ADP) && isInHyphenatedWord(doc, i)) {
        // "near-daily attacks", "house-to-house searches": a preposition inside a hyphenated
        // word modifies the noun after it; it opens no phrase.
        pos[i] = POS.ADJ;
        continue;
      }
      if (i === sentence.firstToken || isCapitalized(doc, i)) continue;
      if (COMPASS_POINTS.has(word) && isPos(doc, i - 1, POS.DET) && lower(doc, i + 1) === "of") {
        // "in the east of the Gaza Strip": a part of a place, named by a noun phrase.
        pos[i] = POS.NOUN;
        continue;
      }
      if (ALERT_STATES.has(word) && isAfterOn(doc, i)) {
        // "on (high) alert", "on standby": a state, named by a noun phrase.
        pos[i] = POS.NOUN;
        if (lower(doc, i - 1) !== "on") pos[i - 1] = POS.ADJ;
        continue;
      }
      if (
        isAdjectiveAfterModal(doc, i, words) ||
        isProgressive(doc, i) ||
        isParticipleAfterBeing(doc, i)
      ) {
        // "would free the prisoners": after a modal only a verb can stand.
        retagAsVerb(doc, i, words);
        verbSeen = true;
        continue;
      }
      const noun = isPos(doc, i, POS.NOUN);
      if (noun && !verbSeen && isHeadlineSubjectNoun(doc, i, sentence.firstToken, words)) {
        // "Syrian forces clash with rioters": the plural is the subject's head, the base form
        // after it the verb.
        retagAsVerb(doc, i + 1, words);
        verbSeen = true;
        i++;
        continue;
      }
      if (
        (noun && isSpeechVerbAfterName(doc, i, sentence.endToken, words)) ||
        (noun && isGerundComplement(doc, i)) ||
        (noun && isVerbAfterName(doc, i, sentence.endToken, verbSeen)) ||
        (noun && !verbSeen && isHeadlineCall(doc, i, sentence.firstToken)) ||
        (noun && isVerbAfterRelative(doc, i, sentence.endToken, words)) ||
        (!verbSeen && isVerbBeforeObject(doc, i, sentence.endToken))
      ) {
        retagAsVerb(doc, i, words);
        verbSeen = true;
      }
    }
  }
}

/** Tags token `i` a verb with its verb lemma: the noun lemma of "warning" is "warning", the verb's "warn". */
function retagAsVerb(doc: Doc, i: number, words: SyntaxWords): void {
  const word = lower(doc, i);
  doc.tokens.pos[i] = POS.VERB;
  doc.tokens.lemma[i] = words.verbLemmaFixes.get(word) ?? verbLemma(word);
}

/** Tags that continue a noun phrase after a word: a phrase's head comes last. */
const PHRASE_CONTINUES = [POS.NOUN, POS.PROPN, POS.ADJ, POS.NUM];
/** Tags a phrase's head may follow: a determiner, a possessive, a modifier or a number. */
const HEAD_FOLLOWS = [POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.PART];

/**
 * A word for people tagged as an adjective that ends the phrase it stands in: "the military
 * said", "a militant was killed", "the army's chief of staff". Before a noun ("the military
 * operation") or a coordinated adjective ("a military and political solution") it stays one.
 */
function isHeadAdjective(doc: Doc, i: number, words: SyntaxWords): boolean {
  if (!isPos(doc, i, POS.ADJ) || !words.headAdjectives.has(lower(doc, i))) return false;
  const sentence = doc.sentences[doc.tokens.sentence[i] as number];
  if (sentence === undefined || i === sentence.firstToken) return false;
  const before = i - 1;
  const afterPhrase =
    HEAD_FOLLOWS.some((tag) => isPos(doc, before, tag)) ||
    words.possessivePronouns.has(lower(doc, before));
  if (!afterPhrase || (isPos(doc, before, POS.PART) && lower(doc, before) !== "'s")) return false;
  const next = i + 1;
  if (next >= sentence.endToken) return true;
  if (PHRASE_CONTINUES.some((tag) => isPos(doc, next, tag))) return false;
  return !(isPos(doc, next, POS.CCONJ) && isPos(doc, next + 1, POS.ADJ));
}

/**
 * "Syrian forces clash with Tunisian rioters", "Israeli jets strike Gaza": in a headline's
 * present tense the tagger reads the verb after the subject's plural as a noun. After a plural
 * with a capitalised modifier, a bare singular noun followed by a preposition, article or name
 * is the verb.
 */
function isHeadlineSubjectNoun(doc: Doc, i: number, first: number, words: SyntaxWords): boolean {
  // Only plurals for people: "Saudi Arabia lifts blockade" has its verb in the "-s" form.
  if (i === first || !words.headlineSubjects.has(lower(doc, i))) return false;
  if (!isCapitalized(doc, i - 1) || !(isPos(doc, i - 1, POS.PROPN) || isPos(doc, i - 1, POS.ADJ)))
    return false;
  const verb = lower(doc, i + 1);
  if (!isPos(doc, i + 1, POS.NOUN) || verb.endsWith("s") || verbLemma(verb) !== verb) return false;
  const after = doc.tokens.pos[i + 2];
  return after === POS.ADP || after === POS.DET || after === POS.PROPN;
}

/** An "-ing" attack noun after a determiner, adjective or noun: "the shelling", "tank shelling". */
function isAttackGerund(doc: Doc, i: number, words: SyntaxWords): boolean {
  const word = lower(doc, i);
  if (i === 0 || !word.endsWith("ing") || !words.attackNouns.has(word)) return false;
  return (
    isPos(doc, i - 1, POS.DET) ||
    isPos(doc, i - 1, POS.ADJ) ||
    isPos(doc, i - 1, POS.NOUN) ||
    isPos(doc, i - 1, POS.PROPN)
  );
}

/**
 * "Troops retook the town", "Rebels beheaded a man": a past form read as a noun or adjective,
 * after a subject and before a determiner or a name, in a sentence with no verb before it.
 */
function isVerbBeforeObject(doc: Doc, i: number, end: number): boolean {
  if (!isPos(doc, i, POS.NOUN) && !isPos(doc, i, POS.ADJ)) return false;
  const word = lower(doc, i);
  if (!word.endsWith("ed") && !IRREGULAR_PAST.has(word)) return false;
  if (
    i + 1 >= end ||
    !(
      isPos(doc, i + 1, POS.DET) ||
      (isPos(doc, i + 1, POS.PRON) && POSSESSIVE.has(lower(doc, i + 1))) ||
      // "The European Union pressured Serbia": a name as the object.
      (isPos(doc, i + 1, POS.PROPN) && isCapitalized(doc, i + 1))
    )
  ) {
    return false;
  }
  const before = i - 1;
  return (
    isPos(doc, before, POS.PROPN) || isPos(doc, before, POS.NOUN) || isPos(doc, before, POS.PRON)
  );
}

/** Directions and parts that name a region of a place: "the east of", "the centre of". */
const COMPASS_POINTS = new Set([
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "centre",
  "center",
]);

/** States troops and police are put "on": "on high alert", "on standby". */
const ALERT_STATES = new Set(["alert", "standby"]);

function isAfterOn(doc: Doc, i: number): boolean {
  if (lower(doc, i - 1) === "on") return true;
  return lower(doc, i - 2) === "on" && (isPos(doc, i - 1, POS.ADJ) || isPos(doc, i - 1, POS.ADV));
}

/** Irregular past forms the tagger misreads. */
const IRREGULAR_PAST = new Set([
  "retook",
  "took",
  "shot",
  "struck",
  "seized",
  "overran",
  "hit",
  "slew",
  "bombed",
]);
const POSSESSIVE = new Set(["its", "their", "his", "her"]);

/** "Anita Anand states that …": a speech-verb noun right after a name and before a clause. */
function isSpeechVerbAfterName(doc: Doc, i: number, end: number, words: SyntaxWords): boolean {
  if (!words.speechVerbs.has(lemma(doc, i)) || i + 1 >= end) return false;
  if (opensRelative(doc, i + 1, words)) return false;
  const before = i - 1;
  const afterName = isPos(doc, before, POS.PROPN) && isCapitalized(doc, before);
  const afterPronoun =
    isPos(doc, before, POS.PRON) && words.personalPronouns.has(lower(doc, before));
  if ((afterName || afterPronoun) && CLAUSE_OPENERS.has(lower(doc, i + 1))) return true;
  // "the ministry states that …": a third-person form after a noun, before "that".
  return (
    isPos(doc, before, POS.NOUN) && lower(doc, i).endsWith("s") && lower(doc, i + 1) === "that"
  );
}

/** Tokens that begin an object noun phrase. */
const OBJECT_STARTS = new Set([POS.DET, POS.PROPN, POS.PRON, POS.NUM]);

/**
 * "if Russia attacks Ukraine": a third-person verb form read as a plural noun, right after a
 * name that is not a possessor and before the start of an object.
 */
function isVerbAfterName(doc: Doc, i: number, end: number, verbSeen: boolean): boolean {
  const word = lower(doc, i);
  if (!word.endsWith("s") || i + 1 >= end) return false;
  // Before an object ("Russia attacks Ukraine"), or before a plural noun in a headline with no
  // other verb ("Japan lifts sanctions on Russia").
  const next = doc.tokens.pos[i + 1] as number;
  const headline = next === POS.NOUN && !verbSeen && !hasVerbAfter(doc, i + 1, end);
  if (!OBJECT_STARTS.has(next) && !headline) return false;
  const before = i - 1;
  if (!isPos(doc, before, POS.PROPN) || !isCapitalized(doc, before)) return false;
  if (before > 0 && (lower(doc, before - 1) === "'s" || isPos(doc, before - 1, POS.ADJ)))
    return false;
  return verbLemma(word) !== word;
}

/** Verbs of calling and warning that headlines put right after their subject. */
const HEADLINE_CALLS = new Set([
  "call",
  "appeal",
  "urge",
  "warn",
  "vow",
  "pledge",
  "demand",
  "ask",
  "condemn",
  "reject",
  "accuse",
  "deny",
]);

/**
 * "China and Russia call on US to lift sanctions", "UN leaders appeal for calm": a verb of
 * calling read as a noun right after the names that open the sentence, before "on", "for" or
 * an object. "a UN appeal for funds" and "Russia's call for talks" stay nouns.
 */
function isHeadlineCall(doc: Doc, i: number, first: number): boolean {
  const word = lower(doc, i);
  if (!HEADLINE_CALLS.has(verbLemma(word)) || i === first) return false;
  const next = doc.tokens.pos[i + 1] as number;
  const nextWord = lower(doc, i + 1);
  if (!OBJECT_STARTS.has(next) && nextWord !== "on" && nextWord !== "for") return false;
  // The words before: capitalised names and "and", from the start of the sentence.
  for (let k = first; k < i; k++) {
    const capitalised =
      isCapitalized(doc, k) && (isPos(doc, k, POS.PROPN) || isPos(doc, k, POS.NOUN));
    if (!capitalised && lower(doc, k) !== "and" && lower(doc, k) !== ",") return false;
  }
  return true;
}

/**
 * "a group that tracks the war", "rebels who controls the town": a third-person "-s" form read as
 * a plural noun right after a relative pronoun and before an object is the relative clause's verb.
 */
function isVerbAfterRelative(doc: Doc, i: number, end: number, words: SyntaxWords): boolean {
  const word = lower(doc, i);
  if (!word.endsWith("s") || word.endsWith("ss") || i === 0 || i + 1 >= end) return false;
  const relative = lower(doc, i - 1);
  if (relative === "whose" || !words.relativePronouns.has(relative)) return false;
  if (!OBJECT_STARTS.has(doc.tokens.pos[i + 1] as number)) return false;
  return verbLemma(word) !== word;
}

/** Verbs that take a bare infinitive ("helped build", "let go"): their next verb stays a verb. */
const BARE_INFINITIVE_TAKERS = new Set([
  "help",
  "let",
  "make",
  "see",
  "hear",
  "watch",
  "have",
  "bid",
  "dare",
  "go",
  "come",
]);

/** A base-form "verb" right after a main verb is its object noun: "expressed hope", "voiced concern". */
function isNounObjectOfVerb(doc: Doc, i: number): boolean {
  if (i === 0 || !isPos(doc, i, POS.VERB) || !isPos(doc, i - 1, POS.VERB)) return false;
  if (BARE_INFINITIVE_TAKERS.has(lemma(doc, i - 1))) return false;
  const word = lower(doc, i);
  return word === lemma(doc, i).toLowerCase() && !word.endsWith("ing");
}

/**
 * "the exiled leaders", "its detained activists": a participle between a determiner and a noun;
 * also right after a main verb ("pledged to expel exiled leaders", "said armed men …"), where a
 * second finite verb cannot stand.
 */
function isParticipleModifier(doc: Doc, i: number, words: SyntaxWords): boolean {
  const word = lower(doc, i);
  if (i === 0 || !(word.endsWith("ed") || ATTRIBUTIVE_ING.has(word))) return false;
  const before = lower(doc, i - 1);
  const afterDeterminer = isPos(doc, i - 1, POS.DET) || words.possessivePronouns.has(before);
  const afterMainVerb = isPos(doc, i - 1, POS.VERB) && !LINKING_VERBS.has(lemma(doc, i - 1));
  if (afterDeterminer) return isPos(doc, i + 1, POS.NOUN) || isPos(doc, i + 1, POS.ADJ);
  // "Libya's internationally recognized government", "the newly elected president": an adverb
  // between a determiner or possessive and the participle does not make it a verb; nor after
  // a main verb ("carried out apparently coordinated attacks").
  if (isPos(doc, i - 1, POS.ADV) && isPos(doc, i + 1, POS.NOUN)) {
    const opener = lower(doc, i - 2);
    if (isPos(doc, i - 2, POS.DET) || opener === "'s" || words.possessivePronouns.has(opener))
      return true;
    if (words.particles.has(opener) && isPos(doc, i - 3, POS.VERB)) return true;
  }
  // "met with exiled dissidents", "the two wounded soldiers": a preposition or a number cannot
  // be a verb's subject, so a participle after one describes the noun that follows.
  if ((isPos(doc, i - 1, POS.ADP) && before !== "by") || isPos(doc, i - 1, POS.NUM))
    return isPos(doc, i + 1, POS.NOUN) && !isPos(doc, i + 2, POS.NOUN);
  return afterMainVerb && isPos(doc, i + 1, POS.NOUN) && !isPos(doc, i + 2, POS.NOUN);
}

/**
 * "-ing" forms news uses as adjectives of degree or standing: "faces mounting pressure", "amid
 * growing tension", "the ruling party". Other "-ing" forms after a verb are its gerund object.
 */
const ATTRIBUTIVE_ING = new Set([
  "mounting",
  "growing",
  "increasing",
  "rising",
  "escalating",
  "worsening",
  "deepening",
  "ongoing",
  "continuing",
  "ruling",
  "upcoming",
  "outgoing",
  "incoming",
]);

/** An adjective right after a modal ("would free", "will not open"), which a verb must follow. */
function isAdjectiveAfterModal(doc: Doc, i: number, words: SyntaxWords): boolean {
  if (i === 0 || !isPos(doc, i, POS.ADJ)) return false;
  let before = i - 1;
  if (NEGATIONS.has(lower(doc, before)) && before > 0) before--;
  const modal = lower(doc, before);
  if (!words.modals.has(modal) && modal !== "will" && modal !== "shall") return false;
  // "would likely be": an adverb the tagger read as an adjective, before the verb itself.
  return !isPos(doc, i + 1, POS.VERB) && !isPos(doc, i + 1, POS.AUX) && !isPos(doc, i + 1, POS.ADJ);
}

/**
 * "warplanes are striking Daesh positions": an "-ing" word read as an adjective after "be"
 * and before an object is the progressive verb ("the results are striking" has no object).
 */
function isProgressive(doc: Doc, i: number): boolean {
  const word = lower(doc, i);
  if (i === 0 || !isPos(doc, i, POS.ADJ) || !word.endsWith("ing")) return false;
  let before = i - 1;
  if (NEGATIONS.has(lower(doc, before)) && before > 0) before--;
  if (!isPos(doc, before, POS.AUX) || lemma(doc, before) !== "be") return false;
  return OBJECT_STARTS.has(doc.tokens.pos[i + 1] as number);
}

/**
 * "Obama is being pressured by Congress", "prisoners were being tortured": a past participle
 * after the auxiliary "being" is the passive verb, though tagged an adjective or a noun
 * ("is being careful" has no past form and stays as it is).
 */
function isParticipleAfterBeing(doc: Doc, i: number): boolean {
  if (i === 0 || lower(doc, i - 1) !== "being" || !isPos(doc, i - 1, POS.AUX)) return false;
  if (!isPos(doc, i, POS.ADJ) && !isPos(doc, i, POS.NOUN)) return false;
  const word = lower(doc, i);
  return /[a-z]ed$/.test(word) && isPastForm(word, verbLemma(word));
}

const NEGATIONS = new Set(["not", "n't", "never"]);

/** Verbs a participle may follow as its auxiliary or complement ("got arrested", "seemed tired"). */
const LINKING_VERBS = new Set(["be", "have", "get", "become", "seem", "remain", "look", "feel"]);

/** Token `i` is one part of a word joined by a hyphen written tight on either side of it. */
function isInHyphenatedWord(doc: Doc, i: number): boolean {
  return isTightHyphen(doc, i + 1) || isTightHyphen(doc, i - 1);
}

/** A verb-tagged word after a determiner and joined by a hyphen to the next word. */
function isHyphenatedModifier(doc: Doc, i: number): boolean {
  return i > 0 && isPos(doc, i - 1, POS.DET) && isTightHyphen(doc, i + 1);
}

function hasVerbAfter(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++)
    if (isPos(doc, k, POS.VERB) || isPos(doc, k, POS.AUX)) return true;
  return false;
}

/**
 * A third-person "-s" form cannot follow a possessive ("his respects") or an infinitive "to"
 * ("to demands"): there it is a plural noun.
 */
function isNounAfterDeterminer(doc: Doc, i: number, words: SyntaxWords): boolean {
  const word = lower(doc, i);
  if (!word.endsWith("s") || word.endsWith("ss") || i === 0 || !isPos(doc, i, POS.VERB))
    return false;
  if (verbLemma(word) === word) return false;
  const before = lower(doc, i - 1);
  return words.possessivePronouns.has(before) || before === "to";
}

/**
 * "the kidnap victims", "the attack helicopters": a base form between an article and a noun
 * names the kind of thing; a verb cannot stand there.
 */
function isNounModifier(doc: Doc, i: number): boolean {
  if (i === 0 || !isPos(doc, i, POS.VERB) || !isPos(doc, i + 1, POS.NOUN)) return false;
  const article = lower(doc, i - 1);
  if (article !== "the" && article !== "a" && article !== "an") return false;
  return lower(doc, i) === lemma(doc, i).toLowerCase();
}

/**
 * "The Baltic states, which were occupied …": an "-s" form followed by a comma and "which" or
 * "who" is a plural noun taking a relative clause; a verb would not stop there.
 */
function isNounBeforeRelative(doc: Doc, i: number, words: SyntaxWords): boolean {
  const word = lower(doc, i);
  return (
    word.endsWith("s") &&
    !word.endsWith("ss") &&
    isPos(doc, i, POS.VERB) &&
    opensRelative(doc, i + 1, words)
  );
}

/** A comma and a relative pronoun other than "that": ", which", ", who". */
function opensRelative(doc: Doc, i: number, words: SyntaxWords): boolean {
  const relative = lower(doc, i + 1);
  return isPunct(doc, i, ",") && relative !== "that" && words.relativePronouns.has(relative);
}

/** "began warning of …": an -ing noun right after a verb that takes a gerund. */
function isGerundComplement(doc: Doc, i: number): boolean {
  const before = i - 1;
  return (
    lower(doc, i).endsWith("ing") &&
    isPos(doc, before, POS.VERB) &&
    GERUND_TAKERS.has(lemma(doc, before))
  );
}
