/**
 * Codes each noun-phrase chunk that names an actor or a place, in CAMEO style: dictionary
 * people by their role on the article's date ("Trudeau" → CANGOV in 2022), titled names and
 * bare titles ("the Prime Minister" → the office holder), organisations and groups, countries,
 * capitals and seats, and country + agent phrases ("Canadian troops" → CANMIL, "the Ministry of
 * Defense" in an Ottawa story → CANGOV). Pronouns and definite descriptions are left to the
 * coreference stage.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import { SYNTAX_WORDS } from "../lexicon/syntax-words.js";
import type { Chunk, Clause, Doc, Mention } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isPos, lemma, lower } from "../text/token-tests.js";
import {
  collectiveType,
  countryIn,
  countryMention,
  type Draft,
  isPlural,
  organisationMention,
  ownSpan,
  personMention,
  regionMention,
  sectorsOf,
  titledMention,
} from "./actor-drafts.js";
import { type ChunkEvidence, gatherEvidence, type NameHit, namesOfKind } from "./chunk-evidence.js";
import { homeCountry } from "./home-country.js";
import {
  type CountryOf,
  countryNamedIn,
  countryOfName,
  locativeCountry,
} from "./locative-country.js";
import { makeMention } from "./make-mention.js";
import { findNameMatches, matchAtToken, type NameMatch } from "./name-matches.js";

/** Sectors of the state, coded with the article's home country when no country is named. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
/** Prepositions whose phrase says whose an agent is: "soldiers of / from / in Gondor". */
const OWNER_PREPS = new Set(["of", "from", "in"]);
/** Prepositions whose phrase says what body an agent belongs to: "officials of / from the EU". */
const MEMBER_PREPS = new Set(["of", "from"]);

export function recognizeActors(doc: Doc, lexicon: ActorLexicon): void {
  const matches = findNameMatches(doc, lexicon.names);
  const matchAt = matchAtToken(doc, matches);
  // The clause each chunk is the object of, for "Russia has mobilized 100,000 troops".
  const objectOf = new Map<number, Clause>();
  for (const clause of doc.clauses) {
    if (clause.object !== null && clause.subject !== null) objectOf.set(clause.object, clause);
  }
  const placeCountry = locativeCountry(doc, matches, matchAt, lexicon);
  const speakers = new Set<number>();
  for (const clause of doc.clauses) {
    const group = clause.verb === null ? undefined : doc.verbGroups[clause.verb];
    if (clause.subject !== null && group !== undefined && SPEAKING.has(group.lemma))
      speakers.add(clause.subject);
  }
  const speaks = (c: Chunk) => speakers.has(c.index);
  const home = homeCountry(doc, matches, lexicon);
  const openingPlaces = sentenceOpeningPlaces(doc, matches, lexicon);
  const date = doc.article.date ?? null;
  const mentions: Mention[] = [];
  const chunkMention = new Int32Array(doc.chunks.length).fill(-1);
  for (const chunk of doc.chunks) {
    if (chunk.kind === "pronoun" || chunk.kind === "number") continue;
    const evidence = gatherEvidence(doc, chunk, matches, matchAt, lexicon);
    const possessor = chunk.possessor === null ? undefined : mentionOf(chunk.possessor);
    // "the country's security forces": an unresolved possessor is left to coreference.
    if (chunk.possessor !== null && possessor === undefined) continue;
    const possessorCountry = possessor?.country ?? null;
    const draft = codeChunk(doc, chunk, evidence, lexicon, {
      home: openingPlaces.get(chunk.sentence) ?? home,
      date,
      possessorCountry,
      possessorOrganisation:
        possessor?.type === "ORG" && possessor.source === "dictionary" ? possessor : null,
      subjectCountry,
      phraseCountry,
      phraseOrganisation,
      attacked,
      placeCountry,
      speaks,
    });
    if (draft === null) continue;
    const mention = makeMention(mentions.length, chunk, draft.span, draft, draft);
    chunkMention[chunk.index] = mention.index;
    mentions.push(mention);
  }
  doc.mentions = mentions;
  doc.chunkMention = chunkMention;

  /** The phrase right after `chunk` when a preposition of `preps` opens it, or -1. */
  function phraseAfter(chunk: Chunk, preps: ReadonlySet<string>): number {
    if (!preps.has(lower(doc, chunk.endToken))) return -1;
    return doc.tokenChunk[chunk.endToken + 1] ?? -1;
  }

  function phraseCountry(chunk: Chunk, mission = false): string | null {
    // "the embassy in Kyiv" is posted in Ukraine, not Ukraine's ("a top diplomat in the UAE"
    // may well be the UAE's).
    const next = phraseAfter(chunk, mission ? MEMBER_PREPS : OWNER_PREPS);
    return next < 0 ? null : countryNamedIn(doc.chunks[next] as Chunk, matches, matchAt, lexicon);
  }

  function phraseOrganisation(chunk: Chunk): NameHit | null {
    const next = phraseAfter(chunk, MEMBER_PREPS);
    if (next < 0) return null;
    const evidence = gatherEvidence(doc, doc.chunks[next] as Chunk, matches, matchAt, lexicon);
    return namesOfKind(evidence, "organisation", "group")[0] ?? null;
  }

  function attacked(chunk: Chunk): boolean {
    const clause = objectOf.get(chunk.index);
    const group = clause?.verb == null ? undefined : doc.verbGroups[clause.verb];
    return group !== undefined && SYNTAX_WORDS.attackVerbs.has(group.lemma);
  }

  function subjectCountry(chunk: Chunk): string | null {
    const clause = objectOf.get(chunk.index);
    if (clause === undefined || clause.subject === null) return null;
    const subject = mentionOf(clause.subject);
    return subject !== undefined && subject.code !== null ? subject.country : null;
  }

  function mentionOf(chunkIndex: number): Mention | undefined {
    const m = chunkMention[chunkIndex] ?? -1;
    return m < 0 ? undefined : mentions[m];
  }
}

