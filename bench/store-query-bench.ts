/**
 * Query latency on a large store: loads `events` synthetic events in batches (or reuses a
 * store that already holds them), then times one page (100 events) of each common filter,
 * with fresh parameters each run, and reports the median, 95th percentile and worst run.
 */

import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { caseRandom, QUERY_CASES } from "./store-queries.js";
import { syntheticArticles } from "./store-synthetic.js";

export interface QueryFigure {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly rows: number;
}

export interface LoadFigure {
  readonly events: number;
  /** Null when an earlier run's store was reused. */
  readonly seconds: number | null;
  readonly cpuSeconds: number | null;
}

const EVENTS_PER_ARTICLE = 10;

export async function loadEvents(store: Store, events: number, batch: number): Promise<LoadFigure> {
  if ((await store.counts()).events >= events) return { events, seconds: null, cpuSeconds: null };
  const start = performance.now();
  const cpu = process.cpuUsage();
  let pending = [];
  for (const doc of syntheticArticles({
    articles: Math.ceil(events / EVENTS_PER_ARTICLE),
    eventsPerArticle: EVENTS_PER_ARTICLE,
  })) {
    pending.push(doc);
    if (pending.length === batch) {
      await store.saveArticles(pending);
      pending = [];
    }
  }
  if (pending.length > 0) await store.saveArticles(pending);
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { events, seconds: (performance.now() - start) / 1000, cpuSeconds };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] as number;

export async function timeQueries(location: string, runs: number): Promise<QueryFigure[]> {
  const store = await openStore(location);
  const figures: QueryFigure[] = [];
  try {
    for (const [index, query] of QUERY_CASES.entries()) {
      // Two unmeasured runs first, as a long-running server would have warm caches.
      for (let r = 0; r < 2; r++)
        await store.queryEvents(query.filter(caseRandom(index, 1000 + r)), { limit: 100 });
      const times: number[] = [];
      let rows = 0;
      for (let r = 0; r < runs; r++) {
        const filter = query.filter(caseRandom(index, r));
        const start = performance.now();
        rows += (await store.queryEvents(filter, { limit: 100 })).length;
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      figures.push({
        name: query.name,
        p50: percentile(times, 0.5),
        p95: percentile(times, 0.95),
        max: percentile(times, 1),
        rows: rows / runs,
      });
    }
  } finally {
    await store.close();
  }
  return figures;
}
