/**
 * When and how many, on the team's story in the shape of the seed article: "on Saturday" is
 * the Saturday before the article date, the embassy closed the day before the announcement,
 * the 100,000 troops size Russia's build-up and nothing else, and the 200 soldiers of the
 * training mission (stated in a background sentence) size Canada's withdrawal.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.js";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";
import type { CodedDocument, EventOut } from "../../src/model/contract.js";

const file = path.join(import.meta.dirname, "../fixtures/canada-training-mission.txt");
const { meta, body } = parseFrontMatter(fs.readFileSync(file, "utf8"));
const date = meta.date ?? "2022-02-13";
const coder = await createCoder();
const coded = coder.code({ id: "story", text: body, date });
// The seed article also says how large the training mission was, in a sentence of background.
const BASE =
  "\n\nLviv has a Ukrainian military base that served as the main hub for training missions for 200 Canadian soldiers.";
const withBase = coder.code({ id: "story+base", text: body + BASE, date });

function find(doc: CodedDocument, cameo: string, source: string): EventOut | undefined {
  return doc.events.find((e) => e.cameo.startsWith(cameo) && e.source?.code.startsWith(source));
}

describe("the seed-like story: when", () => {
  it("resolves 'on Saturday' to the Saturday before the article date (13 February 2022)", () => {
    const saturday = coded.times.find((t) => t.text.toLowerCase() === "on saturday");
    expect(saturday).toMatchObject({ value: "2022-02-12", grain: "day" });
    expect(body.slice(saturday?.start, saturday?.end)).toBe(saturday?.text);
  });

  it("dates the call on Saturday and the embassy closure the day before the announcement", () => {
    expect(find(coded, "04", "CAN")).toMatchObject({ date: "2022-02-12", dateGrain: "day" });
    expect(find(coded, "161", "CAN")).toMatchObject({ date: "2022-02-12", dateGrain: "day" });
  });

  it("dates every other event by the article date", () => {
    expect(find(coded, "154", "RUS")).toMatchObject({ date: "2022-02-13", dateGrain: "day" });
    for (const e of coded.events) expect(e.date).toMatch(/^2022-02-1[23]$/);
  });
});

describe("the seed-like story: how many", () => {
  it("sizes Russia's build-up (154) by its more than 100,000 troops, and nothing else", () => {
    expect(find(coded, "154", "RUS")?.size).toEqual({ troops: 100_000 });
    const q = coded.quantities?.find((x) => x.role === "troops");
    expect(q).toMatchObject({ text: "more than 100,000 troops", value: 100_000, min: 100_001 });
    const sized = coded.events.filter((e) => e.size !== null);
    expect(sized.map((e) => e.cameo)).toEqual(["154"]);
  });

  it("sizes Canada's withdrawal of its training troops (0874) by the mission's 200 soldiers", () => {
    expect(find(withBase, "0874", "CAN")?.size).toEqual({ troops: 200 });
    expect(find(withBase, "154", "RUS")?.size).toEqual({ troops: 100_000 });
  });
});
