import { describe, expect, it } from "vitest";
import raw from "../../data/actors/organisations.json" with { type: "json" };
import { nameClashes, repeated } from "../../test/support/dictionary-checks.js";
import { type OrganisationEntry, OrganisationsFileSchema } from "./actor-schemas.js";

const parsed = OrganisationsFileSchema.safeParse(raw);
const organisations: OrganisationEntry[] = parsed.success ? parsed.data.organisations : [];

function byName(name: string): OrganisationEntry {
  const found = organisations.find((o) => o.name === name || o.aliases.includes(name));
  if (!found) throw new Error(`no organisation named ${name}`);
  return found;
}

describe("organisations (data/actors/organisations.json)", () => {
  it("validates against OrganisationsFileSchema", () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(organisations.length).toBeGreaterThan(100);
    expect(raw.sources.some((s) => s.includes("Open Event Data Alliance"))).toBe(true);
  });

  it("gives every organisation its own code", () => {
    expect(repeated(organisations.map((entry) => entry.code))).toEqual([]);
  });

  it("never uses one name or alias for two organisations (case-insensitive)", () => {
    expect(nameClashes(organisations)).toEqual([]);
  });

  it("keeps country null for international bodies and sets it for national ones", () => {
    for (const o of organisations) {
      if (o.kind === "mnc") expect(o.country, o.name).not.toBeNull();
      if (o.code.startsWith("IGO")) expect(o.country, o.name).toBeNull();
    }
  });

  it("codes the main organisations as PETRARCH does", () => {
    const nato = byName("NATO");
    expect(nato.code).toBe("IGOWSTNAT");
    expect(nato.kind).toBe("alliance");
    expect(nato.descriptions).toContain("the alliance");
    expect(nato.aliases).toContain("North Atlantic Treaty Organisation");
    expect(byName("UN").code).toBe("IGOUNO");
    expect(byName("United Nations").descriptions).toContain("the world body");
    expect(byName("EU").code).toBe("IGOEUREEC");
    expect(byName("European Union").descriptions).toContain("the bloc");
    expect(byName("ICC").code).toBe("IGOJUDICC");
    expect(byName("International Criminal Court").kind).toBe("court");
    expect(byName("ICRC").code).toBe("NGOHLHIRC");
    expect(byName("OSCE").name).toBe("Organization for Security and Co-operation in Europe");
    expect(byName("UNHCR").code).toBe("IGOUNOREFHCR");
    expect(byName("IAEA").descriptions).toContain("the watchdog");
  });

  it("lists the bodies the coder needs", () => {
    for (const name of [
      "UN Security Council",
      "UN General Assembly",
      "UNICEF",
      "WFP",
      "WHO",
      "OCHA",
      "UNRWA",
      "UNDP",
      "MONUSCO",
      "UNIFIL",
      "MINUSMA",
      "European Commission",
      "European Parliament",
      "Council of the European Union",
      "African Union",
      "ECOWAS",
      "SADC",
      "IGAD",
      "EAC",
      "ASEAN",
      "Arab League",
      "GCC",
      "OIC",
      "OPEC",
      "OPEC+",
      "CSTO",
      "CIS",
      "SCO",
      "BRICS",
      "Eurasian Economic Union",
      "G7",
      "G20",
      "IMF",
      "World Bank",
      "WTO",
      "ICJ",
      "IFRC",
      "Palestine Red Crescent Society",
      "Interpol",
      "Amnesty International",
      "Human Rights Watch",
      "Médecins Sans Frontières",
      "Doctors Without Borders",
      "Oxfam",
      "Save the Children",
      "Council of Europe",
      "the Commonwealth",
      "OAS",
      "Mercosur",
    ]) {
      expect(() => byName(name), name).not.toThrow();
    }
  });
});
