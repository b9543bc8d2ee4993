/**
 * Coreference within an article: personal pronouns ("She" → the last female person), possessive
 * pronouns that carry a country into an agent phrase ("its embassy", "their security forces"),
 * surnames of people the dictionaries lack, and definite descriptions ("the country", "the
 * alliance"). Each resolved mention copies its antecedent's code and points back to it.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Chunk, Clause, Doc, Mention, TokenRange } from "../model/doc.js";
import { lemma, lower } from "../text/token-tests.js";
import { forgetEvidence, gatherEvidence, ownStart } from "./chunk-evidence.js";
import { agentOf, copy, countryReference, type Resolved } from "./coreferent-mentions.js";
import { findNameMatches, matchAtToken, type NameMatch } from "./name-matches.js";

const FEMININE = new Set(["she", "her", "herself", "hers"]);
const MASCULINE = new Set(["he", "him", "himself", "his"]);
const PLURAL = new Set(["they", "them", "themselves", "their", "theirs"]);
const NEUTER = new Set(["it", "itself", "its"]);

/** How far back, in sentences, each kind of reference looks. */
const PERSON_WINDOW = 6;
const THING_WINDOW = 3;

interface Context {
  readonly lexicon: ActorLexicon;
  readonly matches: readonly NameMatch[];
  readonly matchAt: Int32Array;
  /** The clause whose object or prepositional object each chunk is. */
  readonly clauseOfArgument: ReadonlyMap<number, Clause>;
  /** The mention of each chunk seen so far. */
  readonly byChunk: Map<number, Mention>;
}

/** Maps each chunk that is a clause's object or prepositional object to that clause. */
function argumentClauses(doc: Doc): Map<number, Clause> {
  const map = new Map<number, Clause>();
  for (const clause of doc.clauses) {
    if (clause.subject === null) continue;
    if (clause.object !== null && !map.has(clause.object)) map.set(clause.object, clause);
    for (const p of clause.preps) if (!map.has(p.chunk)) map.set(p.chunk, clause);
  }
  return map;
}

export function resolveCoreference(doc: Doc, lexicon: ActorLexicon): void {
  const timeline: Mention[] = [];
  const antecedents = new Map<Mention, Mention>();
  const matches = findNameMatches(doc, lexicon.names);
  const context: Context = {
    lexicon,
    matches,
    matchAt: matchAtToken(doc, matches),
    clauseOfArgument: argumentClauses(doc),
    byChunk: new Map(),
  };
  for (const chunk of doc.chunks) {
    const existing = doc.chunkMention[chunk.index] ?? -1;
    const mention = existing >= 0 ? (doc.mentions[existing] as Mention) : null;
    if (mention !== null) {
      timeline.push(mention);
      context.byChunk.set(chunk.index, mention);
      continue;
    }
    const resolved = resolveChunk(doc, chunk, timeline, context);
    if (resolved === null) continue;
    timeline.push(resolved.mention);
    context.byChunk.set(chunk.index, resolved.mention);
    antecedents.set(resolved.mention, resolved.antecedent);
  }
  renumber(doc, timeline, antecedents);
  // Nothing reads a chunk's evidence after this: a batch of documents need not keep it.
  forgetEvidence(doc);
}

function resolveChunk(
  doc: Doc,
  chunk: Chunk,
  timeline: readonly Mention[],
  context: Context,
): Resolved | null {
  const { lexicon } = context;
  const first = ownStart(doc, chunk);
  const word = lower(doc, first);
  if (chunk.kind === "pronoun") {
    const antecedent =
      previousSubject(doc, chunk, word, context) ??
      pronounAntecedent(word, chunk.sentence, timeline);
    return antecedent === null ? null : copy(chunk, chunk, antecedent, "coreference/pronoun");
  }
  const rest = afterFirst(doc, chunk, first);
  const evidence = gatherEvidence(doc, chunk, context.matches, context.matchAt, lexicon);
  if (chunk.possessor !== null) {
    const possessorChunk = chunk.possessor;
    const owner = context.byChunk.get(possessorChunk);
    const span = {
      firstToken: first,
      endToken: chunk.endToken,
      start: doc.tokens.start[first] as number,
      end: chunk.end,
    };
    return owner === undefined
      ? null
      : agentOf(doc, chunk, span, owner, evidence, "coreference/possessor");
  }
  if (evidence.possessivePronoun >= 0 && rest !== null) {
    const antecedent =
      clauseSubject(chunk, word, context) ?? pronounAntecedent(word, chunk.sentence, timeline);
    if (antecedent === null || antecedent.country === null) return null;
    if (lemma(doc, chunk.head) === "country" && rest.endToken - rest.firstToken === 1) {
      return countryReference(doc, chunk, rest, antecedent, "coreference/possessive-country");
    }
    return agentOf(doc, chunk, rest, antecedent, evidence, "coreference/possessive");
  }
  if (word === "the" && rest !== null && rest.endToken - rest.firstToken === 1) {
    const head = lemma(doc, chunk.head).toLowerCase();
    if (head === "country") {
      const antecedent = findBack(
        timeline,
        chunk.sentence,
        THING_WINDOW,
        (m) => m.type === "GPE" && m.country !== null,
      );
      return antecedent === null
        ? null
        : countryReference(doc, chunk, rest, antecedent, "coreference/the-country");
    }
    const described = lexicon.descriptions.get(head);
    if (described !== undefined) {
      const codes = new Set(
        described.map((d) =>
          d.kind === "group"
            ? lexicon.dictionaries.groups[d.ref]?.code
            : lexicon.dictionaries.organisations[d.ref]?.code,
        ),
      );
      const antecedent = findBack(
        timeline,
        chunk.sentence,
        PERSON_WINDOW,
        (m) => m.code !== null && codes.has(m.code),
      );
      if (antecedent !== null) return copy(chunk, rest, antecedent, "coreference/description");
    }
  }
  if (chunk.kind === "name" && chunk.endToken - first === 1) {
    const surname = doc.text.slice(chunk.start, chunk.end);
    const antecedent = findBack(
      timeline,
      chunk.sentence,
      Number.POSITIVE_INFINITY,
      (m) =>
        m.type === "PERSON" && m.source !== "coreference" && m.name.split(" ").at(-1) === surname,
    );
    if (antecedent !== null) return copy(chunk, chunk, antecedent, "coreference/surname");
  }
  return null;
}

