/**
 * Codes each noun-phrase chunk that names an actor or a place, in CAMEO style: dictionary
 * people by their role on the article's date ("Trudeau" → CANGOV in 2022), titled names and
 * bare titles ("the Prime Minister" → the office holder), organisations and groups, countries,
 * capitals and seats, and country + agent phrases ("Canadian troops" → CANMIL, "the Ministry of
 * Defense" in an Ottawa story → CANGOV). Pronouns and definite descriptions are left to the
 * coreference stage.
 */

import { type ActorLexicon, americanize, roleOn } from "../lexicon/actor-lexicon.js";
import type { PersonEntry } from "../lexicon/actor-schemas.js";
import type { Chunk, Clause, Doc, Mention, MentionType, TokenRange } from "../model/doc.js";
import { isCapitalized, lemma, lower } from "../text/token-tests.js";
import { type ChunkEvidence, gatherEvidence, type NameHit, namesOfKind } from "./chunk-evidence.js";
import { homeCountry } from "./home-country.js";
import { makeMention } from "./make-mention.js";
import { findNameMatches, matchAtToken, type NameMatch } from "./name-matches.js";

/** Sectors of the state, coded with the article's home country when no country is named. */
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);

type Draft = Omit<
  Mention,
  "index" | "sentence" | "firstToken" | "endToken" | "start" | "end" | "chunk"
> & {
  readonly span: TokenRange;
};

export function recognizeActors(doc: Doc, lexicon: ActorLexicon): void {
  const matches = findNameMatches(doc, lexicon.names);
  const matchAt = matchAtToken(doc, matches);
  // The clause each chunk is the object of, for "Russia has mobilized 100,000 troops".
  const objectOf = new Map<number, Clause>();
  for (const clause of doc.clauses) {
    if (clause.object !== null && clause.subject !== null) objectOf.set(clause.object, clause);
  }
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
      subjectCountry,
      phraseCountry,
    });
    if (draft === null) continue;
    const mention = makeMention(mentions.length, chunk, draft.span, draft, draft);
    chunkMention[chunk.index] = mention.index;
    mentions.push(mention);
  }
  doc.mentions = mentions;
  doc.chunkMention = chunkMention;

  function phraseCountry(chunk: Chunk): string | null {
    const prep = lower(doc, chunk.endToken);
    if (prep !== "of" && prep !== "from" && prep !== "in") return null;
    const next = doc.tokenChunk[chunk.endToken + 1] ?? -1;
    if (next < 0) return null;
    for (
      let k = (doc.chunks[next] as Chunk).firstToken;
      k < (doc.chunks[next] as Chunk).endToken;
      k++
    ) {
      const match = matches[matchAt[k] ?? -1];
      const entry = match?.entries.find((e) => e.kind === "country" || e.kind === "capital");
      if (entry !== undefined) return lexicon.dictionaries.countries[entry.ref]?.code ?? null;
    }
    return null;
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
  /** The country of the subject whose object this chunk is ("Russia has mobilized 100,000 troops"). */
  readonly subjectCountry: (chunk: Chunk) => string | null;
  /** The country named in a phrase right after the chunk: "of Gondor", "from Gondor", "in Arnor". */
  readonly phraseCountry: (chunk: Chunk) => string | null;
}

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
    const entry = match.entries.find((e) => e.kind === "capital" || e.kind === "country");
    const code = entry === undefined ? undefined : lexicon.dictionaries.countries[entry.ref]?.code;
    if (code !== undefined) places.set(sentence, code);
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
  if (chunk.title !== null)
    return titledMention(
      doc,
      chunk,
      evidence,
      lexicon,
      explicitCountry ?? context.home,
      context.date,
    );

  const region = namesOfKind(evidence, "region")[0];
  if (region !== undefined && evidence.agents.length === 0)
    return regionMention(region, evidence, lexicon);

  const organisation = namesOfKind(evidence, "organisation", "group")[0];
  if (organisation !== undefined) return organisationMention(doc, chunk, organisation, lexicon);

  const sectors = sectorsOf(evidence);
  const span = ownSpan(doc, chunk);
  if (sectors.length > 0) {
    if (evidence.possessivePronoun >= 0 && explicitCountry === null) return null; // coreference decides
    // "moved staff to a temporary office in Lviv": a building named as a destination is a place.
    if (evidence.placeUse && FACILITIES.has(lemma(doc, chunk.head))) return null;
    // "soldiers from Gondor", "the government of Gondor", "activists in Arnor": the phrase's
    // own country comes first, then the clause subject's for its objects.
    const owner =
      explicitCountry === null
        ? (context.phraseCountry(chunk) ?? context.subjectCountry(chunk))
        : null;
    const inferred =
      explicitCountry === null && owner === null && sectors.some((s) => STATE_SECTORS.has(s));
    const country = explicitCountry ?? owner ?? (inferred ? context.home : null);
    return {
      span,
      type: collectiveType(doc, chunk),
      code: `${country ?? "---"}${sectors.join("")}`,
      country,
      sectors,
      name: doc.text.slice(span.start, span.end),
      plural: isPlural(doc, chunk),
      gender: null,
      source: "agent",
      placeUse: false,
      rule:
        explicitCountry !== null
          ? "actors/agent#named-country"
          : owner !== null
            ? "actors/agent#related-country"
            : inferred
              ? "actors/agent#home-country"
              : "actors/agent#no-country",
      antecedent: null,
    };
  }
  return countryMention(doc, chunk, evidence, lexicon);
}

