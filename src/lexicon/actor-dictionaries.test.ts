/**
 * The bundled actor dictionaries as one lexicon: they load and validate together, refer to
 * each other consistently, and the regions file holds what the recogniser relies on.
 */

import { describe, expect, it } from "vitest";
import regions from "../../data/actors/regions.json" with { type: "json" };
import { parseActorDictionaries } from "./actor-lexicon.js";
import { RegionsFileSchema } from "./actor-schemas.js";
import { bundledActorLexicon } from "./bundled-actors.js";
import { acceptsSurface } from "./name-index.js";

describe("bundled actor dictionaries", () => {
  const lexicon = bundledActorLexicon();
  const { countries, people, groups, organisations } = lexicon.dictionaries;
  const codes = new Set(countries.map((c) => c.code));

  it("give every person, group and national organisation a country the countries file lists", () => {
    const unknown = [
      ...people.filter((p) => !codes.has(p.country)).map((p) => `person ${p.name}: ${p.country}`),
      ...groups
        .filter((g) => g.country !== null && !codes.has(g.country))
        .map((g) => `group ${g.name}: ${g.country}`),
      ...organisations
        .filter((o) => o.country !== null && !codes.has(o.country))
        .map((o) => `organisation ${o.name}: ${o.country}`),
    ];
    expect(unknown).toEqual([]);
  });

  it("index names, agent words and titled roles", () => {
    expect(lexicon.names.size).toBeGreaterThan(3000);
    expect(lexicon.agents.get("soldier")?.sectors).toEqual(["MIL"]);
    expect(lexicon.agents.get("defense ministry") ?? lexicon.agents.get("ministry")).toBeDefined();
    expect(lexicon.rolesByTitle.get("prime minister")?.length).toBeGreaterThan(10);
  });

  it("let an alias in ordinary letter case widen an all-capital name ('FARC' and 'Farc')", () => {
    const farc = lexicon.names.get("farc") ?? [];
    expect(farc).toHaveLength(1);
    expect(farc.every((entry) => acceptsSurface(entry, "Farc"))).toBe(true);
    expect(farc.every((entry) => acceptsSurface(entry, "FARC"))).toBe(true);
    // An abbreviation with no such alias keeps its letter case: "us" is no country.
    expect((lexicon.names.get("us") ?? []).some((entry) => acceptsSurface(entry, "us"))).toBe(
      false,
    );
  });

  it("reject a dictionary that fails its schema, naming the file", () => {
    const raw = {
      countries: { description: "", sources: [], countries: [] },
      organisations: {},
      groups: {},
      agents: {},
      people: {},
      regions,
    };
    expect(() => parseActorDictionaries(raw)).toThrow(
      /^data\/actors\/countries\.json: a data file failed validation/,
    );
  });
});

describe("regions (data/actors/regions.json)", () => {
  it("parses, with unique codes and names, the West as a bloc and Europe as a region", () => {
    const parsed = RegionsFileSchema.parse(regions);
    const codes = parsed.regions.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    const names = parsed.regions.flatMap((r) => [r.name, ...r.aliases].map((n) => n.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    expect(parsed.regions.find((r) => r.code === "WST")?.kind).toBe("bloc");
    expect(parsed.regions.find((r) => r.code === "EUR")?.kind).toBe("region");
  });
});
