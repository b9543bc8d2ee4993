import { describe, expect, it } from "vitest";
import regions from "../../data/geo/regions.json" with { type: "json" };
import toponymWords from "../../data/geo/toponym-words.json" with { type: "json" };
import { miniGazetteer } from "../../test/support/mini-gazetteer.js";
import { isUsableAlternate } from "./alternate-names.js";
import { foldKey } from "./fold.js";
import { loadGazetteer } from "./gazetteer.js";
import { RegionsFileSchema } from "./geo-schemas.js";
import { parseToponymWords } from "./toponym-words.js";

describe("the gazetteer's data files", () => {
  it("validates the regions file, with unique names per country", () => {
    const file = RegionsFileSchema.parse(regions);
    const seen = new Set<string>();
    for (const r of file.regions) {
      const key = `${r.country}:${foldKey(r.name)}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
    const names = file.regions.map((r) => r.name);
    for (const name of [
      "Donbas",
      "Crimea",
      "West Bank",
      "Gaza Strip",
      "Kashmir",
      "Darfur",
      "Tigray",
      "Sahel",
      "Balkans",
      "Middle East",
      "Europe",
      "Alberta",
      "Texas",
      "Donetsk Oblast",
      "Idlib Governorate",
      "Helmand",
    ])
      expect(names).toContain(name);
  });

  it("validates the toponym word lists and rejects a malformed one", () => {
    expect(parseToponymWords(toponymWords, "toponym-words.json").notPlaces.has("march")).toBe(true);
    expect(() => parseToponymWords({ ...toponymWords, notPlaces: ["March"] }, "bad.json")).toThrow(
      /bad\.json/,
    );
  });
});

describe("alternate names", () => {
  it("keeps Latin-script exonyms and drops codes, transliterations and other scripts", () => {
    expect(isUsableAlternate("Kiev")).toBe(true);
    expect(isUsableAlternate("Lemberg")).toBe(true);
    expect(isUsableAlternate("LWO")).toBe(false);
    expect(isUsableAlternate("lbwb")).toBe(false);
    expect(isUsableAlternate("Львів")).toBe(false);
    expect(isUsableAlternate("Kyiv 2")).toBe(false);
  });
});

describe("the built index", () => {
  const gazetteer = miniGazetteer();
  const names = (key: string) => gazetteer.lookup(key).map((r) => gazetteer.place(r.place).name);

  it("finds places by their names and their older English spellings", () => {
    expect(names("kiev")).toEqual(["Kyiv"]);
    expect(names("kharkov")).toEqual(["Kharkiv"]);
    expect(names("odessa")).toEqual(["Odesa"]);
    expect(names("ottawa")).toHaveLength(2);
    expect(names("nowhere at all")).toEqual([]);
  });

  it("holds countries, divisions and regions with their points", () => {
    const ukraine = gazetteer.countryByIso2("UA");
    expect(ukraine?.iso3).toBe("UKR");
    expect(gazetteer.place(ukraine?.place ?? -1).geonameid).toBe(690791);
    const canada = gazetteer.place(gazetteer.countryByIso3("CAN")?.place ?? -1);
    expect([canada.lat, canada.lon]).toEqual([60.1087, -113.6426]); // GeoNames' point, not the country data's
    expect(names("donbas")).toEqual(["Donbas"]);
    expect(names("alta.")).toEqual(["Alberta"]);
    expect(gazetteer.admin1("CA", "08")?.name).toBe("Ontario");
  });

  it("computes a division's centre from its cities when the regions file gives none", () => {
    const donetsk = gazetteer.admin1("UA", "05");
    expect(donetsk?.name).toBe("Donetsk Oblast");
    expect(donetsk?.lat).toBeCloseTo((48.023 + 48.1394) / 2, 3);
  });

  it("rejects a damaged index with an error naming it", () => {
    expect(() => loadGazetteer({ version: 99 }, "dist/data/gazetteer.json")).toThrow(
      /gazetteer\.json.*npm run build/,
    );
  });
});