interface Context {
  readonly home: string | null;
  readonly date: string | null;
  readonly possessorCountry: string | null;
  /** The organisation a possessive names ("the EU's foreign policy chief"), or null. */
  readonly possessorOrganisation: Mention | null;
  /** The country of the subject whose object this chunk is ("Russia has mobilized 100,000 troops"). */
  readonly subjectCountry: (chunk: Chunk) => string | null;
  /**
   * The country named in a phrase right after the chunk: "of Gondor", "from Gondor", "in Arnor"
   * ("in" not for a `mission` abroad: "the embassy in Kyiv").
   */
  readonly phraseCountry: (chunk: Chunk, mission?: boolean) => string | null;
  /** The organisation or group named in an "of" or "from" phrase right after the chunk. */
  readonly phraseOrganisation: (chunk: Chunk) => NameHit | null;
  /** Whether the chunk is the object of a military attack ("struck rebel positions"). */
  readonly attacked: (chunk: Chunk) => boolean;
  /** Whether the chunk is the subject of a verb of saying ("Europe has made it clear …"). */
  readonly speaks: (chunk: Chunk) => boolean;
  /** The country the chunk's clause is set in: "(civilians were killed) in Gondor". */
  readonly placeCountry: CountryOf;
}

/** The phrase's head is a noun for an act, plan or thing, which no agent word of the phrase covers. */
function namesAThing(doc: Doc, chunk: Chunk, evidence: ChunkEvidence): boolean {
  const head = chunk.head;
  if (!isPos(doc, head, POS.NOUN)) return false;
  if (evidence.agents.some((a) => a.firstToken <= head && head < a.endToken)) return false;
  return SYNTAX_WORDS.thingHeads.has(lemma(doc, head).toLowerCase());
}

function isInternational(hit: NameHit, lexicon: ActorLexicon): boolean {
  if (hit.entry.kind !== "organisation") return false;
  return (lexicon.dictionaries.organisations[hit.entry.ref]?.country ?? null) === null;
}

