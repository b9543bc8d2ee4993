/**
 * Reads the sample articles the corpus is built from, through Harbinger's own input layer so
 * front matter is parsed exactly as `harbinger code` would parse it.
 */

import { readInputs } from "../src/ingest/read-inputs.js";
import type { Article } from "../src/model/article.js";

/** Every readable article under `folder`; unreadable ones are reported and skipped. */
export async function readSampleArticles(folder: string): Promise<Article[]> {
  const articles: Article[] = [];
  for await (const item of readInputs([folder])) {
    // Samples are still being added: a half-written file should not sink the whole bench.
    if ("error" in item) process.stderr.write(`bench: skipping ${item.error.message}\n`);
    else articles.push(item.article);
  }
  if (articles.length === 0) throw new Error(`no sample articles found in ${folder}`);
  return articles;
}
