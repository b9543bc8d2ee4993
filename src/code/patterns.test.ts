/**
 * Every example sentence of every bundled pattern file is coded by the whole pipeline, and
 * must yield exactly the events the pattern file says — no more, no fewer.
 */

import { describe, expect, it } from "vitest";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";
import { cameoTable } from "../ontology/bundled-cameo.js";
import { bundledPatterns, PATTERN_FILES } from "./bundled-patterns.js";
import { MODALITY } from "./modality.js";
import { buildPatternIndex } from "./pattern-index.js";

const coder = await createCoder();

describe("pattern examples", () => {
  for (const indexed of bundledPatterns().all) {
    for (const example of indexed.pattern.examples) {
      it(`${indexed.rule}: ${example.text}`, () => {
        const doc = coder.analyze({ text: example.text, date: example.date ?? "2022-02-13" });
        const expected = example.expect.map((e) => e.replace(/ asserted$/, "")).sort();
        expect(describeEvents(doc)).toEqual(expected);
      });
    }
  }
});

describe("codes the coder can emit", () => {
  it("are all in the CAMEO table: pattern codes and every recoding target", () => {
    const table = cameoTable();
    const unknown: string[] = [];
    for (const { pattern, rule } of bundledPatterns().all) {
      if (!table.has(pattern.code)) unknown.push(`${rule}: ${pattern.code}`);
    }
    for (const map of [
      MODALITY.intentCodes,
      MODALITY.threatCodes,
      MODALITY.appealCodes,
      MODALITY.demandCodes,
    ]) {
      for (const [from, to] of map) {
        if (!table.has(from) || !table.has(to)) unknown.push(`modality: ${from} → ${to}`);
      }
    }
    for (const fallback of ["130", "020", "100"]) if (!table.has(fallback)) unknown.push(fallback);
    expect(unknown).toEqual([]);
  });
});

describe("pattern files", () => {
  it("all load and validate", () => {
    expect(bundledPatterns().all.length).toBeGreaterThan(0);
    expect(Object.keys(PATTERN_FILES).every((name) => name.startsWith("verbs/"))).toBe(true);
  });

  it("reject a pattern with both verbs and nouns, a bad code or a duplicate id, naming the file", () => {
    const pattern = {
      id: "x",
      code: "0874",
      verbs: ["withdraw"],
      examples: [{ text: "They withdrew.", expect: [] }],
    };
    expect(() =>
      buildPatternIndex({
        "verbs/bad": { description: "", patterns: [{ ...pattern, nouns: ["talk"] }] },
      }),
    ).toThrow(/data\/patterns\/bad\.json/);
    expect(() =>
      buildPatternIndex({
        "verbs/bad": { description: "", patterns: [{ ...pattern, code: "8a" }] },
      }),
    ).toThrow(/a CAMEO event code/);
    expect(() =>
      buildPatternIndex({ "verbs/bad": { description: "", patterns: [pattern, pattern] } }),
    ).toThrow(/duplicate pattern id "x"/);
  });
});