/** A country's government body named like an international one ("Russia's Security Council"). */
function nationalBody(doc: Doc, chunk: Chunk, country: string): Draft {
  return agentDraft(doc, chunk, {
    type: "ORG",
    code: `${country}GOV`,
    country,
    sectors: ["GOV"],
    rule: "actors/organisation#national-body",
  });
}

/** A person or body of an organisation, coded as the organisation. */
function ownedByOrganisation(
  doc: Doc,
  chunk: Chunk,
  owner: Pick<Mention, "code" | "country" | "sectors">,
): Draft {
  return agentDraft(doc, chunk, {
    type: chunk.title === null ? collectiveType(doc, chunk) : "PERSON",
    code: owner.code,
    country: owner.country,
    sectors: owner.sectors,
    rule: "actors/agent#owner-organisation",
  });
}

/** A mention coded from the chunk's own words (an agent phrase, a body, a title). */
function agentDraft(
  doc: Doc,
  chunk: Chunk,
  coding: Pick<Draft, "type" | "code" | "country" | "sectors" | "rule">,
): Draft {
  const span = ownSpan(doc, chunk);
  return {
    span,
    type: coding.type,
    code: coding.code,
    country: coding.country,
    sectors: coding.sectors,
    name: doc.text.slice(span.start, span.end),
    plural: isPlural(doc, chunk),
    gender: null,
    source: "agent",
    placeUse: false,
    rule: coding.rule,
    antecedent: null,
  };
}

/** Verbs of saying and of taking a stand that only a body or people can be the subject of. */
const SPEAKING = new Set([
  "say",
  "make",
  "warn",
  "urge",
  "demand",
  "insist",
  "announce",
  "declare",
  "state",
  "condemn",
  "criticize",
  "criticise",
  "reject",
  "welcome",
  "agree",
  "refuse",
  "vow",
  "pledge",
  "threaten",
]);

/**
 * Sectors of private people, who belong to where they are rather than to whoever acts on them.
 * Not refugees, aid workers or journalists, who are often strangers to the place.
 */
const CIVILIAN_SECTORS = new Set(["CVL", "AGR", "EDU", "LAB"]);

/**
 * "In Moscow, the upper house of parliament …": a sentence that opens with "In <capital or
 * country>," sets the country of its unqualified institutions, whatever the dateline says.
 */
function sentenceOpeningPlaces(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): Map<number, string> {
  const places = new Map<number, string>();
  for (const match of matches) {
    const sentence = doc.tokens.sentence[match.firstToken] as number;
    const first = doc.sentences[sentence]?.firstToken;
    if (first === undefined || match.firstToken !== first + 1 || lower(doc, first) !== "in")
      continue;
    if (lower(doc, match.endToken) !== ",") continue;
    const code = countryOfName(match, lexicon);
    if (code != null) places.set(sentence, code);
  }
  return places;
}

/** Buildings and posts that, named as a destination or location, are places rather than actors. */
const FACILITIES = new Set([
  "office",
  "embassy",
  "consulate",
  "base",
  "headquarters",
  "building",
  "compound",
  "mission",
]);

