/**
 * A small gazetteer built in memory for tests: a handful of real places written in the GeoNames
 * cities layout (id, name, ascii name, alternate names, lat, lon, class, code, country, cc2,
 * admin1, admin2–4, population), a few countries and the team's regions file, so place tests
 * state their own facts and need no build.
 */

import countries from "../../data/actors/countries.json" with { type: "json" };
import regions from "../../data/geo/regions.json" with { type: "json" };
import type { CountryEntry } from "../../src/lexicon/actor-schemas.js";
import { type Gazetteer, loadGazetteer } from "../../src/lexicon/gazetteer.js";
import { buildGazetteer, type CountryRecord } from "../../src/lexicon/gazetteer-build.js";
import { RegionsFileSchema } from "../../src/lexicon/geo-schemas.js";

export type Row = [number, string, string, number, number, string, string, string, number];

/** id, name, alternate names, lat, lon, feature code, country, admin1, population. */
const ROWS: Row[] = [
  [703448, "Kyiv", "Kiev,Kiew,Kijow", 50.4547, 30.5238, "PPLC", "UA", "12", 2797553],
  [702550, "Lviv", "Lvov,Lemberg,Lwow", 49.8383, 24.0232, "PPLA", "UA", "15", 717273],
  [709717, "Donetsk", "Donetsk", 48.023, 37.8022, "PPLA", "UA", "05", 929063],
  [711369, "Avdiivka", "Avdeevka,Avdiyivka", 48.1394, 37.7497, "PPL", "UA", "05", 32000],
  [706483, "Kharkiv", "Kharkov", 49.9808, 36.2527, "PPLA", "UA", "07", 1433886],
  [698740, "Odesa", "Odessa", 46.4857, 30.7438, "PPLA", "UA", "17", 1015826],
  [6094817, "Ottawa", "", 45.4112, -75.6981, "PPLC", "CA", "08", 812129],
  [4276816, "Ottawa", "", 38.6156, -95.2678, "PPLA2", "US", "KS", 12387],
  [6058560, "London", "", 42.9834, -81.233, "PPLA2", "CA", "08", 346765],
  [2643743, "London", "Londres", 51.5085, -0.1257, "PPLC", "GB", "ENG", 8961989],
  [6167865, "Toronto", "", 43.7001, -79.4163, "PPLA", "CA", "08", 2600000],
  [361058, "Alexandria", "", 31.2018, 29.9158, "PPLA", "EG", "06", 5263542],
  [4744091, "Alexandria", "", 38.8048, -77.0469, "PPLA2", "US", "VA", 159467],
  [360630, "Cairo", "", 30.0626, 31.2497, "PPLC", "EG", "11", 9606916],
  [3090048, "Police", "", 53.5521, 14.5718, "PPLA2", "PL", "87", 34350],
  [739914, "Of", "", 40.9406, 40.2592, "PPLA2", "TR", "61", 31951],
  [2643179, "March", "", 52.5513, 0.0883, "PPL", "GB", "ENG", 21051],
];

export const countryRecord = (
  cca2: string,
  cca3: string,
  name: string,
  latlng: number[],
): CountryRecord => ({
  name: { common: name, official: name },
  cca2,
  cca3,
  independent: true,
  altSpellings: [],
  latlng,
});

const COUNTRIES: CountryRecord[] = [
  countryRecord("UA", "UKR", "Ukraine", [49, 32]),
  countryRecord("CA", "CAN", "Canada", [60, -95]),
  countryRecord("US", "USA", "United States", [38, -97]),
  countryRecord("GB", "GBR", "United Kingdom", [54, -2]),
  countryRecord("EG", "EGY", "Egypt", [27, 30]),
  countryRecord("RU", "RUS", "Russia", [60, 100]),
  countryRecord("PL", "POL", "Poland", [52, 20]),
  countryRecord("TR", "TUR", "Turkey", [39, 35]),
];

export function citiesText(rows: readonly Row[] = ROWS): string {
  return rows
    .map(([id, name, alt, lat, lon, code, cc, admin1, pop]) =>
      [
        id,
        name,
        name,
        alt,
        lat,
        lon,
        "P",
        code,
        cc,
        "",
        admin1,
        "",
        "",
        "",
        pop,
        "",
        "",
        "",
        "",
      ].join("\t"),
    )
    .join("\n");
}

/** A gazetteer built from `rows` and `countries` with the bundled actor countries and regions. */
export function testGazetteer(
  rows: readonly Row[],
  countryRecords: readonly CountryRecord[],
  input: string,
): Gazetteer {
  return loadGazetteer(
    buildGazetteer({
      cities: citiesText(rows),
      countries: [...countryRecords],
      actorCountries: countries.countries as CountryEntry[],
      regions: RegionsFileSchema.parse(regions),
      credits: ["test places written by the Harbinger team"],
    }),
    input,
  );
}

let mini: Gazetteer | null = null;

export function miniGazetteer(): Gazetteer {
  mini ??= testGazetteer(ROWS, COUNTRIES, "mini gazetteer");
  return mini;
}
