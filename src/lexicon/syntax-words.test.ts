import { describe, expect, it } from "vitest";
import raw from "../../data/text/syntax-words.json" with { type: "json" };
import { HarbingerError } from "../errors.js";
import { parseSyntaxWords, SYNTAX_WORDS } from "./syntax-words.js";

describe("syntax word lists (data/text/syntax-words.json)", () => {
  it("loads and validates the bundled file", () => {
    expect(SYNTAX_WORDS.titles.has("minister")).toBe(true);
    expect(SYNTAX_WORDS.subordinators.get("if")).toBe("conditional");
    expect(SYNTAX_WORDS.speechVerbs.has("say")).toBe(true);
  });

  it("rejects duplicates, upper case, unknown keys and unknown clause kinds, naming the file", () => {
    const bad = [
      { ...raw, titles: [...raw.titles, "minister"] },
      { ...raw, particles: ["Up"] },
      { ...raw, extra: [] },
      { ...raw, subordinators: { ...raw.subordinators, lest: "purpose" } },
    ];
    for (const data of bad) {
      expect(() => parseSyntaxWords(data, "words.json")).toThrow(HarbingerError);
      expect(() => parseSyntaxWords(data, "words.json")).toThrow(
        /^words\.json: a data file failed validation/,
      );
    }
  });
});