function codeChunk(
  doc: Doc,
  chunk: Chunk,
  evidence: ChunkEvidence,
  lexicon: ActorLexicon,
  context: Context,
): Draft | null {
  const people = namesOfKind(evidence, "person");
  if (people.length > 0) return personMention(lexicon, people[0] as NameHit, context.date);

  const explicitCountry = countryIn(evidence, lexicon) ?? context.possessorCountry;
  // "the EU's foreign policy chief", "NATO's secretary general": the organisation's people
  // act for it, as its name inside the phrase would say ("UN troops").
  const organisationOwner = context.possessorOrganisation;
  const isAgent = chunk.title !== null || evidence.agents.length > 0;
  if (explicitCountry === null && organisationOwner !== null && isAgent)
    return ownedByOrganisation(doc, chunk, organisationOwner);
  const organisation = namesOfKind(evidence, "organisation", "group")[0];
  // "a leader of the CJNG", "officials from the European Union": the people of the
  // organisation the phrase after them names.
  const ofOrganisation =
    explicitCountry === null && organisation === undefined && isAgent
      ? context.phraseOrganisation(chunk)
      : null;
  if (ofOrganisation !== null)
    return ownedByOrganisation(
      doc,
      chunk,
      organisationMention(doc, chunk, ofOrganisation, lexicon),
    );
  // "UN chief", "the Hamas leader": a title inside an organisation's name is its officer.
  if (chunk.title !== null && explicitCountry === null && organisation !== undefined)
    return organisationMention(doc, chunk, organisation, lexicon);
  // "the mayor of the West Bank city of Jenin": a title's own "of/from/in" phrase says whose.
  if (chunk.title !== null)
    return titledMention(
      doc,
      chunk,
      evidence,
      lexicon,
      explicitCountry ?? context.phraseCountry(chunk) ?? context.home,
      context.date,
    );

  const region = namesOfKind(evidence, "region")[0];
  if (region !== undefined && evidence.agents.length === 0)
    return regionMention(region, evidence, lexicon, context.speaks(chunk));

  // "Russia's Security Council": an international body's name with a country's possessive is
  // that country's own body of the name.
  if (
    organisation !== undefined &&
    context.possessorCountry !== null &&
    isInternational(organisation, lexicon)
  )
    return nationalBody(doc, chunk, context.possessorCountry);
  if (organisation !== undefined) return organisationMention(doc, chunk, organisation, lexicon);

  const sectors = sectorsOf(evidence);
  if (sectors.length > 0) {
    if (evidence.possessivePronoun >= 0 && explicitCountry === null) return null; // coreference decides
    // "moved staff to a temporary office in Lviv": a building named as a destination is a place.
    if (evidence.placeUse && FACILITIES.has(lemma(doc, chunk.head))) return null;
    // "military aid", "an army base", "any military solution": a sector word before a noun for
    // a thing names no actor, unless a country or name says whose ("U.S. military airstrikes").
    if (explicitCountry === null && namesAThing(doc, chunk, evidence)) return null;
    // "soldiers from Gondor", "the government of Gondor", "activists in Arnor": the phrase's
    // own country comes first, then the clause subject's for its objects.
    // Civilians killed or arrested "in Gondor" are Gondor's, whoever acted on them.
    const civilians = sectors.every((s) => CIVILIAN_SECTORS.has(s));
    // "Turkey threatened to attack Kurdish fighters in north-eastern Syria": those an attack
    // hits belong first to the country it is set in, then, as most attacks are at home ("Boko
    // Haram attacked a military base in Borno"), to the attacker's.
    const attacked = context.attacked(chunk);
    const abroad = evidence.agents.every((hit) => hit.agent.abroad === true);
    const owner =
      explicitCountry === null
        ? (context.phraseCountry(chunk, abroad && FACILITIES.has(lemma(doc, chunk.head))) ??
          (civilians || attacked ? context.placeCountry(chunk) : null) ??
          context.subjectCountry(chunk))
        : null;
    const inferred =
      explicitCountry === null &&
      owner === null &&
      sectors.some((s) => STATE_SECTORS.has(s)) &&
      !abroad;
    const country = explicitCountry ?? owner ?? (inferred ? context.home : null);
    return agentDraft(doc, chunk, {
      type: collectiveType(doc, chunk),
      code: `${country ?? "---"}${sectors.join("")}`,
      country,
      sectors,
      rule:
        explicitCountry !== null
          ? "actors/agent#named-country"
          : owner !== null
            ? "actors/agent#related-country"
            : inferred
              ? "actors/agent#home-country"
              : "actors/agent#no-country",
    });
  }
  return countryMention(doc, chunk, evidence, lexicon);
}
