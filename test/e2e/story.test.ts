/**
 * A whole story written by the team in the shape of the project's seed article: the events a
 * careful coder would write must come out, and no use of force may be asserted where none
 * happened (an invasion feared, denied or conditional is not an invasion).
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.js";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";

const file = path.join(import.meta.dirname, "../fixtures/canada-training-mission.txt");
const { meta, body } = parseFrontMatter(fs.readFileSync(file, "utf8"));
const coder = await createCoder();
const coded = coder.code({ id: "story", text: body, date: meta.date ?? "2022-02-13" });
const events = coded.events.map((e) => ({
  source: e.source?.code ?? "-",
  code: e.cameo,
  target: e.target?.code ?? "-",
  mode: e.mode,
  trigger: e.evidence.trigger.text,
}));

function has(source: string, code: string, target: string, mode = "asserted"): boolean {
  return events.some(
    (e) =>
      e.source.startsWith(source) &&
      e.code.startsWith(code) &&
      e.target.startsWith(target) &&
      e.mode === mode,
  );
}

describe("a seed-like story", () => {
  it("codes the withdrawal of the training troops (08)", () => {
    expect(has("CAN", "0874", "UKR")).toBe(true);
  });

  it("codes the mobilisation (154) and the demands on NATO and on Canada (10)", () => {
    expect(has("RUS", "154", "")).toBe(true);
    expect(has("RUS", "10", "IGOWSTNAT")).toBe(true);
    expect(has("RUS", "10", "CAN")).toBe(true);
  });

  it("codes the embassy closure (161) and the call (04)", () => {
    expect(has("CAN", "161", "UKR")).toBe(true);
    expect(events.some((e) => e.code.startsWith("04") && e.source.startsWith("CAN"))).toBe(true);
  });

  it("codes the promised sanctions as a threat, and the conditional invasion as hypothetical", () => {
    expect(has("CAN", "1312", "RUS", "intended")).toBe(true);
    expect(has("RUS", "19", "UKR", "hypothetical")).toBe(true);
  });

  it("asserts no use of force anywhere", () => {
    const force = events.filter(
      (e) => /^(18|19|20)/.test(e.code) && (e.mode === "asserted" || e.mode === "reported"),
    );
    expect(force).toEqual([]);
  });

  it("resolves 'She' to Anita Anand and keeps every offset exact", () => {
    const she = coded.entities.find((e) => e.text === "She");
    expect(she?.actor?.name).toBe("Anita Anand");
    for (const e of coded.entities) expect(body.slice(e.start, e.end)).toBe(e.text);
    for (const e of coded.events) {
      expect(body.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toBe(
        e.evidence.trigger.text,
      );
    }
  });
});
