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
import { findPlaceCandidates, type PlaceCandidate } from "./place-candidates.js";
import { buildContext } from "./place-context.js";
import { COUNTY_RULE, placeCounties } from "./place-county.js";
import { readPlaceNames } from "./place-disambiguate.js";
import { isDateline, isLocative } from "./place-position.js";
import { findQualifiers } from "./place-qualifiers.js";
import { isWellKnown, type Qualifier } from "./place-resolve.js";

export function recognizePlaces(
  doc: Doc,
  lexicon: ActorLexicon,
  gazetteer: Gazetteer,
  words: ToponymWords = TOPONYM_WORDS,
): void {
  const candidates = findPlaceCandidates(doc, lexicon, gazetteer, words);
  const qualifiers = findQualifiers(doc, candidates, gazetteer);
  const mentionAt = new Int32Array(doc.tokens.length).fill(-1);
  for (const m of doc.mentions) mentionAt.fill(m.index, m.firstToken, m.endToken);
  const locatives = candidates.map((c) => {
    const mention = mentionAt[c.firstToken] ?? -1;
    return (
      isLocative(doc, c.firstToken, words) ||
      (mention >= 0 && doc.mentions[mention]?.placeUse === true)
    );
  });
  const datelines = candidates.map((c) => isDateline(doc, c));
  const keys = candidates.map((c) => keyOf(doc, c));
  const reading = readPlaceNames(
    gazetteer,
    candidates.map((c, n) => ({
      key: keys[n] as string,
      refs: refsOf(c),
      qualifier: placedQualifier(qualifiers.get(n), locatives[n] === true || datelines[n] === true),
      weak: c.weak,
      dateline: datelines[n] === true,
    })),
  );
  const context = buildContext(gazetteer, reading.picks, reading.dateline);
  const chosen = [...reading.choices];
  const countyTowns = placeCounties(gazetteer, candidates, keys, qualifiers, chosen);
  // A name the article uses as a place ("skates in Red Deer") is that place in every mention,
  // even inside a longer name ("the Red Deer Skating Association"); "into Lucy's windpipe" is
  // no such use.
  const placeNames = new Set<string>();
  candidates.forEach((c, n) => {
    const located =
      (locatives[n] === true && lower(doc, c.endToken) !== "'s") || datelines[n] === true;
    if (!c.weak && (located || chosen[n]?.qualified === true)) placeNames.add(keys[n] as string);
  });
  // "Andrei Karlov … Karlov's assassination": a small place's name met inside a person's
  // name is that person's name wherever else it appears.
  const surnames = new Set<string>();
  candidates.forEach((c, n) => {
    const choice = chosen[n];
    const key = keys[n] as string;
    if (c.weak && choice != null && !isWellKnown(gazetteer.place(choice.place)))
      if (!placeNames.has(key)) surnames.add(key);
  });

  const places: PlaceMention[] = [];
  candidates.forEach((c, n) => {
    const choice = chosen[n];
    if (choice == null) return;
    const place = gazetteer.place(choice.place);
    const mention = mentionAt[c.firstToken] ?? -1;
    const locative = locatives[n] === true;
    // "BANTAM —": a dateline names a place, however small.
    const placeUse = locative || datelines[n] === true;
    if (c.fixed < 0 && c.rule !== COUNTY_RULE) {
      const key = keys[n] as string;
      if (c.weak && !isWellKnown(place) && !placeNames.has(key)) return;
      if (!placeUse && !choice.qualified && surnames.has(key)) return;
      const known =
        isWellKnown(place) || (place.country !== null && context.countries.has(place.country));
      if (!placeUse && !choice.qualified && !known && place.population < 5000) return;
    }
    const codes = place.country === null ? undefined : gazetteer.countryByIso2(place.country);
    const town = countyTowns.get(n);
    places.push({
      index: places.length,
      sentence: c.sentence,
      firstToken: c.firstToken,
      endToken: c.endToken,
      start: c.start,
      end: c.end,
      // A county placed by a town it holds is neither the town nor its state.
      place: {
        name: town === undefined ? place.name : doc.text.slice(c.start, c.end),
        geonameid: town === undefined ? place.geonameid : null,
        lat: (town ?? place).lat,
        lon: (town ?? place).lon,
        feature: town === undefined ? place.feature : "ADM2",
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
 * A qualifier places a town it does not list only where the name is used as a place ("in
 * Holliday, Mo.", "HOLLIDAY, Mo. —"): "according to Conrad, South Africa …" names no town.
 */
function placedQualifier(qualifier: Qualifier | undefined, placeUse: boolean): Qualifier | null {
  if (qualifier === undefined) return null;
  return placeUse || qualifier.area === null ? qualifier : { ...qualifier, area: null };
}

function refsOf(c: PlaceCandidate): readonly NameRef[] {
  return c.fixed < 0 ? c.refs : [{ place: c.fixed, alternate: false }, ...c.refs];
}

function keyOf(doc: Doc, c: PlaceCandidate): string {
  return foldKey(doc.text.slice(c.start, c.end));
}
