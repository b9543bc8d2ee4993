/**
 * The places stage: finds place names (dictionary countries, capitals, nationalities and
 * regions; gazetteer names), settles the unambiguous ones first, reads the rest in the light of
 * the document (its countries, divisions, nearby places and qualifiers), and writes
 * `doc.places`. Capitals that act ("Ottawa said") are still places here.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import { foldKey } from "../lexicon/fold.js";
import type { Gazetteer, NameRef } from "../lexicon/gazetteer.js";
import { TOPONYM_WORDS, type ToponymWords } from "../lexicon/toponym-words.js";
import type { Doc, PlaceMention } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import { homeCountry } from "./home-country.js";
import { findNameMatches } from "./name-matches.js";
import { findPlaceCandidates, type PlaceCandidate } from "./place-candidates.js";
import { buildContext, type PlaceContext } from "./place-context.js";
import { findQualifiers } from "./place-qualifiers.js";
import { type Choice, choosePlace, isWellKnown, type Qualifier } from "./place-resolve.js";

export function recognizePlaces(
  doc: Doc,
  lexicon: ActorLexicon,
  gazetteer: Gazetteer,
  words: ToponymWords = TOPONYM_WORDS,
): void {
  const candidates = findPlaceCandidates(doc, lexicon, gazetteer, words);
  const qualifiers = findQualifiers(doc, candidates, gazetteer);
  const homeCode = homeCountry(doc, findNameMatches(doc, lexicon.names), lexicon);
  const home = homeCode === null ? null : (lexicon.countryByCode.get(homeCode)?.iso2 ?? null);

  const settled: number[] = [];
  for (const [n, c] of candidates.entries()) {
    const choice = choosePlace(gazetteer, refsOf(c), null, qualifiers.get(n) ?? null);
    if (choice === null) continue;
    const sure = c.refs.length === 0 || choice.margin >= 2.5 || choice.qualified;
    if (sure && !c.weak) settled.push(choice.place);
  }
  const context = buildContext(gazetteer, settled, home);

  const chosen: (Choice | null)[] = candidates.map((c, n) =>
    c.rule === "places/county"
      ? countyState(gazetteer, context, qualifiers.get(n))
      : choosePlace(gazetteer, refsOf(c), context, qualifiers.get(n) ?? null),
  );
  // "Andrei Karlov … Karlov's assassination": a small place's name met inside a person's
  // name is that person's name wherever else it appears.
  const surnames = new Set<string>();
  candidates.forEach((c, n) => {
    const choice = chosen[n];
    if (c.weak && choice != null && !isWellKnown(gazetteer.place(choice.place)))
      surnames.add(keyOf(doc, c));
  });

  const mentionAt = new Int32Array(doc.tokens.length).fill(-1);
  for (const m of doc.mentions) mentionAt.fill(m.index, m.firstToken, m.endToken);
  const places: PlaceMention[] = [];
  candidates.forEach((c, n) => {
    const choice = chosen[n];
    if (choice == null) return;
    const place = gazetteer.place(choice.place);
    const mention = mentionAt[c.firstToken] ?? -1;
    const locative =
      isLocative(doc, c.firstToken, words) ||
      (mention >= 0 && doc.mentions[mention]?.placeUse === true);
    if (c.fixed < 0 && c.rule !== "places/county") {
      if (c.weak && !isWellKnown(place)) return;
      if (!locative && !choice.qualified && surnames.has(keyOf(doc, c))) return;
      const known =
        isWellKnown(place) || (place.country !== null && context.countries.has(place.country));
      if (!locative && !choice.qualified && !known && place.population < 5000) return;
    }
    const codes = place.country === null ? undefined : gazetteer.countryByIso2(place.country);
    places.push({
      index: places.length,
      sentence: c.sentence,
      firstToken: c.firstToken,
      endToken: c.endToken,
      start: c.start,
      end: c.end,
      place: {
        name: place.name,
        geonameid: place.geonameid,
        lat: place.lat,
        lon: place.lon,
        feature: place.feature,
        country: codes?.iso3 ?? null,
        admin1: place.admin1,
      },
      adjectival: c.adjectival,
      locative,
      mention: mention >= 0 ? mention : null,
      rule: choice.qualified ? `${c.rule}#qualified` : c.rule,
    });
  });
  doc.places = places;
}

/**
 * A county the gazetteer lacks is placed at the centre of its division: the one its qualifier
 * names ("Plymouth County, Iowa"), else the one the document names most.
 */
function countyState(
  gazetteer: Gazetteer,
  context: PlaceContext,
  qualifier: Qualifier | undefined,
): Choice | null {
  let best: string | null = qualifier?.admin1s.values().next().value ?? null;
  if (best === null)
    for (const [key, n] of context.admin1s)
      if (best === null || n > (context.admin1s.get(best) ?? 0)) best = key;
  if (best === null) return null;
  const [country, code] = best.split(".");
  const place = gazetteer.admin1(country ?? "", code ?? "");
  return place === undefined ? null : { place: place.index, score: 0, margin: 0, qualified: true };
}

function refsOf(c: PlaceCandidate): readonly NameRef[] {
  return c.fixed < 0 ? c.refs : [{ place: c.fixed, alternate: false }, ...c.refs];
}

function keyOf(doc: Doc, c: PlaceCandidate): string {
  return foldKey(doc.text.slice(c.start, c.end));
}

/** "in Kyiv", "near Avdiivka", "in western Ukraine", "north of Kharkiv". */
function isLocative(doc: Doc, first: number, words: ToponymWords): boolean {
  let k = first - 1;
  while (k >= 0 && (words.directions.has(lower(doc, k)) || lower(doc, k) === "the")) k--;
  if (k < 0) return false;
  return (
    words.locatives.has(lower(doc, k)) ||
    words.locatives.has(`${lower(doc, k - 1)} ${lower(doc, k)}`)
  );
}
