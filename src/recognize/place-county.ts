/**
 * Counties the gazetteer lacks ("Metcalfe County", "PLYMOUTH CO."). Their state is the one a
 * qualifier names ("LaFayette County, Wisconsin"); else the state named last before the county
 * in its sentence ("six Iowa locations, including Allamakee County"); else the one another
 * mention of the same county was given; else the division the document names most.
 * A local story names the towns of its county, so the county takes the point of the town of its
 * state named nearest to it, and the state's centre only where the article names none.
 */

import type { Gazetteer, Place } from "../lexicon/gazetteer.js";
import type { PlaceCandidate } from "./place-candidates.js";
import type { Choice, Qualifier } from "./place-resolve.js";

export const COUNTY_RULE = "places/county";
/** How many sentences away a town may be named to lend a county its state or its point. */
const TOWN_REACH = 2;

/**
 * Fills in `choices` for the county candidates with their state; returns, for counties placed
 * by a town, the town whose point they take.
 */
export function placeCounties(
  gazetteer: Gazetteer,
  candidates: readonly PlaceCandidate[],
  keys: readonly string[],
  qualifiers: ReadonlyMap<number, Qualifier>,
  choices: (Choice | null)[],
): Map<number, Place> {
  const towns = new Map<number, Place>();
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
  // One county, one point: the town named closest to any of its mentions.
  const nearest = new Map<string, { town: Place; gap: number }>();
  candidates.forEach((c, n) => {
    if (c.rule !== COUNTY_RULE) return;
    const key = keys[n] as string;
    const state = states[n] ?? byKey.get(key) ?? fallback;
    const [country, code] = (state ?? ".").split(".");
    const place = gazetteer.admin1(country ?? "", code ?? "");
    choices[n] =
      place === undefined ? null : { place: place.index, score: 0, margin: 0, qualified: true };
    const found = state === null ? null : nearestTown(gazetteer, candidates, choices, n, state);
    const held = nearest.get(key);
    if (found !== null && (held === undefined || found.gap < held.gap)) nearest.set(key, found);
  });
  candidates.forEach((c, n) => {
    const town = c.rule === COUNTY_RULE ? nearest.get(keys[n] as string)?.town : undefined;
    const choice = choices[n];
    if (town !== undefined && choice != null && divisionOf(town) === stateOf(gazetteer, choice))
      towns.set(n, town);
  });
  return towns;
}

function stateOf(gazetteer: Gazetteer, choice: Choice): string | null {
  return divisionOf(gazetteer.place(choice.place));
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

/** The town of `state` named nearest to candidate `n`, within a few sentences. */
function nearestTown(
  gazetteer: Gazetteer,
  candidates: readonly PlaceCandidate[],
  choices: readonly (Choice | null)[],
  n: number,
  state: string,
): { town: Place; gap: number } | null {
  const at = candidates[n] as PlaceCandidate;
  let best: Place | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  candidates.forEach((c, k) => {
    const choice = choices[k];
    if (choice == null || c.weak || c.rule === COUNTY_RULE) return;
    if (Math.abs(c.sentence - at.sentence) > TOWN_REACH) return;
    const place = gazetteer.place(choice.place);
    if (!place.feature.startsWith("PPL") || divisionOf(place) !== state) return;
    const gap = Math.abs(c.firstToken - at.firstToken);
    if (gap < bestGap) {
      best = place;
      bestGap = gap;
    }
  });
  return best === null ? null : { town: best, gap: bestGap };
}

function divisionOf(place: Place | null): string | null {
  return place?.country == null || place.admin1 === null
    ? null
    : `${place.country}.${place.admin1}`;
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
    const key = divisionOf(gazetteer.place(choice.place));
    if (key === null) return;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (top === null || count > (counts.get(top) ?? 0)) top = key;
  });
  return top;
}
