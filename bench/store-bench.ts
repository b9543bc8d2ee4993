/**
 * `npm run bench:store`: the event store's throughput and latency on SQLite and PostgreSQL.
 * Ingest (articles/s and events/s): the store alone with pre-coded articles, one transaction
 * per article and in batches, and end to end with the coder. Queries: one page of each common
 * filter on a store of 1,000,000 synthetic events (`--events`), median and 95th percentile.
 * PostgreSQL runs on a throw-away local server with fsync on, unless `--pg URL` names one.
 */

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import pg from "pg";
import type { Engine } from "../src/store/engine.js";
import { openStore } from "../src/store/open-store.js";
import {
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../test/support/throwaway-postgres.js";
import { readSampleArticles } from "./sample-articles.js";
import { parseStoreBenchArgs, type StoreBenchArgs } from "./store-bench-args.js";
import { endToEnd, type IngestFigure, storeOnly } from "./store-ingest-bench.js";
import { type LoadFigure, loadEvents, type QueryFigure, timeQueries } from "./store-query-bench.js";

interface EngineSetup {
  fresh(name: string): Promise<string>;
  /** The query store's location, kept between runs where the engine allows. */
  kept(name: string): Promise<string>;
  analyze(location: string): Promise<void>;
  stop(): void;
}

async function pgQuery(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

function sqliteSetup(dir: string): EngineSetup {
  fs.mkdirSync(dir, { recursive: true });
  const file = (name: string) => path.join(dir, `${name}.db`);
  return {
    async fresh(name) {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file(name) + suffix, { force: true });
      return file(name);
    },
    kept: async (name) => file(name),
    analyze: async () => undefined,
    stop: () => undefined,
  };
}

async function postgresSetup(url: string | null): Promise<EngineSetup> {
  const server: ThrowawayPostgres | null =
    url === null ? await startThrowawayPostgres({ durable: true }) : null;
  const admin = url ?? (server as ThrowawayPostgres).url();
  const database = (name: string) => {
    const u = new URL(admin);
    u.pathname = `/${name}`;
    return u.toString();
  };
  return {
    async fresh(name) {
      await pgQuery(admin, `drop database if exists "${name}"`);
      await pgQuery(admin, `create database "${name}"`);
      return database(name);
    },
    async kept(name) {
      const exists = await pgQuery(admin, `select 1 from pg_database where datname = '${name}'`);
      if (exists.rowCount === 0) await pgQuery(admin, `create database "${name}"`);
      return database(name);
    },
    // Autovacuum would vacuum and gather statistics soon after a bulk load; do it now.
    analyze: async (location) => void (await pgQuery(location, "vacuum analyze")),
    stop: () => server?.stop(),
  };
}

interface EngineResult {
  readonly engine: Engine;
  readonly ingest: IngestFigure[];
  readonly load: LoadFigure;
  readonly queries: QueryFigure[];
}

async function benchEngine(
  engine: Engine,
  setup: EngineSetup,
  args: StoreBenchArgs,
): Promise<EngineResult> {
  const log = (line: string) => process.stderr.write(`bench:store ${engine}: ${line}\n`);
  const ingest: IngestFigure[] = [];
  log(`ingesting ${args.articles} pre-coded articles, one transaction each`);
  ingest.push(await storeOnly(await setup.fresh("bench_single"), args.articles, 1));
  log(`ingesting ${args.articles} pre-coded articles, ${args.batch} per transaction`);
  ingest.push(await storeOnly(await setup.fresh("bench_batch"), args.articles, args.batch));
  log(`coding and storing ${args.e2e} sample articles`);
  ingest.push(
    await endToEnd(
      await setup.fresh("bench_e2e"),
      await readSampleArticles(args.samples),
      args.e2e,
    ),
  );
  const location = await setup.kept(`bench_query_${args.events}`);
  log(`loading ${args.events} events for the query benchmark (kept for later runs)`);
  const store = await openStore(location);
  const load = await loadEvents(store, args.events, args.batch).finally(() => store.close());
  await setup.analyze(location);
  log(`timing ${args.runs} runs of each filter`);
  return { engine, ingest, load, queries: await timeQueries(location, args.runs) };
}

const rate = (n: number, s: number) => Math.round(n / s).toLocaleString("en-US");
const ms = (x: number) => x.toFixed(1).padStart(7);

function print(results: readonly EngineResult[], args: StoreBenchArgs): void {
  const out: string[] = [];
  out.push(
    `Event store benchmark — Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"})`,
  );
  out.push(
    "",
    "Ingest                                              engine     articles/s   events/s   events per CPU-s",
  );
  for (const r of results) {
    for (const f of r.ingest) {
      // In-process SQLite does all its work on this process's CPU; PostgreSQL does most of it
      // in the server, so a per-CPU-second figure would flatter it.
      const perCpu = r.engine === "sqlite" ? rate(f.events, f.cpuSeconds) : "-";
      out.push(
        `${f.label.padEnd(52)}${r.engine.padEnd(10)}${rate(f.articles, f.seconds).padStart(11)}${rate(f.events, f.seconds).padStart(11)}${perCpu.padStart(19)}`,
      );
    }
  }
  out.push(
    "",
    `Queries: one page of 100 events, ${args.runs} runs per filter, on ${args.events.toLocaleString("en-US")} events (ms)`,
  );
  for (const r of results) {
    const load =
      r.load.seconds === null
        ? "reused from an earlier run"
        : `loaded at ${rate(r.load.events, r.load.seconds)} events/s in batches of ${args.batch}` +
          (r.engine === "sqlite" && r.load.cpuSeconds !== null
            ? ` (${rate(r.load.events, r.load.cpuSeconds)} per CPU-s)`
            : "");
    out.push(`  ${r.engine}: ${load}`);
  }
  out.push(
    `${"filter".padEnd(32)}${results.map((r) => `${r.engine.padStart(10)}  p50     p95     max`).join("  ")}`,
  );
  const first = results[0];
  for (const [i, q] of (first?.queries ?? []).entries()) {
    const cells = results.map((r) => {
      const f = r.queries[i] as QueryFigure;
      return `${"".padStart(10)}${ms(f.p50)} ${ms(f.p95)} ${ms(f.max)}`;
    });
    out.push(`${q.name.padEnd(32)}${cells.join("  ")}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

async function main(): Promise<void> {
  const args = parseStoreBenchArgs(process.argv.slice(2));
  const results: EngineResult[] = [];
  for (const engine of args.engines) {
    const setup = engine === "sqlite" ? sqliteSetup(args.dir) : await postgresSetup(args.pg);
    try {
      results.push(await benchEngine(engine, setup, args));
    } finally {
      setup.stop();
    }
  }
  print(results, args);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench:store failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exitCode = 1;
});
