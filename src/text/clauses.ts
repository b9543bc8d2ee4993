/**
 * Clause splitting: each verb group heads a clause with its subject, object, prepositional
 * objects and passive "by" agent, and each clause records how it hangs off another one —
 * coordinated ("and moved its staff"), a complement ("said that …", "said they will …"),
 * relative ("soldiers who were …", "missions aimed at …"), adverbial ("after …"), conditional
 * ("if …") or non-finite ("sought to reassure …", "denies wanting …"), whose subject is the
 * governing clause's subject.
 */

import { SYNTAX_WORDS, type SyntaxWords } from "../lexicon/syntax-words.js";
import type { Chunk, Clause, ClauseKind, Doc, Sentence, VerbGroup } from "../model/doc.js";
import {
  applyObjectControl,
  fillArguments,
  groupOf,
  type MutableClause,
  releaseReportedSubjects,
} from "./clause-arguments.js";
import { coordinationParent } from "./coordination.js";
import { POS } from "./pos.js";
import { chunkAt, isPos, isPunct, isTimeChunk, lemma, lower, verbGroupAt } from "./token-tests.js";
import { isPastForm } from "./verb-groups.js";

/** Question words that open an indirect question after a verb ("does not reveal where …"). */
const WH_WORDS = new Set(["where", "how", "what", "why", "when", "who", "whether", "which"]);
const COORDINATORS = new Set(["and", "but", "or", "yet", "nor"]);
/**
 * Relative words that may open a clause with its own subject ("which Ukraine blamed on
 * Russia", "whom Kenya expelled"); "that" may not, as it also opens reported content.
 */
const OBJECT_RELATIVES = new Set(["which", "whom"]);

export function splitClauses(doc: Doc, words: SyntaxWords = SYNTAX_WORDS): void {
  const clauses: MutableClause[] = [];
  for (const sentence of doc.sentences) {
    const built: MutableClause[] = [];
    for (const group of doc.verbGroups) {
      if (group.sentence !== sentence.index) continue;
      built.push(buildClause(doc, sentence, words, group, clauses.length + built.length, built));
    }
    for (let n = 0; n < built.length; n++) {
      fillArguments(doc, built[n] as MutableClause, built[n + 1] ?? null, sentence.endToken);
    }
    releaseReportedSubjects(built);
    applyObjectControl(doc, built, words);
    clauses.push(...built);
  }
  doc.clauses = clauses;
}

function isRelative(kind: ClauseKind): boolean {
  return kind === "relative" || kind === "reduced-relative";
}

