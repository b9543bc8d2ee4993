/**
 * GDELT's eight geography columns (Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
 * FeatureID), written three times per event: for Actor1, Actor2 and the action. Harbinger
 * geolocates the action only, so the actors' columns stay empty with type 0, as GDELT writes
 * an actor it could not place.
 *
 * What differs from GDELT, by necessity: GDELT's country codes are FIPS 10-4 and its feature
 * ids come from the GNS/GNIS gazetteers; Harbinger writes the location's country code through
 * `geoCountryCode` (ISO 3166-1 alpha-3 by default) and GeoNames ids.
 */

import type { CellValue } from "./cells.js";
import type { ExportLocation } from "./export-event.js";

export const GEO_FIELDS = [
  "Type",
  "FullName",
  "CountryCode",
  "ADM1Code",
  "ADM2Code",
  "Lat",
  "Long",
  "FeatureID",
] as const;

/** GDELT's geographic resolution codes. */
const GEO_TYPE = { none: 0, country: 1, usState: 2, usCity: 3, worldCity: 4, worldState: 5 };

const DIVISIONS = new Set(["admin1", "admin2", "state", "province", "region"]);

function geoType(location: ExportLocation): number {
  const us = location.country === "USA";
  if (location.feature === "country") return GEO_TYPE.country;
  if (location.feature && DIVISIONS.has(location.feature)) {
    return us ? GEO_TYPE.usState : GEO_TYPE.worldState;
  }
  // A city, a town or any other named point: GDELT's landmark-level resolution.
  return us ? GEO_TYPE.usCity : GEO_TYPE.worldCity;
}

/** The eight empty values of a place Harbinger did not find. */
export const NO_PLACE: readonly CellValue[] = [GEO_TYPE.none, "", "", "", "", "", "", ""];

/** The eight values, in GEO_FIELDS order, for a location or for none. */
export function geoCells(
  location: ExportLocation | null,
  countryCode: (code: string) => string,
): readonly CellValue[] {
  if (location === null) return NO_PLACE;
  const type = geoType(location);
  const country = location.country === null ? "" : countryCode(location.country);
  // GDELT writes a country-level place's country code as its ADM1 code and feature id, and
  // an ADM1 code as the country code followed by the division's own code.
  const adm1 =
    type === GEO_TYPE.country ? country : location.admin1 ? `${country}${location.admin1}` : "";
  const feature =
    type === GEO_TYPE.country ? country : (location.geonameid ?? (adm1 === "" ? "" : adm1));
  return [type, location.name, country, adm1, "", location.lat, location.lon, feature];
}
