import { describe, expect, it } from "vitest";
import data from "../../data/actors/countries.json" with { type: "json" };
import { CountriesFileSchema, type CountryEntry } from "./actor-schemas.js";
import { foldKey } from "./fold.js";

/**
 * Names that belong to more than one entry on purpose, each with the codes it may stand for.
 * Every other name must point to exactly one country. A collision is found on the matching key
 * (`foldKey`: case, accents and a leading "the" ignored), so the check is the one the name index
 * meets at load.
 *
 * Settled in the data instead of here:
 * - "Congo" alone is the Democratic Republic of the Congo (COD), as the newswires use it; the
 *   Republic of the Congo (COG) is "Republic of Congo", "Congo Republic", "Congo-Brazzaville".
 * - "Dominican" is the Dominican Republic (DOM); Dominica (DMA) has no adjective in the file.
 * - "Korea", "Korean" and a bare "Virgin Islands" are left out altogether.
 * - Capitals and seats of historical states that are also those of current states (Moscow, the
 *   Kremlin, Belgrade, Prague) are listed with the current state only.
 */
const AMBIGUOUS: Readonly<Record<string, readonly string[]>> = {
  // Adjective and demonym of both Congos; context (Kinshasa, Brazzaville) must decide.
  congolese: ["COD", "COG"],
};

/** The 193 UN member states (ISO 3166-1 alpha-2), for the completeness check. */
const UN_MEMBERS = `
  AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH CM CA
  CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI FR GA GM GE
  DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR
  LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK
  NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK SI SB SO
  ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA AE GB US UY UZ VU VE VN YE ZM
  ZW`
  .trim()
  .split(/\s+/);

const NAME_FIELDS = [
  "aliases",
  "historic",
  "adjectives",
  "demonyms",
  "capitals",
  "seats",
] as const satisfies readonly (keyof CountryEntry)[];

const parsed = CountriesFileSchema.parse(data);
const countries = parsed.countries;

function allNames(entry: CountryEntry): string[] {
  return [entry.name, ...NAME_FIELDS.flatMap((field) => entry[field])];
}

function byCode(code: string): CountryEntry {
  const entry = countries.find((c) => c.code === code);
  if (entry === undefined) throw new Error(`no entry with code ${code}`);
  return entry;
}