/** Determines a clause's subject, marker, kind and parent from the words before its verb. */
function buildClause(
  doc: Doc,
  sentence: Sentence,
  words: SyntaxWords,
  group: VerbGroup,
  index: number,
  earlier: readonly MutableClause[],
): MutableClause {
  const previous = earlier.at(-1) ?? null;
  const head = earlier.findLast((c) => !isRelative(c.kind)) ?? null;
  const governor = group.nonFinite
    ? earlier.find((c) => groupOf(doc, c)?.complement === group.index)
    : undefined;
  const first = sentence.firstToken;

  let k = group.firstToken - 1;
  let subject: number | null = null;
  if (!group.nonFinite) {
    k = skipAsides(doc, k, sentence, words);
    const found = subjectBefore(doc, k, sentence, earlier);
    if (found !== null) {
      subject = found.chunk;
      k = skipBack(doc, found.before, sentence, words);
    }
  }

  let marker: number | null = null;
  let kind: ClauseKind = "main";
  let parent: number | null = null;
  let subjectShared = false;
  const word = k >= first ? lower(doc, k) : "";
  const chunkBefore = chunkAt(doc, group.firstToken - 1);

  if (governor !== undefined) {
    kind = "nonfinite";
    parent = governor.index;
  } else if (group.nonFinite) {
    // "plans to invade", "by attacking": a non-finite clause hanging off the clause before it.
    kind = "nonfinite";
    parent = previous?.index ?? null;
    subject = null;
  } else if (head !== null && head.subject !== null && isSpeakingAdjunct(doc, words, group, head)) {
    // "Canada recalled its ambassador, accusing Russia of lying", "sent a letter to the WHO
    // chief threatening to pull funding": a bare "-ing" form of a speech or stance verb after a
    // clause speaks for that clause's subject, as a verb coordinated with it would.
    kind = "coordinate";
    parent = head.index;
    subject = head.subject;
    subjectShared = true;
  } else if (isReducedRelative(doc, words, group, chunkBefore, previous)) {
    kind = "reduced-relative";
    subject = chunkBefore;
    subjectShared = true;
    parent = previous?.index ?? null;
  } else if (
    k >= first &&
    words.relativePronouns.has(word) &&
    subject === null &&
    antecedentBefore(doc, k, word) >= 0
  ) {
    // "soldiers who were in Ukraine", "the Baltic states, which were occupied …": the
    // antecedent is the relative clause's subject.
    marker = k;
    kind = "relative";
    subject = antecedentBefore(doc, k, word);
    subjectShared = true;
    parent = previous?.index ?? null;
  } else if (
    k >= first &&
    OBJECT_RELATIVES.has(word) &&
    subject !== null &&
    antecedentBefore(doc, k, word) >= 0
  ) {
    // "the attack, which Ukraine blamed on Russia,": a relative clause with a subject of its
    // own still describes the phrase before it; it is background like any relative clause.
    marker = k;
    kind = "relative";
    parent = previous?.index ?? null;
  } else if (k >= first && WH_WORDS.has(word) && head !== null && follows(doc, head, k)) {
    marker = k;
    kind = "complement";
    parent = head.index;
  } else if (k >= first && words.subordinators.has(word)) {
    marker = k;
    kind = words.subordinators.get(word) ?? "adverbial";
    parent = previous?.index ?? null;
  } else if (k >= first && COORDINATORS.has(word) && previous !== null) {
    marker = k;
    kind = "coordinate";
    const nearest = head ?? previous;
    const joined = coordinationParent(doc, group, earlier, nearest);
    parent = joined.index;
    if (subject === null) {
      subject = joined !== nearest ? joined.subject : sharedSubject(earlier);
      subjectShared = subject !== null;
    }
  } else if (
    head !== null &&
    subject !== null &&
    isSpeechClause(doc, words, head) &&
    follows(doc, head, firstOf(doc, subject))
  ) {
    // "Rebels said they will release a physician": a complement without "that".
    kind = "complement";
    parent = head.index;
  }

  if (kind === "nonfinite" && subject === null) {
    const owner = parent === null ? undefined : earlier.find((c) => c.index === parent);
    subject = owner?.subject ?? null;
    subjectShared = subject !== null;
  }

  const own = subject !== null && !subjectShared ? firstOf(doc, subject) : group.firstToken;
  const start = Math.min(marker ?? group.firstToken, own, group.firstToken);
  return {
    index,
    sentence: sentence.index,
    kind,
    verb: group.index,
    subject,
    subjectShared,
    object: null,
    agent: null,
    preps: [],
    parent,
    marker,
    attribution: null,
    firstToken: start,
    endToken: group.endToken,
    start: doc.tokens.start[start] as number,
    end: group.end,
  };
}

function firstOf(doc: Doc, chunk: number): number {
  return (doc.chunks[chunk] as Chunk).firstToken;
}

function isSpeechClause(doc: Doc, words: SyntaxWords, clause: Clause): boolean {
  const group = groupOf(doc, clause);
  return group !== undefined && words.speechVerbs.has(group.lemma);
}

/**
 * A bare present participle of a speech or stance verb (no auxiliary, only adverbs before it)
 * after the clause's verb, behind a comma, or after the clause's object when that is a document
 * of no one else's ("issued a statement urging", "sent a letter to the WHO chief threatening").
 * Behind any other noun phrase the phrase speaks ("protests calling for his removal", "a Fox
 * News report alleging"), and after a preposition the gerund has a subject of its own to find
 * ("arrested him for criticizing the king").
 */