function personMention(lexicon: ActorLexicon, hit: NameHit, date: string | null): Draft {
  const person = lexicon.dictionaries.people[hit.entry.ref] as PersonEntry;
  const role = roleOn(person, date);
  const code = role?.code ?? `${person.country}ELI`;
  return {
    span: hit.match,
    type: "PERSON",
    code,
    country: code.startsWith("IGO") ? null : person.country,
    sectors: sectorsOfCode(code),
    name: person.name,
    plural: false,
    gender: person.gender,
    source: "dictionary",
    placeUse: false,
    rule: role === null ? "actors/person#no-role-on-date" : "actors/person#dated-role",
    antecedent: null,
  };
}

/** "Defense Minister Anita Anand" (a name the dictionaries lack) and "the Prime Minister". */
function titledMention(
  doc: Doc,
  chunk: Chunk,
  evidence: ChunkEvidence,
  lexicon: ActorLexicon,
  country: string | null,
  date: string | null,
): Draft {
  const title = chunk.title as TokenRange;
  const titleWords: string[] = [];
  for (let k = title.firstToken; k < title.endToken; k++)
    titleWords.push(americanize(lower(doc, k)));
  const titleKey = titleWords.join(" ");
  const titleSectors = sectorsOf(evidence).filter((s) => s !== "ELI");
  const sectors = titleSectors.length > 0 ? titleSectors : ["GOV"];
  if (chunk.name === null) {
    const holder = officeHolder(lexicon, titleKey, country, date);
    if (holder !== null) {
      const person = lexicon.dictionaries.people[holder.person] as PersonEntry;
      return {
        span: ownSpan(doc, chunk),
        type: "PERSON",
        code: holder.code,
        country,
        sectors: sectorsOfCode(holder.code),
        name: person.name,
        plural: false,
        gender: person.gender,
        source: "title",
        placeUse: false,
        rule: "actors/title#office-holder",
        antecedent: null,
      };
    }
  }
  const span = chunk.name ?? ownSpan(doc, chunk);
  return {
    span,
    type: "PERSON",
    code: `${country ?? "---"}${sectors.join("")}`,
    country,
    sectors,
    name: doc.text.slice(span.start, span.end),
    plural: false,
    gender: null,
    source: "title",
    placeUse: false,
    rule: chunk.name === null ? "actors/title#office" : "actors/title#named",
    antecedent: null,
  };
}

function officeHolder(
  lexicon: ActorLexicon,
  title: string,
  country: string | null,
  date: string | null,
): { person: number; code: string } | null {
  if (country === null) return null;
  const candidates = lexicon.rolesByTitle.get(title) ?? [];
  const day = date ?? new Date().toISOString().slice(0, 10);
  const holders = candidates.filter(
    ({ role }) =>
      role.code.startsWith(country) && role.from <= day && (role.to === null || day <= role.to),
  );
  const holder = holders.length === 1 ? holders[0] : undefined;
  return holder === undefined ? null : { person: holder.person, code: holder.role.code };
}

function organisationMention(doc: Doc, chunk: Chunk, hit: NameHit, lexicon: ActorLexicon): Draft {
  const isGroup = hit.entry.kind === "group";
  const entry = isGroup
    ? lexicon.dictionaries.groups[hit.entry.ref]
    : lexicon.dictionaries.organisations[hit.entry.ref];
  const code = entry?.code ?? "---";
  return {
    span: hit.match,
    type: "ORG",
    code,
    country: entry?.country ?? null,
    sectors: entry?.sectors ?? sectorsOfCode(code),
    name: entry?.name ?? doc.text.slice(hit.match.start, hit.match.end),
    plural: isPlural(doc, chunk),
    gender: null,
    source: "dictionary",
    placeUse: false,
    rule: isGroup ? "actors/group" : "actors/organisation",
    antecedent: null,
  };
}

