/**
 * Ingest throughput: pre-coded synthetic articles stored one transaction each and in batches
 * (the store alone), and sample articles read, coded and stored as `harbinger ingest` does
 * (end to end). Each measurement starts from an empty store.
 */

import { ingestArticles } from "../src/app/ingest-articles.js";
import { createCoder } from "../src/coder.js";
import type { InputItem } from "../src/ingest/input-item.js";
import type { Article } from "../src/model/article.js";
import { openStore } from "../src/store/open-store.js";
import { syntheticArticles } from "./store-synthetic.js";

export interface IngestFigure {
  readonly label: string;
  readonly articles: number;
  readonly events: number;
  readonly seconds: number;
  /** CPU seconds this process used (the whole work for SQLite, the client's for PostgreSQL). */
  readonly cpuSeconds: number;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

export async function storeOnly(
  location: string,
  articles: number,
  batch: number,
): Promise<IngestFigure> {
  const docs = [...syntheticArticles({ articles, eventsPerArticle: 10, seed: 7 })];
  const store = await openStore(location);
  let events = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    if (batch === 1) {
      for (const { article, coded } of docs) {
        const saved = await store.saveArticle(article, coded);
        if (saved.status === "stored") events += saved.events;
      }
    } else {
      for (let i = 0; i < docs.length; i += batch) {
        for (const saved of await store.saveArticles(docs.slice(i, i + batch))) {
          if (saved.status === "stored") events += saved.events;
        }
      }
    }
  } finally {
    await store.close();
  }
  const label =
    batch === 1
      ? "store only, one transaction per article"
      : `store only, ${batch} articles per transaction`;
  const seconds = (performance.now() - start) / 1000;
  return { label, articles, events, seconds, cpuSeconds: cpuSince(cpu) };
}

/** The sample articles over and over, each copy with its own id, outlet and first line. */
function* replicated(samples: readonly Article[], count: number): Generator<InputItem> {
  for (let i = 0; i < count; i++) {
    const sample = samples[i % samples.length] as Article;
    const round = Math.floor(i / samples.length);
    const text = round === 0 ? sample.text : `Update ${round}. ${sample.text}`;
    const article = {
      ...sample,
      id: `e2e-${i}`,
      text,
      source: `${sample.source ?? "Wire"} ${round}`,
    };
    yield { article, input: article.id };
  }
}

export async function endToEnd(
  location: string,
  samples: readonly Article[],
  count: number,
): Promise<IngestFigure> {
  const coder = await createCoder();
  const store = await openStore(location);
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    const items = (async function* () {
      yield* replicated(samples, count);
    })();
    const summary = await ingestArticles(items, coder, store, {
      error: (e) => process.stderr.write(`bench: ${e.message}\n`),
    });
    const seconds = (performance.now() - start) / 1000;
    return {
      label: "end to end: read, code, store",
      articles: summary.stored,
      events: summary.events,
      seconds,
      cpuSeconds: cpuSince(cpu),
    };
  } finally {
    await store.close();
  }
}
