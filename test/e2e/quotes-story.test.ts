/**
 * Quotes in a whole story written by the team in the shape of the project's seed article: the
 * defence minister's words, said by "She", belong to Anita Anand and her actor code; every
 * quote slices the article exactly; a quote is linked to the events it reports.
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

describe("quotes in a seed-like story", () => {
  it("attributes the quoted words to Anita Anand, written 'She'", () => {
    const quote = coded.quotes.find((q) => q.text.includes("the safety of our people comes first"));
    expect(quote).toMatchObject({
      kind: "direct",
      speaker: { text: "She", resolved: "Anita Anand", actor: { code: "CANGOV", country: "CAN" } },
      cue: { text: "added" },
    });
  });

  it("reports what the minister and the department said without quote marks", () => {
    const indirect = coded.quotes
      .filter((q) => q.kind === "indirect")
      .map((q) => [q.speaker?.resolved, q.cue?.text, q.text]);
    expect(indirect).toContainEqual([
      "Anita Anand",
      "said",
      "Canada remains committed to supporting the Ukrainian people",
    ]);
    expect(indirect).toContainEqual([
      "Department of National Defence",
      "says",
      "soldiers who were in Ukraine on a training mission have been temporarily relocated to other countries in Europe",
    ]);
  });

  it("links a denial to the invasion it denies", () => {
    const denial = coded.quotes.find((q) => q.cue?.text === "denies");
    expect(denial).toMatchObject({
      text: "it plans to invade Ukraine",
      speaker: { text: "Russia" },
    });
    const reported = (denial?.events ?? []).map((i) => coded.events[i]);
    expect(reported.map((e) => [e?.cameo, e?.mode])).toEqual([["190", "negated"]]);
  });

  it("keeps every quote, part, speaker and cue offset exact", () => {
    for (const q of coded.quotes) {
      expect(body.slice(q.start, q.end)).toBe(q.text);
      for (const p of q.parts ?? []) expect(body.slice(p.start, p.end)).toBe(p.text);
      if (q.speaker) expect(body.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      if (q.cue) expect(body.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
    }
  });
});

describe("the seed's mixed quote, in the team's words", () => {
  const text = [
    "Defence Minister Anita Anand said Canada remains committed to Ukraine.",
    "She added that the safety of the soldiers is a top priority and \u201Cthis temporary move will keep our people safe.\u201D",
  ].join("\n\n");
  const quotes = coder.code({ text, date: "2022-02-13" }).quotes;

  it("is reported speech with the quoted words as its part, said by Anita Anand", () => {
    const mixed = quotes.find((q) => q.kind === "mixed");
    expect(mixed?.speaker).toMatchObject({ text: "She", resolved: "Anita Anand" });
    expect(mixed?.parts?.map((p) => p.text)).toEqual([
      "this temporary move will keep our people safe.",
    ]);
    expect(mixed?.text.startsWith("the safety of the soldiers is a top priority")).toBe(true);
  });
});
