/**
 * Picks the place a name means among the gazetteer's candidates: a prior from what kind of
 * place it is and how many people live there, then the document's context — a qualifier
 * ("London, Ontario"; "Churchill, Man."), the countries and divisions it names, and nearness to
 * places it names without doubt.
 */

import type { Gazetteer, NameRef, Place } from "../lexicon/gazetteer.js";
import { type ContextPoint, distanceKm, isPoint, type PlaceContext } from "./place-context.js";

/** A qualifier's possible places ("Ontario" → CA.08; "Georgia" → GE or US.GA). */
export interface Qualifier {
  readonly countries: ReadonlySet<string>;
  readonly admin1s: ReadonlySet<string>;
  /** The one division or country the qualifier names, where it is not one of a list. */
  readonly area: number | null;
}

/** What a town gets that the gazetteer lacks in its qualifier's division, placed at the division. */
const UNLISTED_SCORE = 10;

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
  // Another language's name is a weak reading, but a famous place's other name is mostly its
  // English one ("Geneva" for Genève, "Munich" for München).
  if (alternate) score -= place.feature === "PPLC" || place.population >= 100_000 ? 0.5 : 1.5;
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

/** A reading of a name: a gazetteer place and how well it fits. */
export interface Scored {
  readonly place: number;
  readonly score: number;
  readonly qualified: boolean;
}

/** Every reading of a name that English text may mean, scored. */
export function scorePlaces(
  gazetteer: Gazetteer,
  refs: readonly NameRef[],
  context: PlaceContext | null,
  qualifier: Qualifier | null,
): Scored[] {
  const scored: Scored[] = [];
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
    scored.push({ place: ref.place, score, qualified });
  }
  if (qualifier?.area != null && !scored.some((s) => s.qualified) && allTowns(gazetteer, refs))
    scored.push({ place: qualifier.area, score: UNLISTED_SCORE, qualified: true });
  return scored;
}

function allTowns(gazetteer: Gazetteer, refs: readonly NameRef[]): boolean {
  return refs.every((r) => gazetteer.place(r.place).feature.startsWith("PPL"));
}

/** The best reading's score, or null when there is none; `best` without building a choice. */
export function topScore(scored: readonly Scored[]): number | null {
  let top: number | null = null;
  for (const s of scored) if (top === null || s.score > top) top = s.score;
  return top;
}

/** The best of the scored readings, with its margin over the next. */
export function best(scored: readonly Scored[]): Choice | null {
  let top: Scored | null = null;
  let second = Number.NEGATIVE_INFINITY;
  for (const s of scored) {
    if (top === null || s.score > top.score) {
      if (top !== null) second = top.score;
      top = s;
    } else if (s.score > second) second = s.score;
  }
  if (top === null) return null;
  return {
    place: top.place,
    score: top.score,
    qualified: top.qualified,
    margin: top.score - second,
  };
}

export function choosePlace(
  gazetteer: Gazetteer,
  refs: readonly NameRef[],
  context: PlaceContext | null,
  qualifier: Qualifier | null,
): Choice | null {
  return best(scorePlaces(gazetteer, refs, context, qualifier));
}

/**
 * Country evidence, home country, a named division and nearness to other places the document
 * names: a reading near another name's reading gains what the nearness is worth less what that
 * other reading costs its own name, so two names that fit each other pull together ("Edmonton"
 * and "Enfield" both in north London) while a settled place pulls at full strength.
 */
function contextScore(place: Place, index: number, context: PlaceContext): number {
  if (place.country === null) return 0;
  const share = context.countries.get(place.country) ?? 0;
  let score = 2.5 * share;
  // The home country counts as far as the article is about it: a story filed from Washington
  // about talks in Geneva is no story about Geneva, Illinois.
  if (place.country === context.home) score += 1.5 * share;
  // An article that names a country speaks of its capital when it names the capital's name
  // ("Washington" in a story about the U.S. and Britain, "Ottawa" in one about Canada).
  if (place.feature === "PPLC" && context.named.has(place.country)) score += 2;
  if (!isPoint(place.feature)) return score;
  score += context.admin1s.get(`${place.country}.${place.admin1}`) ?? 0;
  let near = nearestGain(place, index, context.points, null, 0);
  near = nearestGain(place, index, context.alternatives, context.exclude, near);
  return score + near;
}

/** The most any of `points` (bar those under `exclude`) adds for being near `place`, if over `near`. */
function nearestGain(
  place: Place,
  index: number,
  points: readonly ContextPoint[],
  exclude: string | null,
  near: number,
): number {
  let gain = near;
  for (const p of points) {
    // Most points are far away or worth less than what is already found: skip the trigonometry.
    if (p.place === index || p.key === exclude || p.weight * NEARNESS_MAX - p.cost <= gain)
      continue;
    if (Math.abs(p.lat - place.lat) > NEAR_LAT_DEGREES) continue;
    const g = p.weight * nearness(distanceKm(place.lat, place.lon, p.lat, p.lon)) - p.cost;
    if (g > gain) gain = g;
  }
  return gain;
}

const NEARNESS_MAX = 3;
const NEAR_KM = 300;
/** Degrees of latitude beyond which two points are surely over NEAR_KM apart (111.2 km each). */
const NEAR_LAT_DEGREES = NEAR_KM / 111;

function nearness(km: number): number {
  return km < 30 ? NEARNESS_MAX : km < 100 ? 2 : km < NEAR_KM ? 1 : 0;
}
