/**
 * Great-circle distance between two points, for telling whether two reports place an event in
 * the same area. The haversine formula on a spherical Earth is far more precise than the
 * geocoding it is applied to.
 */

const EARTH_RADIUS_KM = 6371;

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

export function kmBetween(a: LatLon, b: LatLon): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
