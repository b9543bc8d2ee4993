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
  const counts = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const named = new Set<string>();
  const points: ContextPoint[] = [];
  let total = 0;
  for (const pick of picks) {
    if (pick.key === exclude) continue;
    const place = gazetteer.place(pick.place);
    const sure = pick.weight ?? 1;
    if (place.country === null || sure <= 0) continue;
    counts.set(place.country, (counts.get(place.country) ?? 0) + sure);
    total += sure;
    if (place.feature.startsWith("PCL")) named.add(place.country);
    if (!isPoint(place.feature)) continue;
    if (place.admin1 !== null && sure >= 0.5) {
      const key = `${place.country}.${place.admin1}`;
      admin1s.set(key, Math.max(admin1s.get(key) ?? 0, place.feature === "ADM1" ? 2 : 1));
    }
    points.push({
      lat: place.lat,
      lon: place.lon,
      place: pick.place,
      key: pick.key,
      cost: 0,
      weight: anchorWeight(place) * sure,
    });
  }
  const countries = new Map<string, number>();
  let top: string | null = null;
  for (const [code, n] of counts) {
    countries.set(code, n / Math.max(total, 1));
    if (top === null || n > (counts.get(top) ?? 0)) top = code;
  }
  return { countries, home: dateline ?? top, named, admin1s, points, alternatives, exclude };
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