function isSpeakingAdjunct(doc: Doc, words: SyntaxWords, group: VerbGroup, head: Clause): boolean {
  if (group.nonFinite || !lower(doc, group.head).endsWith("ing")) return false;
  if (!words.speechVerbs.has(group.lemma) && !words.stanceVerbs.has(group.lemma)) return false;
  for (let k = group.firstToken; k < group.head; k++) if (!isPos(doc, k, POS.ADV)) return false;
  const headGroup = groupOf(doc, head);
  if (headGroup === undefined || headGroup.endToken > group.firstToken) return false;
  const before = group.firstToken - 1;
  if (isPunct(doc, before, ",")) return true;
  if (chunkAt(doc, before) < 0 && !isPunct(doc, before, ")")) return false;
  // The clause's object is not read yet: the phrase right after its verb.
  const object = chunkAt(
    doc,
    headGroup.particle === null ? headGroup.endToken : headGroup.particle + 1,
  );
  return object >= 0 && isOwnDocument(doc, words, doc.chunks[object] as Chunk);
}

/** "a statement", "a strongly worded resolution": a document no name in the phrase owns. */
function isOwnDocument(doc: Doc, words: SyntaxWords, chunk: Chunk): boolean {
  if (!words.documentNouns.has(lemma(doc, chunk.head))) return false;
  for (let k = chunk.firstToken; k < chunk.head; k++) if (isPos(doc, k, POS.PROPN)) return false;
  return chunk.possessor === null;
}

/**
 * "training missions aimed at …": a bare past participle right after a noun phrase that is
 * already an object (of a verb or preposition) modifies that phrase; it is not a new predicate.
 */
function isReducedRelative(
  doc: Doc,
  words: SyntaxWords,
  group: VerbGroup,
  chunk: number,
  previous: Clause | null,
): boolean {
  // A bare participle, maybe after an adverb ("fighters still holding out"): no auxiliary.
  if (chunk < 0) return false;
  for (let k = group.firstToken; k < group.head; k++) if (!isPos(doc, k, POS.ADV)) return false;
  if (!isPos(doc, group.head, POS.VERB)) return false;
  const before = (doc.chunks[chunk] as Chunk).firstToken - 1;
  // "lifted a ban preventing …", "the roads leading into …", "A suicide attack on a convoy
  // belonging to the NATO mission killed …": a present participle right after an object
  // modifies it, whatever follows.
  if (lower(doc, group.head).endsWith("ing") && !group.nonFinite) {
    if (isPos(doc, before, POS.ADP)) return true;
    if (previous !== null) return verbGroupAt(doc, before) >= 0;
  }
  if (previous === null) return isOpeningParticiple(doc, group, chunk);
  if (!isPastForm(lower(doc, group.head), group.lemma)) return false;
  // "after the embassy closed" is a clause, not "the embassy (that was) closed".
  if (words.subordinators.has(lower(doc, before))) return false;
  // A participle with an object of its own ("said Russia attacked Ukraine") is a predicate.
  const after = chunkAt(doc, group.endToken);
  if (after >= 0 && !isTimeChunk(doc, after)) return false;
  const verbBefore = verbGroupAt(doc, before);
  if (verbBefore >= 0 && words.speechVerbs.has((doc.verbGroups[verbBefore] as VerbGroup).lemma))
    return false;
  return isPos(doc, before, POS.ADP) || verbBefore >= 0;
}

/**
 * "The civilians imprisoned for acting against Moscow were released": a bare past participle
 * right after the sentence's opening phrase, with an auxiliary-led verb still to come, modifies
 * that phrase; the later verb is the sentence's predicate.
 */
