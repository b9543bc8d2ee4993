/**
 * Country names and ISO 3166-1 numeric codes for the ACLED export, from the world-countries
 * package (ODbL 1.0, credited in NOTICE), looked up by the alpha-3 codes Harbinger writes. A
 * separate module so that the exporters themselves stay free of data and load it only when
 * a caller asks for it.
 */

import worldCountries, { type Countries } from "world-countries";
import type { CountryInfo, CountryLookup } from "./export-options.js";

// The package is CommonJS exporting the list itself; its types describe an ES default export,
// which TypeScript's NodeNext rules read as the module object. At run time it is the list.
const countries = worldCountries as unknown as Countries;

let byCode: ReadonlyMap<string, CountryInfo> | null = null;

export function worldCountryLookup(): CountryLookup {
  byCode ??= new Map(
    countries.map((c) => [
      c.cca3,
      { name: c.name.common, isoNumeric: /^\d+$/.test(c.ccn3) ? Number(c.ccn3) : null },
    ]),
  );
  const table = byCode;
  return (code) => table.get(code) ?? null;
}
