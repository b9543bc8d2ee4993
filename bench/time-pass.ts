/**
 * Times one phase over the corpus: a warm-up so the JIT has compiled the hot paths, then one full
 * pass measured with the monotonic high-resolution clock.
 */

import type { Article } from "../src/model/article.js";
import { emptyTally, type PhaseWork, type Tally } from "./phase-work.js";

/**
 * Share of the corpus run untimed first. The coder is a large body of code that V8 optimises
 * function by function: after a warm-up over 5% of the 5 MB corpus (147 articles), the next 300
 * articles still ran at about 1.9 times the per-article time of the rest of the pass, so the
 * figure mixed compilation into throughput. From 20% on (about 600 articles) the first tenth of
 * the pass runs within noise of the rest. Every phase, the baselines included, gets the same warm-up.
 */
export const WARMUP_SHARE = 0.2;

export interface PassResult {
  readonly warmupArticles: number;
  readonly seconds: number;
  readonly tally: Tally;
}

export function timePass(articles: readonly Article[], work: PhaseWork): PassResult {
  const warmupArticles = Math.max(1, Math.ceil(articles.length * WARMUP_SHARE));
  const warmup = emptyTally();
  const warmupBatches = batches(articles.slice(0, warmupArticles), work.batch);
  for (const batch of warmupBatches) work.run(batch, warmup);

  // Cut before the clock starts: slicing is no part of the work timed.
  const timed = batches(articles, work.batch);
  const tally = emptyTally();
  const started = process.hrtime.bigint();
  for (const batch of timed) work.run(batch, tally);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  // The warm-up's totals are read so that its work cannot be skipped either.
  if (warmup.tokens < 0) throw new Error("impossible warm-up tally");
  return { warmupArticles, seconds, tally };
}

function batches(articles: readonly Article[], size: number): Article[][] {
  const out: Article[][] = [];
  for (let i = 0; i < articles.length; i += size) out.push(articles.slice(i, i + size));
  return out;
}
