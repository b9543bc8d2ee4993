/**
 * A gazetteer of namesakes for the tests of place disambiguation: real places that share a name
 * (Paris in France, Texas and Kentucky; London in England, Ontario and Kentucky; Edmonton in
 * Alberta and north London; Geneva in Switzerland and Illinois …), with their GeoNames ids, points, feature codes and populations,
 * and enough towns in each division for the build to compute its centre.
 */

import type { Gazetteer } from "../../src/lexicon/gazetteer.js";
import type { CountryRecord } from "../../src/lexicon/gazetteer-build.js";
import { type Row, countryRecord as record, testGazetteer } from "./mini-gazetteer.js";

/** id, name, alternate names, lat, lon, feature code, country, admin1, population. */
const ROWS: Row[] = [
  [2988507, "Paris", "", 48.8534, 2.3488, "PPLC", "FR", "11", 2138551],
  [4717560, "Paris", "", 33.6609, -95.5555, "PPLA2", "US", "TX", 24782],
  [4303602, "Paris", "", 38.2098, -84.253, "PPLA2", "US", "KY", 9870],
  [4671654, "Austin", "", 30.2672, -97.7431, "PPLA", "US", "TX", 931830],
  [4297983, "Lexington", "", 37.9887, -84.4777, "PPLA2", "US", "KY", 225366],
  [2643743, "London", "", 51.5085, -0.1257, "PPLC", "GB", "ENG", 8961989],
  [6058560, "London", "", 42.9834, -81.233, "PPL", "CA", "08", 346765],
  [4298960, "London", "", 37.129, -84.0833, "PPLA2", "US", "KY", 8126],
  [6167865, "Toronto", "", 43.7001, -79.4163, "PPLA", "CA", "08", 2600000],
  [5946768, "Edmonton", "", 53.5501, -113.4687, "PPLA", "CA", "01", 1010899],
  [6118158, "Red Deer", "", 52.2668, -113.802, "PPL", "CA", "01", 73593],
  [2650209, "Edmonton", "", 51.6256, -0.058, "PPL", "GB", "ENG", 82000],
  [2649997, "Enfield Town", "Enfield", 51.6515, -0.085, "PPLA3", "GB", "ENG", 156858],
  [4834040, "Enfield", "", 41.9762, -72.5918, "PPL", "US", "CT", 45212],
  [4140963, "Washington", "", 38.8951, -77.0364, "PPLC", "US", "DC", 689545],
  [2634715, "Washington", "", 54.9, -1.5167, "PPL", "GB", "ENG", 53526],
  [2640729, "Oxford", "", 51.7522, -1.256, "PPLA2", "GB", "ENG", 162100],
  [4440076, "Oxford", "", 34.3665, -89.5193, "PPLA2", "US", "MS", 22314],
  [4483745, "Oxford", "", 36.3107, -78.5908, "PPLA2", "US", "NC", 8742],
  [4487042, "Raleigh", "", 35.7721, -78.6386, "PPLA", "US", "NC", 451066],
  [4667282, "White House", "", 36.4703, -86.6514, "PPL", "US", "TN", 11226],
  [4250542, "Springfield", "", 39.8017, -89.6437, "PPLA", "US", "IL", 116565],
  [2660646, "Genève", "Geneva,Genf,Ginevra", 46.2022, 6.1457, "PPLA", "CH", "GE", 183981],
  [4893591, "Geneva", "", 41.8875, -88.3054, "PPLA2", "US", "IL", 21806],
  [524901, "Moscow", "", 55.7522, 37.6156, "PPLC", "RU", "48", 10381222],
  [5281876, "Bantam", "", 41.7245, -73.2362, "PPL", "US", "CT", 735],
  [4835797, "Hartford", "", 41.7637, -72.6851, "PPLA", "US", "CT", 121054],
  [5545269, "Price", "", 39.5994, -110.8107, "PPLA2", "US", "UT", 8378],
  [5780993, "Salt Lake City", "", 40.7608, -111.891, "PPLA", "US", "UT", 192672],
  [3690935, "Vice", "", -5.4167, -80.7833, "PPLA3", "PE", "20", 12915],
  [4853828, "Des Moines", "", 41.6005, -93.6091, "PPLA", "US", "IA", 210330],
];

const COUNTRIES: CountryRecord[] = [
  record("FR", "FRA", "France", [46, 2]),
  record("GB", "GBR", "United Kingdom", [54, -2]),
  record("US", "USA", "United States", [38, -97]),
  record("CA", "CAN", "Canada", [60, -95]),
  record("CH", "CHE", "Switzerland", [47, 8]),
  record("RU", "RUS", "Russia", [60, 100]),
  record("UA", "UKR", "Ukraine", [49, 32]),
  record("DE", "DEU", "Germany", [51.5, 10.5]),
  record("PL", "POL", "Poland", [52, 20]),
];

let built: Gazetteer | null = null;

export function namesakeGazetteer(): Gazetteer {
  built ??= testGazetteer(ROWS, COUNTRIES, "namesake gazetteer");
  return built;
}
