import { describe, expect, it } from "vitest";
import { analyze, slice } from "../../test/support/analyze.js";

describe("tokenize", () => {
  it("gives every token offsets that slice its text, contractions included", () => {
    const text = "Russia wasn't going to withdraw 100,000 troops, U.S. officials said.";
    const doc = analyze(text);
    const surfaces = Array.from({ length: doc.tokens.length }, (_, i) =>
      slice(doc, { start: doc.tokens.start[i] as number, end: doc.tokens.end[i] as number }),
    );
    expect(surfaces.slice(0, 4)).toEqual(["Russia", "was", "n't", "going"]);
    expect(surfaces).toContain("100,000");
    expect(surfaces).toContain("U.S.");
  });

  it("gives lemmas and POS", () => {
    const doc = analyze("Trudeau sought to reassure Zelensky.");
    expect(doc.tokens.lemma[1]).toBe("seek");
  });

  it("splits a headline without final punctuation from the paragraph after it", () => {
    const text =
      "Canada withdraws troops from Ukraine\n\nOttawa \u2014 The army is moving troops. It said so.";
    const doc = analyze(text);
    expect(doc.sentences.map((s) => slice(doc, s))).toEqual([
      "Canada withdraws troops from Ukraine",
      "Ottawa \u2014 The army is moving troops.",
      "It said so.",
    ]);
  });

  it("handles empty and whitespace-only text without sentences", () => {
    expect(analyze("").sentences).toEqual([]);
    expect(analyze("   \n").tokens.length).toBeGreaterThanOrEqual(0);
  });
});
