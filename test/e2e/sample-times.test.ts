/**
 * Time expressions in the sample articles against the team's hand check
 * (test/fixtures/sample-times.json): what is right stays right, and the known mistakes are
 * exactly the ones listed here, so that a fix or a regression shows.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import {
  addScores,
  precision,
  recall,
  scoreArticle,
  TimeExpectationsSchema,
} from "../../bench/times-score.js";
import { createCoder } from "../../src/coder.js";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";

const root = path.join(import.meta.dirname, "../..");
const expectations = TimeExpectationsSchema.parse(
  JSON.parse(fs.readFileSync(path.join(root, "test/fixtures/sample-times.json"), "utf8")),
);
const coder = await createCoder();
const coded = Object.entries(expectations.articles).map(([id, expected]) => {
  const file = path.join(root, "examples/articles", `${id}.txt`);
  const { meta, body } = parseFrontMatter(fs.readFileSync(file, "utf8"));
  const doc = coder.code({ id, text: body, ...(meta.date !== undefined && { date: meta.date }) });
  return { id, body, times: doc.times, expected };
});
const scores = coded.map(({ id, times, expected }) =>
  scoreArticle(
    id,
    times.map(({ text, value, grain }) => ({ text, value, grain })),
    expected,
  ),
);
const total = addScores(scores);

describe("dates in the sample articles, checked by hand", () => {
  it("covers every sample article", () => {
    const ids = fs.readdirSync(path.join(root, "examples/articles"));
    expect(scores.length).toBe(ids.filter((f) => f.endsWith(".txt")).length);
    expect(total.expected).toBeGreaterThan(120);
  });

  it("keeps every span exact", () => {
    for (const { body, times } of coded) {
      for (const t of times) expect(body.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it("resolves them with the known mistakes only", () => {
    expect(total.mistakes).toEqual([
      // "Hours later" follows the announcement, not the recording it mentions just before.
      {
        article: "2022-02-18-separatists-announce-evacuation",
        text: "Hours later",
        found: "2022-02-16/day",
        expected: "2022-02-18/day",
      },
      // "have seven days after a declaration to go to court" is a deadline, not a date.
      {
        article: "2022-08-16-odinga-rejects-result",
        text: "seven days after",
        found: "2022-08-16/day",
        expected: "not a date",
      },
    ]);
    expect(precision(total)).toBeGreaterThan(0.98);
    expect(recall(total)).toBeGreaterThan(0.99);
  });
});