/** The chunk's words after its first token ("embassy" in "its embassy"), or null. */
function afterFirst(doc: Doc, chunk: Chunk, first: number): TokenRange | null {
  if (first + 1 >= chunk.endToken) return null;
  return {
    firstToken: first + 1,
    endToken: chunk.endToken,
    start: doc.tokens.start[first + 1] as number,
    end: chunk.end,
  };
}

/**
 * "Canada closed its embassy": a possessive in a clause's object or prepositional phrase refers
 * to that clause's subject when the subject can be its referent.
 */
function clauseSubject(chunk: Chunk, word: string, context: Context): Mention | null {
  const clause = context.clauseOfArgument.get(chunk.index);
  if (clause === undefined || clause.subject === null) return null;
  const subject = context.byChunk.get(clause.subject);
  if (subject === undefined || subject.code === null) return null;
  const person = subject.type === "PERSON";
  if (FEMININE.has(word) || MASCULINE.has(word)) {
    const gender = FEMININE.has(word) ? "f" : "m";
    return person && (subject.gender === gender || subject.gender === null) ? subject : null;
  }
  if (NEUTER.has(word)) return !person && !subject.plural ? subject : null;
  if (PLURAL.has(word)) return !person ? subject : null;
  return null;
}

/**
 * "Odinga told supporters …, a day after Chebukati announced that Ruto had won. He accused
 * Chebukati …": "he" or "she" opening a sentence continues its predecessor's topic, the person
 * who is the subject of its first main clause that has one (not a clause it quotes or reports),
 * before any person named later.
 */
function previousSubject(doc: Doc, chunk: Chunk, word: string, context: Context): Mention | null {
  if (!FEMININE.has(word) && !MASCULINE.has(word)) return null;
  const sentence = doc.sentences[chunk.sentence];
  if (sentence === undefined || chunk.firstToken !== sentence.firstToken) return null;
  const gender = FEMININE.has(word) ? "f" : "m";
  for (const clause of doc.clauses) {
    if (clause.sentence > chunk.sentence - 1) break;
    // Quoted or reported words are the speaker's, not the sentence's own topic.
    const own = clause.parent === null && clause.attribution === null;
    if (clause.sentence < chunk.sentence - 1 || !own || clause.subject === null) continue;
    const subject = context.byChunk.get(clause.subject);
    if (subject?.type === "PERSON" && (subject.gender === gender || subject.gender === null))
      return subject;
  }
  return null;
}

function pronounAntecedent(
  word: string,
  sentence: number,
  timeline: readonly Mention[],
): Mention | null {
  const actor = (m: Mention) => m.code !== null && !m.placeUse;
  if (FEMININE.has(word) || MASCULINE.has(word)) {
    const gender = FEMININE.has(word) ? "f" : "m";
    return findBack(
      timeline,
      sentence,
      PERSON_WINDOW,
      (m) => m.type === "PERSON" && (m.gender === gender || m.gender === null),
    );
  }
  if (PLURAL.has(word)) {
    return (
      findBack(
        timeline,
        sentence,
        THING_WINDOW,
        (m) => actor(m) && m.plural && m.type !== "PERSON",
      ) ?? findBack(timeline, sentence, THING_WINDOW, (m) => actor(m) && m.type !== "PERSON")
    );
  }
  if (NEUTER.has(word)) {
    return findBack(
      timeline,
      sentence,
      THING_WINDOW,
      (m) => actor(m) && !m.plural && m.type !== "PERSON",
    );
  }
  return null;
}

function findBack(
  timeline: readonly Mention[],
  sentence: number,
  window: number,
  test: (m: Mention) => boolean,
): Mention | null {
  for (let n = timeline.length - 1; n >= 0; n--) {
    const m = timeline[n] as Mention;
    if (sentence - m.sentence > window) return null;
    if (test(m)) return m;
  }
  return null;
}

type Renumbered = { -readonly [K in keyof Mention]: Mention[K] };

/**
 * Puts mentions in text order and renumbers them, their antecedents and the chunk map. The
 * mentions are this document's own, so they are renumbered in place.
 */
function renumber(
  doc: Doc,
  timeline: readonly Mention[],
  antecedents: ReadonlyMap<Mention, Mention>,
): void {
  const ordered = [...timeline].sort((a, b) => a.start - b.start || a.end - b.end);
  const position = new Map<Mention, number>();
  ordered.forEach((m, i) => {
    position.set(m, i);
  });
  const chunkMention = new Int32Array(doc.chunks.length).fill(-1);
  ordered.forEach((m, i) => {
    const antecedent = antecedents.get(m);
    if (m.chunk !== null) chunkMention[m.chunk] = i;
    const mutable = m as Renumbered;
    mutable.index = i;
    mutable.antecedent = antecedent === undefined ? null : (position.get(antecedent) ?? null);
  });
  doc.mentions = ordered;
  doc.chunkMention = chunkMention;
}