describe("countries and territories (data/actors/countries.json)", () => {
  it("validates against the schema", () => {
    const result = CountriesFileSchema.safeParse(data);
    expect(result.success, result.error?.message).toBe(true);
    expect(parsed.sources.some((s) => s.startsWith("PETRARCH2"))).toBe(true);
  });

  it("has at least 240 entries with unique codes and unique ISO alpha-2 codes", () => {
    expect(countries.length).toBeGreaterThanOrEqual(240);
    const codes = countries.map((c) => c.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
    const iso2 = countries.flatMap((c) => (c.iso2 === null ? [] : [c.iso2]));
    expect(iso2.filter((code, i) => iso2.indexOf(code) !== i)).toEqual([]);
  });

  it("lists every UN member and observer state as a country", () => {
    expect(new Set(UN_MEMBERS).size).toBe(193);
    const countryIso2 = new Set(countries.filter((c) => c.kind === "country").map((c) => c.iso2));
    const missing = [...UN_MEMBERS, "VA", "PS"].filter((code) => !countryIso2.has(code));
    expect(missing).toEqual([]);
  });

  it("maps no name to two countries unless the name is on the ambiguity list", () => {
    const owners = new Map<string, Set<string>>();
    for (const entry of countries) {
      for (const name of allNames(entry)) {
        const key = foldKey(name);
        const set = owners.get(key) ?? new Set<string>();
        set.add(entry.code);
        owners.set(key, set);
      }
    }
    const shared = [...owners]
      .filter(([, codes]) => codes.size > 1)
      .map(([key, codes]) => [key, [...codes].sort()] as const);
    const unexpected = shared.filter(([key]) => AMBIGUOUS[key] === undefined);
    expect(unexpected).toEqual([]);
    // The list stays honest: each listed name is shared by exactly the codes it names.
    for (const [key, codes] of Object.entries(AMBIGUOUS)) {
      expect([...(owners.get(key) ?? [])].sort(), key).toEqual([...codes].sort());
    }
  });

  it("writes names as text does: no PETRARCH underscores, no all-capital spellings of words", () => {
    for (const entry of countries) {
      for (const name of allNames(entry)) {
        expect(name, entry.code).not.toMatch(/_/);
        const letters = name.replace(/[^\p{L}]/gu, "");
        // All-capital forms are abbreviations ("USSR", "HKSAR", "FYROM"), never spelled-out words.
        if (letters === letters.toUpperCase()) expect(letters.length, name).toBeLessThanOrEqual(5);
      }
    }
  });

  it("keeps historical states apart from current ones", () => {
    const historical = countries.filter((c) => c.kind === "historical").map((c) => c.code);
    expect(historical.sort()).toEqual(["CSK", "DDR", "SUN", "YUG"]);
    expect(byCode("SUN")).toMatchObject({ name: "Soviet Union", kind: "historical" });
    expect(byCode("SUN").aliases).toContain("USSR");
    expect(byCode("DDR").aliases).toContain("German Democratic Republic");
  });

  it("spot checks: Canada, Ukraine, Russia, the United States, the United Kingdom", () => {
    const canada = byCode("CAN");
    expect(canada).toMatchObject({ name: "Canada", iso2: "CA", kind: "country" });
    expect(canada.capitals).toContain("Ottawa");
    expect(canada.adjectives).toContain("Canadian");
    expect(canada.demonyms).toEqual(expect.arrayContaining(["Canadian", "Canadians"]));

    const ukraine = byCode("UKR");
    expect(ukraine.name).toBe("Ukraine");
    expect(ukraine.capitals).toEqual(expect.arrayContaining(["Kyiv", "Kiev"]));
    expect(ukraine.adjectives).toContain("Ukrainian");

    const russia = byCode("RUS");
    expect(russia.name).toBe("Russia");
    expect(russia.aliases).toContain("Russian Federation");
    expect(russia.seats).toContain("the Kremlin");

    const usa = byCode("USA");
    expect(usa.aliases).toEqual(expect.arrayContaining(["U.S.", "US", "USA", "America"]));
    expect(usa.capitals).toContain("Washington");
    expect(usa.seats).toEqual(expect.arrayContaining(["the White House", "the Pentagon"]));

    const uk = byCode("GBR");
    expect(uk.aliases).toEqual(expect.arrayContaining(["Britain", "UK", "Great Britain"]));
    expect(uk.adjectives).toContain("British");
    expect(uk.demonyms).toEqual(expect.arrayContaining(["Briton", "Britons"]));
    expect(uk.seats).toContain("Downing Street");
  });

  it("spot checks: renamed and doubly named countries", () => {
    const myanmar = byCode("MMR");
    expect(myanmar.name).toBe("Myanmar");
    expect(myanmar.historic).toContain("Burma");

    const czech = byCode("CZE");
    expect([czech.name, ...czech.aliases]).toEqual(
      expect.arrayContaining(["Czech Republic", "Czechia"]),
    );

    const ivoryCoast = byCode("CIV");
    expect([ivoryCoast.name, ...ivoryCoast.aliases]).toEqual(
      expect.arrayContaining(["Ivory Coast", "Côte d'Ivoire"]),
    );
    expect(ivoryCoast.adjectives).toContain("Ivorian");

    const turkey = byCode("TUR");
    expect([turkey.name, ...turkey.aliases]).toEqual(expect.arrayContaining(["Turkey", "Türkiye"]));

    expect(byCode("SWZ").historic).toContain("Swaziland");
    expect(byCode("COD").historic).toContain("Zaire");
    expect(byCode("COD").aliases).toEqual(expect.arrayContaining(["DRC", "DR Congo", "Congo"]));
    expect(byCode("MKD").historic).toContain("Macedonia");
    expect(byCode("LKA").historic).toContain("Ceylon");
  });

  it("spot checks: partially recognised states and territories", () => {
    const kosovo = byCode("KSV");
    expect(kosovo).toMatchObject({ name: "Kosovo", iso2: "XK" });
    expect(kosovo.capitals).toContain("Pristina");

    const palestine = byCode("PSE");
    expect(palestine).toMatchObject({ name: "Palestine", kind: "country" });
    expect(palestine.adjectives).toContain("Palestinian");

    const taiwan = byCode("TWN");
    expect(taiwan.name).toBe("Taiwan");
    expect(taiwan.capitals).toContain("Taipei");
    expect(taiwan.aliases).toContain("Republic of China");

    for (const code of ["HKG", "MAC", "PRI", "GRL", "FRO", "BMU", "GIB", "GUM", "NCL", "PYF"])
      expect(byCode(code).kind, code).toBe("territory");
    for (const name of [
      "Northern Cyprus",
      "Somaliland",
      "Abkhazia",
      "South Ossetia",
      "Transnistria",
    ])
      expect(
        countries.some((c) => c.name === name && c.kind === "territory"),
        name,
      ).toBe(true);
  });
});
