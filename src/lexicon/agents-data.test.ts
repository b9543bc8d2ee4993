import { describe, expect, it } from "vitest";
import raw from "../../data/actors/agents.json" with { type: "json" };
import { repeated } from "../../test/support/dictionary-checks.js";
import { type AgentEntry, AgentsFileSchema } from "./actor-schemas.js";

const parsed = AgentsFileSchema.safeParse(raw);
const agents: AgentEntry[] = parsed.success ? parsed.data.agents : [];

function entryOf(word: string): AgentEntry {
  const found = agents.filter((a) => a.words.includes(word));
  if (found.length !== 1) throw new Error(`${word} is in ${found.length} entries`);
  return found[0] as AgentEntry;
}

describe("agent words (data/actors/agents.json)", () => {
  it("validates against AgentsFileSchema", () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(agents.length).toBeGreaterThan(20);
    expect(raw.sources.some((s) => s.includes("Open Event Data Alliance"))).toBe(true);
  });

  it("puts every word in exactly one entry, in lower case", () => {
    const words = agents.flatMap((a) => a.words);
    expect(repeated(words)).toEqual([]);
    expect(words.filter((w) => w !== w.toLowerCase() || w !== w.trim())).toEqual([]);
  });

  it("glosses every entry and uses three-letter sectors", () => {
    for (const a of agents) {
      expect(a.gloss.length, a.words[0]).toBeGreaterThan(5);
      expect(new Set(a.sectors).size, a.gloss).toBe(a.sectors.length);
    }
  });

  it("maps the common agent nouns to their sectors", () => {
    const expected: Record<string, string[]> = {
      soldier: ["MIL"],
      troop: ["MIL"],
      "armed forces": ["MIL"],
      police: ["COP"],
      "riot police": ["COP"],
      rebel: ["REB"],
      militant: ["REB"],
      refugee: ["REF"],
      ministry: ["GOV"],
      diplomat: ["GOV"],
      embassy: ["GOV"],
      parliament: ["LEG"],
      lawmaker: ["LEG"],
      judge: ["JUD"],
      journalist: ["MED"],
      student: ["EDU"],
      doctor: ["HLH"],
      "trade union": ["LAB"],
      imam: ["REL"],
      smuggler: ["CRM"],
      "aid group": ["NGO"],
      farmer: ["AGR"],
      gunman: ["UAF"],
      civilian: ["CVL"],
      "defence ministry": ["GOV", "MIL"],
    };
    for (const [word, sectors] of Object.entries(expected)) {
      expect(entryOf(word).sectors, word).toEqual(sectors);
    }
  });

  it("codes protesters as civilians in their own entry", () => {
    const protest = entryOf("protester");
    expect(protest.sectors).toEqual(["CVL"]);
    expect(protest.gloss).toMatch(/protesters/);
    expect(protest.words).toEqual(expect.arrayContaining(["demonstrator", "crowd", "marcher"]));
    expect(entryOf("civilian")).not.toBe(protest);
  });
});
