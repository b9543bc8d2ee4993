/**
 * Where a document names places, before deciding which places they are: the actor layer's
 * dictionary names of countries, capitals, seats, nationalities and regions, and capitalised
 * phrases found in the gazetteer. Each candidate carries the gazetteer places it may be and
 * what the text says around it (a locative preposition, a qualifier such as "London, Ontario").
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import { foldKey } from "../lexicon/fold.js";
import type { Gazetteer, NameRef } from "../lexicon/gazetteer.js";
import type { NameEntry } from "../lexicon/name-index.js";
import type { ToponymWords } from "../lexicon/toponym-words.js";
import type { Doc, TokenRange } from "../model/doc.js";
import { findNameMatches } from "./name-matches.js";
import { scanGazetteerNames } from "./place-scan.js";

export interface PlaceCandidate extends TokenRange {
  readonly sentence: number;
  /** Gazetteer places the words may name. */
  readonly refs: readonly NameRef[];
  /** A place the actor dictionaries settle (the country of "Canada", "Canadian"), or -1. */
  readonly fixed: number;
  readonly adjectival: boolean;
  /** Found by the gazetteer scan in the middle of a capitalised run: only well-known places pass. */
  readonly weak: boolean;
  readonly rule: string;
}

const PLACE_KINDS = new Set(["country", "capital", "seat", "adjective", "demonym", "region"]);

export function findPlaceCandidates(
  doc: Doc,
  lexicon: ActorLexicon,
  gazetteer: Gazetteer,
  words: ToponymWords,
): PlaceCandidate[] {
  const candidates: PlaceCandidate[] = [];
  // Words of people's names are never places; dictionary place names are taken as they are.
  const blocked = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) {
    if (m.type === "PERSON" && m.source !== "coreference" && !isBareTitle(m.rule))
      blocked.fill(1, m.firstToken, m.endToken);
  }
  const readings = readingsFor(gazetteer, lexicon);
  for (const match of findNameMatches(doc, lexicon.names)) {
    const entry = match.entries.find((e) => PLACE_KINDS.has(e.kind));
    // People, organisations and groups ("NATO", not Nato in the Philippines); "The Kremlin" is
    // an actor, not a place, and "the White House" is no town in Tennessee.
    if (entry === undefined || entry.kind === "seat") {
      blocked.fill(1, match.firstToken, match.endToken);
      continue;
    }
    const key = foldKey(doc.text.slice(match.start, match.end));
    const adjective = match.entries.some((e) => e.kind === "adjective");
    const readingKey = `${entry.kind}|${entry.ref}|${adjective}|${key}`;
    let reading = readings.get(readingKey);
    if (reading === undefined) {
      reading = readName(gazetteer, lexicon, entry, key, adjective);
      if (readings.size >= READINGS_LIMIT) readings.clear();
      readings.set(readingKey, reading);
    }
    if (reading === null) continue;
    candidates.push({
      firstToken: match.firstToken,
      endToken: match.endToken,
      start: match.start,
      end: match.end,
      sentence: doc.tokens.sentence[match.firstToken] as number,
      refs: reading.refs,
      fixed: reading.fixed,
      adjectival: reading.adjectival,
      weak: false,
      rule: reading.rule,
    });
  }
  // "Texas Senator", "Toronto Mayor": a place in a bare title is a place, but "Vice" in "Vice
  // President" is no town in Peru — only well-known places pass there, as inside other names.
  const titled = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions)
    if (m.type === "PERSON" && isBareTitle(m.rule)) titled.fill(1, m.firstToken, m.endToken);
  for (const c of scanGazetteerNames(doc, gazetteer, words, blocked))
    candidates.push(titled[c.firstToken] ? { ...c, weak: true } : c);
  return outermost(candidates);
}

/** What a dictionary name stands for as a place, or null when it is none. */
type Reading = Pick<PlaceCandidate, "refs" | "fixed" | "adjectival" | "rule"> | null;

/**
 * A name is read the same way in every article ("Canada", "Kyiv" are met again and again): the
 * readings are kept per gazetteer and dictionaries, up to a bound on memory in long runs.
 */
