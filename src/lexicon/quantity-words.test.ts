import { describe, expect, it } from "vitest";
import raw from "../../data/text/quantities.json" with { type: "json" };
import { HarbingerError } from "../errors.js";
import { parseQuantityWords, QUANTITY_WORDS } from "./quantity-words.js";

describe("quantity words (data/text/quantities.json)", () => {
  it("loads and validates the bundled file", () => {
    expect(QUANTITY_WORDS.numbers.get("twelve")).toBe(12);
    expect(QUANTITY_WORDS.scales.get("million")).toBe(1_000_000);
    expect(QUANTITY_WORDS.qualifiers.get("more than")).toBe("above");
    expect(QUANTITY_WORDS.currencies.get("c$")).toBe("CAD");
    expect(QUANTITY_WORDS.personNouns.get("soldier")).toBe("troops");
    expect(QUANTITY_WORDS.outcomeVerbs.get("kill")?.role).toBe("dead");
    expect(QUANTITY_WORDS.longestPhrase).toBe(3);
  });

  it("gives every role noun and verb a role the event sizes use", () => {
    const roles = new Set([
      ...QUANTITY_WORDS.roleNouns.values(),
      ...[...QUANTITY_WORDS.personNouns.values()].filter((r) => r !== null),
      ...[...QUANTITY_WORDS.outcomeVerbs.values(), ...QUANTITY_WORDS.countVerbs.values()].map(
        (v) => v.role,
      ),
    ]);
    for (const role of ["troops", "dead", "injured", "arrested", "displaced", "protesters"]) {
      expect(roles).toContain(role);
    }
    expect(roles).toContain("hostages");
  });

  it("rejects bad entries, naming the file", () => {
    const bad = [
      { ...raw, numbers: { ...raw.numbers, Twelve: 12 } },
      { ...raw, scales: { ...raw.scales, half: 0.5 } },
      { ...raw, vagueCounts: { ...raw.vagueCounts, "a few": [5, 2] } },
      { ...raw, qualifiers: { ...raw.qualifiers, "close to": "near" } },
      { ...raw, currencies: { ...raw.currencies, $: "usd" } },
      { ...raw, skipAfter: [...raw.skipAfter, "%"] },
      { ...raw, extra: [] },
    ];
    for (const data of bad) {
      expect(() => parseQuantityWords(data, "q.json")).toThrow(HarbingerError);
      expect(() => parseQuantityWords(data, "q.json")).toThrow(/^q\.json: a data file failed/);
    }
  });
});
