import { describe, expect, it } from "vitest";
import { hashShingles, shingleWords } from "./shingles.js";

describe("word shingles", () => {
  it("reads lowercased words, without punctuation", () => {
    expect(shingleWords("OTTAWA — Canada's troops, 200 of them.")).toEqual([
      "ottawa",
      "canada",
      "s",
      "troops",
      "200",
      "of",
      "them",
    ]);
  });

  it("hashes every run of three words, or one shingle of a shorter text", () => {
    expect(hashShingles(shingleWords("one two three four"))).toHaveLength(2);
    expect(hashShingles(shingleWords("Troops withdrew"))).toHaveLength(1);
    expect(hashShingles([])).toHaveLength(0);
  });

  it("keeps the hash values the store has saved in its sketches", () => {
    // Stored sketches are compared with new texts' hashes: these values must never change.
    expect([...hashShingles(shingleWords("Troops withdrew"))]).toEqual([2026706629]);
    expect([...hashShingles(shingleWords("Québec a dit"))]).toEqual([255367242]);
  });
});
