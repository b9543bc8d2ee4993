/**
 * The centre of each first-level division, estimated from the GeoNames cities that carry its
 * country and admin1 code: the middle of the range of their latitudes and longitudes with the
 * outer twentieth on each side trimmed. A population-weighted mean would pull a large, thinly
 * settled division (Queensland, Alberta) towards its biggest city, hundreds of kilometres from
 * the division's own centre; the trimmed range keeps stray islands from stretching it.
 */

import type { CityRow } from "./gazetteer-build.js";

export function regionCentres(
  cities: readonly CityRow[],
): Map<string, { lat: number; lon: number }> {
  const points = new Map<string, { lats: number[]; lons: number[] }>();
  for (const { row } of cities) {
    if (row.country === null || row.admin1 === null) continue;
    const key = `${row.country}.${row.admin1}`;
    let p = points.get(key);
    if (p === undefined) {
      p = { lats: [], lons: [] };
      points.set(key, p);
    }
    p.lats.push(row.lat);
    p.lons.push(row.lon);
  }
  const centres = new Map<string, { lat: number; lon: number }>();
  for (const [key, p] of points) centres.set(key, { lat: middle(p.lats), lon: middle(p.lons) });
  return centres;
}

function middle(values: number[]): number {
  values.sort((a, b) => a - b);
  const trim = values.length >= 20 ? Math.floor(values.length / 20) : 0;
  const low = values[trim] as number;
  const high = values[values.length - 1 - trim] as number;
  return (low + high) / 2;
}
