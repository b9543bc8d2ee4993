import { describe, expect, it } from "vitest";
import raw from "../../data/actors/groups.json" with { type: "json" };
import { nameClashes, repeated } from "../../test/support/dictionary-checks.js";
import { type GroupEntry, GroupsFileSchema } from "./actor-schemas.js";

const parsed = GroupsFileSchema.safeParse(raw);
const groups: GroupEntry[] = parsed.success ? parsed.data.groups : [];

function byName(name: string): GroupEntry {
  const found = groups.find((g) => g.name === name || g.aliases.includes(name));
  if (!found) throw new Error(`no group named ${name}`);
  return found;
}

describe("armed groups, movements and parties (data/actors/groups.json)", () => {
  it("validates against GroupsFileSchema", () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(groups.length).toBeGreaterThan(100);
    expect(raw.sources.some((s) => s.includes("Open Event Data Alliance"))).toBe(true);
  });

  it("gives every group its own code", () => {
    expect(repeated(groups.map((entry) => entry.code))).toEqual([]);
  });

  it("never uses one name or alias for two groups (case-insensitive)", () => {
    expect(nameClashes(groups)).toEqual([]);
  });

  it("codes parties as country + PTY and transnational groups without a country", () => {
    for (const g of groups) {
      if (g.kind === "party") {
        expect(g.sectors, g.name).toContain("PTY");
        expect(g.code.slice(3, 6), g.name).toBe("PTY");
        expect(g.code.slice(0, 3), g.name).toBe(g.country);
      }
      if (g.code.startsWith("IMG") && g.country !== null) {
        expect(g.code, g.name).toMatch(/^IMGSEA/);
      }
    }
  });

  it("has the major armed groups with their aliases", () => {
    const hamas = byName("Hamas");
    expect(hamas.code).toBe("PSEREBHMS");
    expect(hamas.sectors).toContain("REB");
    const houthis = byName("Ansar Allah");
    expect(houthis.name).toBe("Houthis");
    expect(houthis.aliases).toContain("Houthi");
    expect(byName("Wagner").name).toBe("Wagner Group");
    expect(byName("RSF").name).toBe("Rapid Support Forces");
    const is = byName("Islamic State");
    expect(is.code).toBe("IMGMUSISI");
    for (const alias of ["ISIS", "ISIL", "Daesh"]) expect(is.aliases).toContain(alias);
    expect(byName("al-Qaeda").code).toBe("IMGMUSALQ");
    expect(byName("Donetsk People's Republic").code).toBe("UKRREBDPR");
    for (const name of [
      "AQAP",
      "AQIM",
      "al-Shabaab",
      "JNIM",
      "Taliban",
      "Tehrik-i-Taliban Pakistan",
      "Palestinian Islamic Jihad",
      "Hezbollah",
      "Hayat Tahrir al-Sham",
      "Syrian Democratic Forces",
      "YPG",
      "PKK",
      "Boko Haram",
      "ISWAP",
      "M23",
      "ADF",
      "Luhansk People's Republic",
      "Arakan Army",
      "Kachin Independence Army",
      "People's Defence Force",
      "Fano",
      "TPLF",
      "ELN",
      "FARC",
      "Azawad Liberation Front",
    ]) {
      expect(byName(name).kind, name).toBe("armed");
    }
  });

  it("has the major parties", () => {
    for (const name of [
      "United Russia",
      "Republican Party",
      "Democratic Party",
      "Conservative Party",
      "Labour Party",
      "Liberal Party of Canada",
      "CDU",
      "CSU",
      "SPD",
      "Alliance 90/The Greens",
      "BJP",
      "Indian National Congress",
      "Chinese Communist Party",
      "Likud",
      "Fatah",
      "ODM",
      "UDA",
      "ANC",
    ]) {
      expect(byName(name).kind, name).toBe("party");
    }
  });
});