function isOpeningParticiple(doc: Doc, group: VerbGroup, chunk: number): boolean {
  const sentence = doc.sentences[group.sentence];
  const c = doc.chunks[chunk] as Chunk;
  if (sentence === undefined) return false;
  // The opening phrase, maybe behind an opening quotation mark ("The figures announced by …").
  let open = sentence.firstToken;
  while (open < c.firstToken && isPunct(doc, open, `"'(`)) open++;
  // Names act ("Canada closed its embassy"); the reading needs a common noun phrase.
  if (c.firstToken !== open || c.kind !== "noun") return false;
  if (!isPastForm(lower(doc, group.head), group.lemma)) return false;
  // "Ukraine's military said separatists had fired": a participle with an object or a
  // reported clause of its own is the sentence's predicate.
  // ("The figures announced by Mr. Chebukati are …": a "by" agent makes it a participle.)
  if (SYNTAX_WORDS.speechVerbs.has(group.lemma) && lower(doc, group.endToken) !== "by")
    return false;
  const after = chunkAt(doc, group.endToken);
  if (after >= 0 && !isTimeChunk(doc, after)) return false;
  // The next finite verb, past any non-finite one ("for acting against Moscow").
  const next = doc.verbGroups.find(
    (g) =>
      g.sentence === group.sentence &&
      g.firstToken > group.endToken &&
      !g.nonFinite &&
      !(g.firstToken === g.head && lower(doc, g.head).endsWith("ing")),
  );
  if (next === undefined || !isPos(doc, next.firstToken, POS.AUX)) return false;
  // Nothing between may open a clause of its own ("and was criticized", "that the talks would").
  for (let k = group.endToken; k < next.firstToken; k++) {
    if (isPos(doc, k, POS.CCONJ) || isPunct(doc, k, ",;:")) return false;
    if (
      SYNTAX_WORDS.relativePronouns.has(lower(doc, k)) ||
      SYNTAX_WORDS.subordinators.has(lower(doc, k))
    ) {
      return false;
    }
  }
  return true;
}

/** True when token `k` comes right after the clause's verb (or its object, a comma or a quote). */
function follows(doc: Doc, clause: Clause, k: number): boolean {
  const group = groupOf(doc, clause);
  if (group === undefined) return false;
  let j = group.particle === null ? group.endToken : group.particle + 1;
  const objectChunk = chunkAt(doc, j);
  if (objectChunk >= 0 && j < k) j = (doc.chunks[objectChunk] as Chunk).endToken;
  while (j < k && (isPunct(doc, j, ",:") || lower(doc, j) === '"')) j++;
  return j === k;
}

const TIME_PREPS = new Set(["on", "in", "at", "during", "since"]);

/**
 * Steps back over what may stand between a subject and its verb: adverbs and appositive commas
 * (skipBack), a time phrase ("Al Taweel today signed", "the union on Tuesday called") and a
 * bracketed abbreviation ("the Nigeria Labour Congress (NLC) called"), when a phrase stands
 * before it.
 */
function skipAsides(doc: Doc, k: number, sentence: Sentence, words: SyntaxWords): number {
  let j = skipBack(doc, k, sentence, words);
  for (let n = 0; n < 3 && j > sentence.firstToken; n++) {
    let before = -1;
    const when = chunkAt(doc, j);
    if (when >= 0 && isTimeChunk(doc, when)) {
      before = firstOf(doc, when) - 1;
      if (isPos(doc, before, POS.ADP) && TIME_PREPS.has(lower(doc, before))) before--;
    } else if (isPunct(doc, j, ")")) {
      before = openingBracket(doc, j, sentence.firstToken) - 1;
    } else if (isPunct(doc, j, ",")) {
      before = openingAside(doc, j, sentence.firstToken) - 1;
    }
    if (before < sentence.firstToken) break;
    if (chunkAt(doc, before) < 0 && !isPunct(doc, before, ")")) break;
    j = skipBack(doc, before, sentence, words);
  }
  return j;
}

/** Words that open a phrase set off by commas after a subject: "A rebel leader, along with …,". */
const ASIDE_OPENERS = new Set(["along", "together", "including", "alongside", "like", "unlike"]);

/** The comma opening an aside that the comma at `close` ends, with no verb between; or -1. */
function openingAside(doc: Doc, close: number, first: number): number {
  for (let j = close - 1; j > first && close - j <= 10; j--) {
    if (verbGroupAt(doc, j) >= 0) return -1;
    if (isPunct(doc, j, ",")) return ASIDE_OPENERS.has(lower(doc, j + 1)) ? j : -1;
  }
  return -1;
}

/** The "(" that a ")" at `close` closes, with no verb between; or -1. */
function openingBracket(doc: Doc, close: number, first: number): number {
  for (let j = close - 1; j >= first && close - j <= 8; j--) {
    if (isPunct(doc, j, "(")) return j;
    if (verbGroupAt(doc, j) >= 0) return -1;
  }
  return -1;
}

