/**
 * Counties the gazetteer lacks ("Metcalfe County", "PLYMOUTH CO.") are placed at the centre of
 * their state: the one a qualifier names ("LaFayette County, Wisconsin"); else the state named
 * last before the county in its sentence ("six Iowa locations, including Allamakee County");
 * else the state another mention of the same county was given; else the division the document
 * names most.
 */

import type { Gazetteer } from "../lexicon/gazetteer.js";
import type { PlaceCandidate } from "./place-candidates.js";
import type { Choice, Qualifier } from "./place-resolve.js";

export const COUNTY_RULE = "places/county";

/** Fills in `choices` for the county candidates, from the other candidates' choices. */
export function placeCounties(
  gazetteer: Gazetteer,
  candidates: readonly PlaceCandidate[],
  keys: readonly string[],
  qualifiers: ReadonlyMap<number, Qualifier>,
  choices: (Choice | null)[],
): void {
  const byKey = new Map<string, string>();
  const states: (string | null)[] = candidates.map((c, n) => {
    if (c.rule !== COUNTY_RULE) return null;
    const state =
      qualifiers.get(n)?.admin1s.values().next().value ??
      stateBefore(gazetteer, candidates, choices, n);
    if (state !== null && !byKey.has(keys[n] as string)) byKey.set(keys[n] as string, state);
    return state;
  });
  const fallback = mostNamed(gazetteer, candidates, choices);
  candidates.forEach((c, n) => {
    if (c.rule !== COUNTY_RULE) return;
    const state = states[n] ?? byKey.get(keys[n] as string) ?? fallback;
    const [country, code] = (state ?? ".").split(".");
    const place = gazetteer.admin1(country ?? "", code ?? "");
    choices[n] =
      place === undefined ? null : { place: place.index, score: 0, margin: 0, qualified: true };
  });
}

/** The division named nearest before the county in its sentence, if any. */
function stateBefore(
  gazetteer: Gazetteer,
  candidates: readonly PlaceCandidate[],
  choices: readonly (Choice | null)[],
  n: number,
): string | null {
  const sentence = candidates[n]?.sentence;
  for (let k = n - 1; k >= 0 && candidates[k]?.sentence === sentence; k--) {
    const choice = choices[k];
    if (choice == null) continue;
    const place = gazetteer.place(choice.place);
    if (place.feature === "ADM1" && place.country !== null && place.admin1 !== null)
      return `${place.country}.${place.admin1}`;
  }
  return null;
}

/** The division holding most of the places the document names, villages included. */
function mostNamed(
  gazetteer: Gazetteer,
  candidates: readonly PlaceCandidate[],
  choices: readonly (Choice | null)[],
): string | null {
  const counts = new Map<string, number>();
  let top: string | null = null;
  candidates.forEach((c, n) => {
    const choice = choices[n];
    if (choice == null || c.weak || c.rule === COUNTY_RULE) return;
    const place = gazetteer.place(choice.place);
    if (place.country === null || place.admin1 === null) return;
    const key = `${place.country}.${place.admin1}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (top === null || count > (counts.get(top) ?? 0)) top = key;
  });
  return top;
}
