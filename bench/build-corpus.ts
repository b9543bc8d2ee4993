/**
 * Replicates the sample articles until the corpus holds the requested amount of text, so
 * throughput is measured over megabytes rather than over a few dozen short articles.
 */

import type { Article } from "../src/model/article.js";

export interface Corpus {
  readonly articles: readonly Article[];
  /** UTF-8 bytes of all article texts (metadata excluded). */
  readonly bytes: number;
  /** How many distinct sample articles were cycled through. */
  readonly samples: number;
}

/** Cycles through `samples` in order until at least `minBytes` of text; each copy gets a new id. */
export function buildCorpus(samples: readonly Article[], minBytes: number): Corpus {
  const articles: Article[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const sample = samples[i % samples.length] as Article;
    const copy = Math.floor(i / samples.length);
    // A distinct id per copy keeps the output records distinguishable, as in a real batch.
    articles.push({ ...sample, id: `${sample.id}#${copy}` });
    bytes += Buffer.byteLength(sample.text, "utf8");
  }
  return { articles, bytes, samples: samples.length };
}
