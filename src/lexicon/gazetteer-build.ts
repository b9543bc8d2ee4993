/**
 * Builds the compact gazetteer index from its sources: the GeoNames cities file (cities of 500
 * people and more, with alternate names), country data (ISO codes, names, representative
 * points), the actor dictionaries' country names and the team's regions file. Pure: the build
 * script reads the files and writes the result.
 */

import type { CountryEntry } from "./actor-schemas.js";
import { isUsableAlternate } from "./alternate-names.js";
import { foldKey } from "./fold.js";
import { GAZETTEER_VERSION, type GazetteerData, type RegionsFile } from "./geo-schemas.js";
import { regionCentres } from "./region-centres.js";

/** The fields of a country record the build reads (the world-countries package's shape). */
export interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly independent?: boolean | null;
  readonly altSpellings?: readonly string[];
  readonly latlng: readonly number[];
}

export interface GazetteerSources {
  /** The GeoNames cities file as text (tab-separated, one place per line). */
  readonly cities: string;
  readonly countries: readonly CountryRecord[];
  /** The actor dictionaries' countries: English names, aliases and historic names by ISO2. */
  readonly actorCountries: readonly CountryEntry[];
  readonly regions: RegionsFile;
  readonly credits: readonly string[];
}

interface PlaceRow {
  readonly geonameid: number | null;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly feature: string;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly population: number;
}

export function buildGazetteer(sources: GazetteerSources): GazetteerData {
  const rows: PlaceRow[] = [];
  const names = new Map<string, string[]>();
  const addName = (name: string, place: number, alternate: boolean) => {
    const key = foldKey(name);
    if (key === "" || /[\t\n]/.test(key)) return;
    const refs = names.get(key);
    const ref = alternate ? `${place}a` : `${place}`;
    if (refs === undefined) names.set(key, [ref]);
    else if (!refs.includes(`${place}`) && !refs.includes(`${place}a`)) refs.push(ref);
  };
  const countryLines: string[] = [];
  const cityRows = parseCities(sources.cities);

  const points = new Map(sources.regions.countries.map((c) => [c.iso2, c]));
  const actorNames = new Map<string, CountryEntry>();
  for (const c of sources.actorCountries) if (c.iso2 !== null) actorNames.set(c.iso2, c);
  for (const record of sources.countries) {
    const point = points.get(record.cca2);
    const actor = actorNames.get(record.cca2);
    const index = rows.length;
    rows.push({
      geonameid: point?.geonameid ?? null,
      name: actor?.name ?? record.name.common,
      lat: point?.lat ?? record.latlng[0] ?? 0,
      lon: point?.lon ?? record.latlng[1] ?? 0,
      feature: record.independent === false ? "PCLD" : "PCLI",
      country: record.cca2,
      admin1: null,
      population: 0,
    });
    countryLines.push(`${record.cca2}\t${record.cca3}\t${index}`);
    for (const n of [record.name.common, record.name.official]) addName(n, index, false);
    for (const n of record.altSpellings ?? []) if (isUsableAlternate(n)) addName(n, index, true);
    if (actor !== undefined)
      for (const n of [actor.name, ...actor.aliases, ...actor.historic]) addName(n, index, false);
  }

  const centres = regionCentres(cityRows);
  for (const region of sources.regions.regions) {
    const centre =
      region.lat !== null && region.lon !== null
        ? { lat: region.lat, lon: region.lon }
        : centres.get(`${region.country}.${region.admin1}`);
    if (centre === undefined) continue; // no GeoNames city carries that admin1 code
    const index = rows.length;
    rows.push({
      geonameid: region.geonameid,
      name: region.name,
      lat: centre.lat,
      lon: centre.lon,
      feature: region.feature,
      country: region.country,
      admin1: region.admin1,
      population: 0,
    });
    for (const n of [region.name, ...region.aliases]) addName(n, index, false);
  }
  const regionCount = rows.length;

  for (const city of cityRows) {
    const index = rows.length;
    rows.push(city.row);
    addName(city.row.name, index, false);
    addName(city.ascii, index, false);
    if (!keepsAlternates(city.row)) continue;
    for (const n of city.alternates) if (isUsableAlternate(n)) addName(n, index, true);
  }

  const nameLines = [...names].map(([key, refs]) => `${key}\t${refs.join(",")}`);
  nameLines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    version: GAZETTEER_VERSION,
    sources: [...sources.credits],
    places: rows.map(placeLine).join("\n"),
    regionCount,
    names: nameLines.join("\n"),
    countries: countryLines.join("\n"),
  };
}

/**
 * Alternate names of villages are mostly other languages' spellings that English news never
 * uses, and they are a third of all names: only towns of 10,000 people or more and seats of
 * first-level divisions keep theirs.
 */
function keepsAlternates(row: PlaceRow): boolean {
  return row.population >= 10_000 || row.feature === "PPLC" || row.feature === "PPLA";
}

function placeLine(p: PlaceRow): string {
  return [
    p.geonameid ?? "",
    p.name,
    round(p.lat),
    round(p.lon),
    p.feature,
    p.country ?? "",
    p.admin1 ?? "",
    p.population,
  ].join("\t");
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export interface CityRow {
  readonly row: PlaceRow;
  readonly ascii: string;
  readonly alternates: readonly string[];
}

/** GeoNames columns: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1, …, population. */
export function parseCities(text: string): CityRow[] {
  const out: CityRow[] = [];
  for (const line of text.split("\n")) {
    const f = line.split("\t");
    if (f.length < 15) continue;
    out.push({
      row: {
        geonameid: Number(f[0]),
        name: f[1] as string,
        lat: Number(f[4]),
        lon: Number(f[5]),
        feature: f[7] as string,
        country: f[8] || null,
        admin1: f[10] || null,
        population: Number(f[14]) || 0,
      },
      ascii: f[2] as string,
      alternates: f[3] ? f[3].split(",") : [],
    });
  }
  return out;
}
