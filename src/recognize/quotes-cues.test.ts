import { describe, expect, it } from "vitest";
import raw from "../../data/quotes/cues.json" with { type: "json" };
import { HarbingerError } from "../errors.js";
import { parseQuoteCues, QUOTE_CUES } from "./quotes-cues.js";

describe("quote cue words (data/quotes/cues.json)", () => {
  it("loads and validates the bundled file", () => {
    expect(QUOTE_CUES.cueVerbs.has("say")).toBe(true);
    expect(QUOTE_CUES.cueVerbs.has("ask")).toBe(true);
    expect(QUOTE_CUES.recipientVerbs.has("tell")).toBe(true);
    // States of mind are not speech: "he believed that …" reports no words.
    expect(QUOTE_CUES.cueVerbs.has("believe")).toBe(false);
  });

  it("rejects duplicates, upper case, unknown keys and stray recipient verbs, naming the file", () => {
    const bad = [
      { ...raw, cueVerbs: [...raw.cueVerbs, "say"] },
      { ...raw, cueVerbs: ["Say"] },
      { ...raw, extra: [] },
      { ...raw, recipientVerbs: ["brief"] },
    ];
    for (const data of bad) {
      expect(() => parseQuoteCues(data, "cues.json")).toThrow(HarbingerError);
      expect(() => parseQuoteCues(data, "cues.json")).toThrow(
        /^cues\.json: a data file failed validation/,
      );
    }
  });
});
