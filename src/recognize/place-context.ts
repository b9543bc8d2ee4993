/**
 * What a document says about where it is: the countries it names (weighted by how often), its
 * home country, the first-level divisions it names, and points of the places it names. Ambiguous
 * names are then read in that light: Ottawa in a Canadian story, Edmonton next to Cairns, London
 * with Ontario. A name never counts as evidence for itself: the context a name is read in leaves
 * out the picks made for that name (its "key"), so that "London" said ten times does not vote
 * ten times for the London it was first taken to be.
 */

import type { Gazetteer, Place } from "../lexicon/gazetteer.js";

/** A point the document may be about; `cost` is how much less likely the reading is than its name's best one (0: chosen). */
export interface ContextPoint {
  readonly lat: number;
  readonly lon: number;
  readonly place: number;
  readonly key: string;
  readonly cost: number;
  /** How much nearness to this point says (see `anchorWeight`). */
  readonly weight: number;
}

export interface PlaceContext {
  /** ISO2 country → share of the document's country evidence (0..1). */
  readonly countries: ReadonlyMap<string, number>;
  readonly home: string | null;
  /** Countries named as countries ("Canada", "Canadian"), not only through their places. */
  readonly named: ReadonlySet<string>;
  /** "CA.08" → 2 where the division is named ("Ontario"), 1 where it holds a place named. */
  readonly admin1s: ReadonlyMap<string, number>;
  /** Points of cities and divisions named. */
  readonly points: readonly ContextPoint[];
  /** Near-best readings of ambiguous names, shared by every context of a round: skip those under `exclude`. */
  readonly alternatives: readonly ContextPoint[];
  /** The name this context is built for, whose own readings are no evidence. */
  readonly exclude: string | null;
}

/**
 * A place the document names, under the folded name that names it, with how sure the reading
 * is (1 unless given: a tentative reading of an ambiguous name counts for less).
 */
export interface Pick {
  readonly place: number;
  readonly key: string;
  readonly weight?: number;
}

/**
 * Builds the context a name is read in from the document's picks (places taken as named) and
 * alternative readings of its other ambiguous names, leaving out everything under `exclude`.
 * `dateline`: the country of the article's dateline, which is its home whatever else it names;
 * without one, home is the country named most.
 */
export function buildContext(
  gazetteer: Gazetteer,
  picks: readonly Pick[],
  dateline: string | null,
  alternatives: readonly ContextPoint[] = [],
  exclude: string | null = null,
): PlaceContext {
  const evidence = evidenceOf(gazetteer, picks);
  // Most names are no pick's name: they share the context of all the picks.
  if (exclude === null || !evidence.some((pick) => pick.key === exclude)) {
    const { countries, home, named, admin1s, points } = sharedContext(evidence, dateline);
    return { countries, home, named, admin1s, points, alternatives, exclude };
  }
  return aggregate(evidence, dateline, alternatives, exclude);
}

/** The context of all of a list's picks, built once per list and dateline. */
const sharedCache = new WeakMap<
  readonly PickEvidence[],
  { readonly dateline: string | null; readonly context: PlaceContext }
>();

function sharedContext(evidence: readonly PickEvidence[], dateline: string | null): PlaceContext {
  const cached = sharedCache.get(evidence);
  if (cached !== undefined && cached.dateline === dateline) return cached.context;
  const context = aggregate(evidence, dateline, [], null);
  sharedCache.set(evidence, { dateline, context });
  return context;
}

function aggregate(
  evidence: readonly PickEvidence[],
  dateline: string | null,
  alternatives: readonly ContextPoint[],
  exclude: string | null,
): PlaceContext {
  const counts = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const named = new Set<string>();
  const points: ContextPoint[] = [];
  let total = 0;
  for (const pick of evidence) {
    if (pick.key === exclude) continue;
    const { country, sure } = pick;
    counts.set(country, (counts.get(country) ?? 0) + sure);
    total += sure;
    if (pick.named) named.add(country);
    if (pick.admin1 !== null)
      admin1s.set(pick.admin1, Math.max(admin1s.get(pick.admin1) ?? 0, pick.admin1Weight));
    if (pick.point !== null) points.push(pick.point);
  }
  const countries = new Map<string, number>();
  let top: string | null = null;
  for (const [code, n] of counts) {
    countries.set(code, n / Math.max(total, 1));
    if (top === null || n > (counts.get(top) ?? 0)) top = code;
  }
  return { countries, home: dateline ?? top, named, admin1s, points, alternatives, exclude };
}

/** What one pick says, worked out once for all the contexts built from one list of picks. */
interface PickEvidence {
  readonly key: string;
  readonly country: string;
  readonly sure: number;
  /** The pick is a country named as such. */
  readonly named: boolean;
  /** "CA.08" where the pick is a point sure enough to name its division, else null. */
  readonly admin1: string | null;
  readonly admin1Weight: number;
  readonly point: ContextPoint | null;
}

/** Each round builds one context per name from the same picks: read each pick once. */
const evidenceCache = new WeakMap<readonly Pick[], readonly PickEvidence[]>();

function evidenceOf(gazetteer: Gazetteer, picks: readonly Pick[]): readonly PickEvidence[] {
  const cached = evidenceCache.get(picks);
  if (cached !== undefined) return cached;
  const evidence: PickEvidence[] = [];
  for (const pick of picks) {
    const place = gazetteer.place(pick.place);
    const sure = pick.weight ?? 1;
    if (place.country === null || sure <= 0) continue;
    const point = isPoint(place.feature);
    evidence.push({
      key: pick.key,
      country: place.country,
      sure,
      named: place.feature.startsWith("PCL"),
      admin1:
        point && place.admin1 !== null && sure >= 0.5 ? `${place.country}.${place.admin1}` : null,
      admin1Weight: place.feature === "ADM1" ? 2 : 1,
      point: point
        ? {
            lat: place.lat,
            lon: place.lon,
            place: pick.place,
            key: pick.key,
            cost: 0,
            weight: anchorWeight(place) * sure,
          }
        : null,
    });
  }
  evidenceCache.set(picks, evidence);
  return evidence;
}

/**
 * Being near a capital or a city of millions says less than being near a town: such cities are
 * named in stories about anywhere ("Washington said"), and many places lie near them.
 */
export function anchorWeight(place: Place): number {
  return place.feature === "PPLC" || place.population >= 1_000_000 ? 0.5 : 1;
}

/** Countries and continents say which country, not where in it. */
export function isPoint(feature: string): boolean {
  return !feature.startsWith("PCL") && feature !== "CONT";
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