const readingCache = new WeakMap<Gazetteer, WeakMap<ActorLexicon, Map<string, Reading>>>();
const READINGS_LIMIT = 20_000;

function readingsFor(gazetteer: Gazetteer, lexicon: ActorLexicon): Map<string, Reading> {
  let byLexicon = readingCache.get(gazetteer);
  if (byLexicon === undefined) {
    byLexicon = new WeakMap();
    readingCache.set(gazetteer, byLexicon);
  }
  let readings = byLexicon.get(lexicon);
  if (readings === undefined) {
    readings = new Map();
    byLexicon.set(lexicon, readings);
  }
  return readings;
}

function readName(
  gazetteer: Gazetteer,
  lexicon: ActorLexicon,
  entry: NameEntry,
  key: string,
  adjective: boolean,
): Reading {
  if (entry.kind === "region") {
    // "the West" the bloc is no town in Texas: only regions answer a region's name.
    const refs = gazetteer
      .lookup(key)
      .filter((r) => !gazetteer.place(r.place).feature.startsWith("PPL"));
    return refs.length > 0 ? { refs, fixed: -1, adjectival: false, rule: "places/region" } : null;
  }
  const country = lexicon.dictionaries.countries[entry.ref];
  const codes =
    country?.iso2 === null || country === undefined
      ? undefined
      : gazetteer.countryByIso2(country.iso2);
  if (codes === undefined) return null;
  const adjectival = entry.kind === "adjective" || entry.kind === "demonym";
  // "Canadians" are people, not a place.
  if (adjectival && !adjective && key.endsWith("s")) return null;
  if (entry.kind === "capital") {
    const capital = capitalOf(gazetteer, key, country, codes.iso2);
    if (capital < 0) return null;
    return {
      // "London, Ontario": other places of the name stay open to a qualifier or context.
      refs: gazetteer.lookup(key).filter((r) => r.place !== capital),
      fixed: capital,
      adjectival: false,
      rule: "places/capital",
    };
  }
  // "Georgia" is a country and a US state: the context decides between them.
  const divisions = adjectival
    ? []
    : gazetteer.lookup(key).filter((r) => gazetteer.place(r.place).feature === "ADM1");
  return {
    refs: divisions,
    fixed: codes.place,
    adjectival,
    rule: adjectival ? "places/nationality" : "places/country",
  };
}

/**
 * The longest name wins ("New Jersey" over Jersey, "British Columbia" over British, "Western
 * Australia" over Australia); for the same words the dictionary's reading wins.
 */
function outermost(candidates: PlaceCandidate[]): PlaceCandidate[] {
  candidates.sort(
    (a, b) =>
      a.firstToken - b.firstToken ||
      b.endToken - a.endToken ||
      Number(b.fixed >= 0) - Number(a.fixed >= 0),
  );
  const kept: PlaceCandidate[] = [];
  let reach = -1;
  for (const c of candidates) {
    if (c.endToken <= reach) continue;
    kept.push(c);
    reach = c.endToken;
  }
  return kept;
}

/** The capital's place: the name as written if the gazetteer has it in that country, else its first capital. */
function capitalOf(
  gazetteer: Gazetteer,
  key: string,
  country: { readonly capitals: readonly string[] } | undefined,
  iso2: string,
): number {
  const keys = [key, ...(country?.capitals ?? []).map(foldKey)];
  for (const k of keys) {
    let best = -1;
    let bestRank = -1;
    for (const ref of gazetteer.lookup(k)) {
      const place = gazetteer.place(ref.place);
      if (place.country !== iso2) continue;
      const rank = (place.feature === "PPLC" ? 1e12 : 0) + place.population;
      if (rank > bestRank) {
        best = ref.place;
        bestRank = rank;
      }
    }
    if (best >= 0) return best;
  }
  return -1;
}

/** "Texas Senator", "South Carolina governor": an office without a person's name names no one's name. */
function isBareTitle(rule: string): boolean {
  return rule === "actors/title#office" || rule === "actors/title#office-holder";
}
