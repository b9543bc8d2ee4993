/**
 * The per-kind mention drafts behind actor recognition: dictionary people by their role on the
 * article's date, titled names and bare titles (the office holder), organisations and groups,
 * regions and blocs, and countries, capitals, seats and nationalities, with the small span,
 * sector and number helpers they share. The stage loop that picks among them is in actors.ts.
 */

import { type ActorLexicon, americanize, roleOn } from "../lexicon/actor-lexicon.js";
import type { PersonEntry } from "../lexicon/actor-schemas.js";
import type { Chunk, Doc, Mention, MentionType, TokenRange } from "../model/doc.js";
import { isCapitalized, lemma, lower } from "../text/token-tests.js";
import { type ChunkEvidence, type NameHit, namesOfKind } from "./chunk-evidence.js";

/** A mention before it is numbered and placed: its own span plus the coded fields. */
export type Draft = Omit<
  Mention,
  "index" | "sentence" | "firstToken" | "endToken" | "start" | "end" | "chunk"
> & {
  readonly span: TokenRange;
};

export function personMention(lexicon: ActorLexicon, hit: NameHit, date: string | null): Draft {
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
export function titledMention(
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

export function organisationMention(
  doc: Doc,
  chunk: Chunk,
  hit: NameHit,
  lexicon: ActorLexicon,
): Draft {
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
export function regionMention(
  hit: NameHit,
  evidence: ChunkEvidence,
  lexicon: ActorLexicon,
  speaks = false,
): Draft | null {
  const region = lexicon.dictionaries.regions[hit.entry.ref];
  if (region === undefined) return null;
  // "Europe has made it clear it will not lift the embargo": a region that is the subject of a
  // verb of saying speaks for its states, as a bloc does.
  const acts = (region.kind === "bloc" || speaks) && !evidence.placeUse;
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
export function countryMention(
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

export function countryIn(evidence: ChunkEvidence, lexicon: ActorLexicon): string | null {
  const hit = namesOfKind(evidence, "country", "adjective", "demonym", "capital", "seat")[0];
  return hit === undefined ? null : (lexicon.dictionaries.countries[hit.entry.ref]?.code ?? null);
}

export function sectorsOf(evidence: ChunkEvidence): string[] {
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
export function ownSpan(doc: Doc, chunk: Chunk): TokenRange {
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

export function isPlural(doc: Doc, chunk: Chunk): boolean {
  const word = lower(doc, chunk.head);
  if (PLURAL_NOUNS.has(word)) return true;
  return word !== lemma(doc, chunk.head).toLowerCase() && word.endsWith("s");
}

/** Institutions named like names ("the Canadian Army") are organisations; groups of people are NORP. */
export function collectiveType(doc: Doc, chunk: Chunk): MentionType {
  const sentenceStart = doc.sentences[chunk.sentence]?.firstToken;
  const nameLike = isCapitalized(doc, chunk.head) && chunk.head !== sentenceStart;
  return !nameLike && isPlural(doc, chunk) ? "NORP" : "ORG";
}
