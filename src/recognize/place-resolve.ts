/**
 * Picks the place a name means among the gazetteer's candidates: a prior from what kind of
 * place it is and how many people live there, then the document's context — a qualifier
 * ("London, Ontario"; "Churchill, Man."), the countries and divisions it names, and nearness to
 * places it names without doubt.
 */

import type { Gazetteer, NameRef, Place } from "../lexicon/gazetteer.js";
import { distanceKm, type PlaceContext } from "./place-context.js";

/** A qualifier's possible places ("Ontario" → CA.08; "Georgia" → GE or US.GA). */
export interface Qualifier {
  readonly countries: ReadonlySet<string>;
  readonly admin1s: ReadonlySet<string>;
}

const REGION_PRIOR: Readonly<Record<string, number>> = {
  PCLI: 9,
  PCLD: 8,
  PCLS: 8,
  CONT: 8.5,
  ADM1: 7.5,
  RGN: 7,
  SEA: 7,
  OCN: 7,
  GULF: 7,
  STRT: 7,
};

/** How likely a place is to be meant by its name, before context. */
export function prior(place: Place, alternate: boolean): number {
  const fixed = REGION_PRIOR[place.feature];
  let score = fixed ?? Math.log10(Math.max(place.population, 300));
  if (place.feature === "PPLC") score += 1.5;
  else if (place.feature === "PPLA") score += 0.7;
  else if (place.feature === "PPLA2") score += 0.3;
  else if (place.feature === "PPLX") score -= 1;
  else if (/^PPL[HQW]$/.test(place.feature)) score -= 3;
  if (alternate) score -= 1.5;
  return score;
}

/** Whether a place is known well enough to be named inside another name ("CTV Edmonton"). */
export function isWellKnown(place: Place): boolean {
  return (
    place.feature in REGION_PRIOR ||
    place.feature === "PPLC" ||
    place.feature === "PPLA" ||
    place.population >= 100_000
  );
}

export interface Choice {
  readonly place: number;
  readonly score: number;
  /** Score margin over the next candidate. */
  readonly margin: number;
  readonly qualified: boolean;
}

export function choosePlace(
  gazetteer: Gazetteer,
  refs: readonly NameRef[],
  context: PlaceContext | null,
  qualifier: Qualifier | null,
): Choice | null {
  let best: Choice | null = null;
  let second = Number.NEGATIVE_INFINITY;
  for (const ref of refs) {
    const place = gazetteer.place(ref.place);
    // "Far" (Pharr), "Since" (Sincé): other languages' names of small towns are not English.
    if (ref.alternate && !isWellKnown(place) && qualifier === null) continue;
    let score = prior(place, ref.alternate);
    let qualified = false;
    if (qualifier !== null) {
      const inCountry = place.country !== null && qualifier.countries.has(place.country);
      const inDivision = qualifier.admin1s.has(`${place.country}.${place.admin1}`);
      qualified = inCountry || inDivision;
      score += inDivision ? 12 : inCountry ? 6 : -6;
    }
    if (context !== null) score += contextScore(place, ref.place, context);
    if (best === null || score > best.score) {
      if (best !== null) second = best.score;
      best = { place: ref.place, score, margin: 0, qualified };
    } else if (score > second) second = score;
  }
  return best === null ? null : { ...best, margin: best.score - second };
}

function contextScore(place: Place, index: number, context: PlaceContext): number {
  if (place.country === null) return 0;
  let score = 2.5 * (context.countries.get(place.country) ?? 0);
  if (place.country === context.home) score += 1.5;
  if (place.feature.startsWith("PCL") || place.feature === "CONT") return score;
  if (context.admin1s.has(`${place.country}.${place.admin1}`)) score += 2;
  let nearest = Number.POSITIVE_INFINITY;
  for (const p of context.points) {
    if (p.place === index) continue;
    nearest = Math.min(nearest, distanceKm(place.lat, place.lon, p.lat, p.lon));
  }
  if (nearest < 30) score += 3;
  else if (nearest < 100) score += 2;
  else if (nearest < 300) score += 1;
  return score;
}
