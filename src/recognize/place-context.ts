/**
 * What a document says about where it is: the countries it names (weighted by how often), its
 * home country, the first-level divisions it names, and points of places it names without
 * doubt. Ambiguous names are then read in that light: Ottawa in a Canadian story, Edmonton next
 * to Cairns, London with Ontario.
 */

import type { Gazetteer } from "../lexicon/gazetteer.js";

export interface PlaceContext {
  /** ISO2 country → share of the document's country evidence (0..1). */
  readonly countries: ReadonlyMap<string, number>;
  readonly home: string | null;
  /** "CA.08": divisions named or holding a place named without doubt. */
  readonly admin1s: ReadonlyMap<string, number>;
  /** Points of cities and divisions named without doubt. */
  readonly points: readonly {
    readonly lat: number;
    readonly lon: number;
    readonly place: number;
  }[];
}

/** Places settled before context is used: dictionary countries and unambiguous names. */
export function buildContext(
  gazetteer: Gazetteer,
  settled: readonly number[],
  home: string | null,
): PlaceContext {
  const counts = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const points: { lat: number; lon: number; place: number }[] = [];
  let total = 0;
  for (const index of settled) {
    const place = gazetteer.place(index);
    if (place.country === null) continue;
    counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
    total++;
    if (place.feature.startsWith("PCL") || place.feature === "CONT") continue;
    if (place.admin1 !== null) {
      const key = `${place.country}.${place.admin1}`;
      admin1s.set(key, (admin1s.get(key) ?? 0) + 1);
    }
    points.push({ lat: place.lat, lon: place.lon, place: index });
  }
  const countries = new Map<string, number>();
  for (const [code, n] of counts) countries.set(code, n / Math.max(total, 1));
  return { countries, home, admin1s, points };
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