/** "the West" acts as a bloc; "parts of Europe", "Latin America" are places. */
function regionMention(hit: NameHit, evidence: ChunkEvidence, lexicon: ActorLexicon): Draft | null {
  const region = lexicon.dictionaries.regions[hit.entry.ref];
  if (region === undefined) return null;
  const acts = region.kind === "bloc" && !evidence.placeUse;
  return {
    span: hit.match,
    type: "LOC",
    code: acts ? region.code : null,
    country: null,
    sectors: [],
    name: region.name.replace(/^the /, ""),
    plural: false,
    gender: null,
    source: "dictionary",
    placeUse: !acts,
    rule: acts ? "actors/bloc" : "places/region",
    antecedent: null,
  };
}

/** A chunk naming a country, a capital, a seat of government or a nationality. */
function countryMention(
  doc: Doc,
  chunk: Chunk,
  evidence: ChunkEvidence,
  lexicon: ActorLexicon,
): Draft | null {
  const hit = namesOfKind(evidence, "country", "seat", "capital", "demonym", "adjective")[0];
  if (hit === undefined) return null;
  const country = lexicon.dictionaries.countries[hit.entry.ref];
  if (country === undefined) return null;
  // Built field by field rather than spread: this runs for every country name in every article.
  const draft = (
    type: MentionType,
    code: string | null,
    sectors: string[],
    rule: string,
  ): Draft => ({
    span: hit.match,
    type,
    code,
    country: country.code,
    sectors,
    name: code === null ? doc.text.slice(hit.match.start, hit.match.end) : country.name,
    plural: type === "NORP" && isPlural(doc, chunk),
    gender: null,
    source: "dictionary",
    placeUse: evidence.placeUse,
    rule,
    antecedent: null,
  });
  switch (hit.entry.kind) {
    case "seat":
      return draft("ORG", `${country.code}GOV`, ["GOV"], "actors/seat");
    case "capital":
      // "in Kyiv" is a place; "Ottawa said" stands for the country's government.
      return evidence.placeUse
        ? draft("GPE", null, [], "places/capital")
        : draft("GPE", country.code, [], "actors/capital#metonym");
    case "demonym":
    case "adjective":
      return draft("NORP", country.code, [], "actors/nationality");
    default:
      return draft("GPE", country.code, [], "actors/country");
  }
}

function countryIn(evidence: ChunkEvidence, lexicon: ActorLexicon): string | null {
  const hit = namesOfKind(evidence, "country", "adjective", "demonym", "capital", "seat")[0];
  return hit === undefined ? null : (lexicon.dictionaries.countries[hit.entry.ref]?.code ?? null);
}

function sectorsOf(evidence: ChunkEvidence): string[] {
  const sectors: string[] = [];
  for (const hit of evidence.agents)
    for (const s of hit.agent.sectors) if (!sectors.includes(s)) sectors.push(s);
  return sectors;
}

export function sectorsOfCode(code: string): string[] {
  const sectors: string[] = [];
  for (let k = 3; k + 3 <= code.length; k += 3) sectors.push(code.slice(k, k + 3));
  return sectors;
}

/** The chunk without a leading determiner or possessor: "the Canadian Army" → "Canadian Army". */
function ownSpan(doc: Doc, chunk: Chunk): TokenRange {
  let first =
    chunk.possessor === null
      ? chunk.firstToken
      : (doc.chunks[chunk.possessor] as Chunk).endToken + 1;
  const word = lower(doc, first);
  if ((word === "the" || word === "a" || word === "an") && first + 1 < chunk.endToken) first++;
  return {
    firstToken: first,
    endToken: chunk.endToken,
    start: doc.tokens.start[first] as number,
    end: chunk.end,
  };
}

/** Nouns that are plural without an -s. */
const PLURAL_NOUNS = new Set([
  "people",
  "police",
  "staff",
  "personnel",
  "clergy",
  "public",
  "population",
  "militia",
]);

function isPlural(doc: Doc, chunk: Chunk): boolean {
  const word = lower(doc, chunk.head);
  if (PLURAL_NOUNS.has(word)) return true;
  return word !== lemma(doc, chunk.head).toLowerCase() && word.endsWith("s");
}

/** Institutions named like names ("the Canadian Army") are organisations; groups of people are NORP. */
function collectiveType(doc: Doc, chunk: Chunk): MentionType {
  const sentenceStart = doc.sentences[chunk.sentence]?.firstToken;
  const nameLike = isCapitalized(doc, chunk.head) && chunk.head !== sentenceStart;
  return !nameLike && isPlural(doc, chunk) ? "NORP" : "ORG";
}