/** Steps back over adverbs and appositive commas that sit between a subject and its verb. */
function skipBack(doc: Doc, k: number, sentence: Sentence, words: SyntaxWords): number {
  let j = k;
  while (j >= sentence.firstToken) {
    const word = lower(doc, j);
    if (WH_WORDS.has(word) || words.subordinators.has(word) || words.relativePronouns.has(word)) {
      break;
    }
    if (isPunct(doc, j, ",") ? !closesAppositive(doc, j) : !isPos(doc, j, POS.ADV)) break;
    j--;
  }
  return j;
}

function closesAppositive(doc: Doc, comma: number): boolean {
  const chunk = chunkAt(doc, comma - 1);
  return chunk >= 0 && (doc.chunks[chunk] as Chunk).appositiveOf !== null;
}

/**
 * The subject chunk ending at token `k`, walking from a prepositional object, a conjunct or an
 * appositive back to the phrase it belongs to ("the movement of troops from Ukraine",
 * "negotiations between Moscow and the West", "Anita Anand, the defence minister,").
 */
function subjectBefore(
  doc: Doc,
  k: number,
  sentence: Sentence,
  earlier: readonly Clause[],
): { chunk: number; before: number } | null {
  if (k < sentence.firstToken) return null;
  // "Zelensky, who spoke with Biden, thanked him": the comma closes a relative clause whose
  // antecedent is the subject.
  const enclosed = isPunct(doc, k, ",") ? commaRelative(doc, earlier) : null;
  let chunk = enclosed ?? chunkAt(doc, k);
  if (enclosed === null && (chunk < 0 || verbGroupAt(doc, k) >= 0)) return null;
  // "soldiers who were in Ukraine … have been relocated": skip the relative clause.
  const relative = earlier.at(-1);
  if (
    enclosed === null &&
    relative !== undefined &&
    isRelative(relative.kind) &&
    relative.subject !== null
  ) {
    if (onlyPhrasesBetween(doc, (groupOf(doc, relative) as VerbGroup).endToken, k)) {
      chunk = relative.subject;
    }
  }
  // The last conjunct walked back from, should the coordination turn out to join clauses.
  let conjunct: number | null = null;
  for (;;) {
    const c = doc.chunks[chunk] as Chunk;
    if (c.appositiveOf !== null) {
      chunk = c.appositiveOf;
      continue;
    }
    const first = firstConjunct(doc, chunk);
    if (first !== chunk) {
      // "remained on alert Sunday and the embassy urged": a day joins no subject.
      if (isTimeChunk(doc, first)) return { chunk, before: c.firstToken - 1 };
      conjunct ??= chunk;
      chunk = first;
      continue;
    }
    // "U.S. airstrikes this month in the area have killed": a time phrase after the subject,
    // unless the phrase before it is an earlier verb's object ("imposed sanctions today").
    const beforeTime = isTimeChunk(doc, chunk) ? chunkAt(doc, c.firstToken - 1) : -1;
    if (
      beforeTime >= 0 &&
      !isTimeChunk(doc, beforeTime) &&
      !isNonSpeechObject(doc, firstOf(doc, beforeTime) - 1)
    ) {
      chunk = beforeTime;
      continue;
    }
    // "killed a soldier along the fence and the military launched strikes": a phrase that is
    // an earlier verb's object is no subject; "and" joins two clauses, and the phrase after it
    // is the subject. A speech verb's phrase may be ("said Russia and Ukraine signed").
    if (conjunct !== null && isNonSpeechObject(doc, c.firstToken - 1)) {
      return { chunk: conjunct, before: (doc.chunks[conjunct] as Chunk).firstToken - 1 };
    }
    const before = c.firstToken - 1;
    if (
      before > sentence.firstToken &&
      isPos(doc, before, POS.ADP) &&
      (lower(doc, before) !== "to" || isEnvoyBefore(doc, before)) &&
      // "the day after Canada closed …": "after" opens a clause here, not a phrase.
      !SYNTAX_WORDS.subordinators.has(lower(doc, before)) &&
      chunkAt(doc, before - 1) >= 0 &&
      verbGroupAt(doc, before - 1) < 0
    ) {
      chunk = chunkAt(doc, before - 1);
      continue;
    }
    return { chunk, before };
  }
}

