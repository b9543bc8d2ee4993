/**
 * Command-line options of `npm run bench:store`: how many articles to ingest, how many events
 * the query benchmark runs on, which engines, and where the stores live.
 */

import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Engine } from "../src/store/engine.js";
import { PACKAGE_ROOT } from "./bench-args.js";

export interface StoreBenchArgs {
  /** Pre-coded synthetic articles per ingest measurement (10 events each). */
  readonly articles: number;
  /** Sample articles coded and stored end to end. */
  readonly e2e: number;
  /** Events in the query benchmark's store. */
  readonly events: number;
  /** Timed runs of each query filter. */
  readonly runs: number;
  /** Articles per transaction in the batched ingest and the bulk load. */
  readonly batch: number;
  readonly engines: readonly Engine[];
  /** An existing PostgreSQL server to use instead of a throw-away one. */
  readonly pg: string | null;
  /** Folder for SQLite files; the query store is kept there and reused. */
  readonly dir: string;
  /** Folder of sample articles for the end-to-end ingest. */
  readonly samples: string;
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new Error(`--${name} expects a positive whole number, got ${value}`);
  return n;
}

export function parseStoreBenchArgs(argv: readonly string[]): StoreBenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      articles: { type: "string", default: "3000" },
      e2e: { type: "string", default: "140" },
      events: { type: "string", default: "1000000" },
      runs: { type: "string", default: "40" },
      batch: { type: "string", default: "200" },
      engines: { type: "string", default: "sqlite,postgres" },
      pg: { type: "string" },
      dir: { type: "string", default: path.join(PACKAGE_ROOT, ".bench", "store") },
      samples: { type: "string", default: path.join(PACKAGE_ROOT, "examples", "articles") },
    },
  });
  const engines = values.engines.split(",").map((e) => e.trim());
  for (const engine of engines) {
    if (engine !== "sqlite" && engine !== "postgres") {
      throw new Error(`--engines expects sqlite and/or postgres, got ${engine}`);
    }
  }
  return {
    articles: positive("articles", values.articles),
    e2e: positive("e2e", values.e2e),
    events: positive("events", values.events),
    runs: positive("runs", values.runs),
    batch: positive("batch", values.batch),
    engines: engines as Engine[],
    pg: values.pg ?? null,
    dir: path.resolve(values.dir),
    samples: path.resolve(values.samples),
  };
}
