/**
 * Resolved dates against hand-checked expectations:
 * `npm run bench:times -- [EXPECTATIONS.json] [ARTICLES_FOLDER]` (defaults: the sample
 * articles and `test/fixtures/sample-times.json`). Prints precision and recall of resolved
 * time expressions (text, value and grain all right) and every mistake.
 */

import { readFileSync } from "node:fs";
import { createCoder } from "../src/coder.js";
import { readSampleArticles } from "./sample-articles.js";
import {
  addScores,
  precision,
  recall,
  scoreArticle,
  TimeExpectationsSchema,
  type TimeScore,
} from "./times-score.js";

const [expectationsPath = "test/fixtures/sample-times.json", folder = "examples/articles"] =
  process.argv.slice(2);
const expectations = TimeExpectationsSchema.parse(
  JSON.parse(readFileSync(expectationsPath, "utf8")),
);
const coder = await createCoder();
const scores: TimeScore[] = [];
for (const article of await readSampleArticles(folder)) {
  const expected = expectations.articles[article.id];
  if (expected === undefined) continue;
  const found = coder.code(article).times.map(({ text, value, grain }) => ({ text, value, grain }));
  scores.push(scoreArticle(article.id, found, expected));
}
const total = addScores(scores);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`articles checked: ${scores.length}`);
console.log(`expressions: expected ${total.expected}, found ${total.found}, right ${total.right}`);
console.log(`precision ${pct(precision(total))}, recall ${pct(recall(total))}`);
for (const m of total.mistakes) {
  console.log(`  ${m.article}: "${m.text}" found ${m.found}, expected ${m.expected}`);
}