/** Titles that take "to" for whom the holder is sent: "ambassador to the UN". */
const ENVOYS = new Set([
  "ambassador",
  "envoy",
  "emissary",
  "representative",
  "delegate",
  "adviser",
  "advisor",
]);

/** "Saudi Arabia's ambassador to the United Kingdom": the phrase before "to" is an envoy. */
function isEnvoyBefore(doc: Doc, to: number): boolean {
  const chunk = chunkAt(doc, to - 1);
  if (chunk < 0) return false;
  return ENVOYS.has(lemma(doc, (doc.chunks[chunk] as Chunk).head).toLowerCase());
}

/** Token `k` ends a verb group that is not a speech verb's. */
function isNonSpeechObject(doc: Doc, k: number): boolean {
  const group = verbGroupAt(doc, k);
  if (group < 0) return false;
  return !SYNTAX_WORDS.speechVerbs.has((doc.verbGroups[group] as VerbGroup).lemma);
}

const conjunctHeads = new WeakMap<Doc, Int32Array>();

/** The first chunk of the coordination a chunk belongs to ("Moscow" for "the West"). */
function firstConjunct(doc: Doc, chunk: number): number {
  let heads = conjunctHeads.get(doc);
  if (heads === undefined) {
    heads = new Int32Array(doc.chunks.length).fill(-1);
    for (const c of doc.chunks) if (c.conjunct !== null) heads[c.conjunct] = c.index;
    conjunctHeads.set(doc, heads);
  }
  let current = chunk;
  for (let n = 0; n < 16 && (heads[current] ?? -1) >= 0; n++) current = heads[current] as number;
  return current;
}

/** True when tokens `[from, to]` hold only noun phrases, prepositions, adverbs and commas. */
/**
 * The antecedent of the latest relative clause opened by ", which" / ", who", when only its
 * own coordinated clauses ("… and joined NATO in 2004,") follow it.
 */
function commaRelative(doc: Doc, earlier: readonly Clause[]): number | null {
  let n = earlier.length - 1;
  while (n >= 0 && (earlier[n] as Clause).kind === "coordinate") n--;
  const relative = earlier[n];
  if (relative === undefined || relative.kind !== "relative" || relative.marker === null)
    return null;
  // "The attack, which Ukraine blamed on Russia, killed": the antecedent, not the relative
  // clause's own subject.
  const antecedent = relative.subjectShared
    ? relative.subject
    : antecedentBefore(doc, relative.marker, lower(doc, relative.marker));
  if (isPunct(doc, relative.marker - 1, ",")) return antecedent;
  // "The Observatory, a group that tracks the war, said": the relative clause ends an
  // appositive, and the comma after it closes both.
  const subject = antecedent === null || antecedent < 0 ? undefined : doc.chunks[antecedent];
  return subject !== undefined &&
    subject.appositiveOf !== null &&
    subject.endToken === relative.marker
    ? subject.index
    : null;
}

function onlyPhrasesBetween(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    if (chunkAt(doc, j) >= 0 || isPos(doc, j, POS.ADP) || isPos(doc, j, POS.ADV)) continue;
    if (isPunct(doc, j, ",")) continue;
    return false;
  }
  return true;
}

/** The subject a coordinated verb shares: that of the nearest earlier clause of the main line. */
function sharedSubject(earlier: readonly MutableClause[]): number | null {
  for (let n = earlier.length - 1; n >= 0; n--) {
    const c = earlier[n] as MutableClause;
    if (c.kind !== "nonfinite" && !isRelative(c.kind) && c.subject !== null) return c.subject;
  }
  return null;
}

/** The chunk a relative word refers to: right before it, or before a comma (not for "that"). */
function antecedentBefore(doc: Doc, k: number, word: string): number {
  const right = chunkAt(doc, k - 1);
  if (right >= 0 || word === "that" || !isPunct(doc, k - 1, ",")) return right;
  return chunkAt(doc, k - 2);
}
