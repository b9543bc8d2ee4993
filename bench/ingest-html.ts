/**
 * `npm run bench:ingest`: how fast web ingestion runs. Builds --pages news pages from the
 * sample articles, then measures (1) HTML extraction alone (Readability, cleanup, metadata,
 * language; median of three passes after a warm-up), (2) fetching from a local server plus extraction, through the source expander
 * reading a feed of the pages, (3) the same plus coding each article with createCoder(), and
 * (4) end-to-end ingestion as `harbinger ingest FEED` runs it: fetch, extract, code and store in
 * a fresh SQLite event store, one transaction per article.
 * Politeness delays are off for the local server (they would measure the delay, not the
 * code). Prints a table and one `BENCH_JSON {...}` line.
 */

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { ingestArticles } from "../src/app/ingest-articles.js";
import { type Coder, createCoder } from "../src/coder.js";
import { extractArticle } from "../src/ingest/html/extract-article.js";
import type { InputItem } from "../src/ingest/input-item.js";
import { expandSources } from "../src/ingest/sources.js";
import { openStore } from "../src/store/open-store.js";
import { PACKAGE_ROOT } from "./bench-args.js";
import { newsPage, pageFeed } from "./ingest-pages.js";
import { readSampleArticles } from "./sample-articles.js";

interface Figure {
  readonly articles: number;
  readonly seconds: number;
  readonly perSecond: number;
}

function figure(articles: number, started: number): Figure {
  const seconds = (performance.now() - started) / 1000;
  return { articles, seconds, perSecond: articles / seconds };
}

async function startServer(folder: string): Promise<{ origin: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, "ingest-server.js"), folder],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("error", reject);
  });
  return { origin, stop: () => child.kill() };
}

/** Politeness off for the local server: the bench measures the code, not the delays. */
const FETCH_OPTIONS = {
  allowPrivate: true,
  perHostIntervalMs: 0,
  perHostConcurrency: 8,
  retries: 0,
};

/** The feed's articles, as the expander reads them; a failed page stops the bench. */
async function* feedArticles(feedUrl: string): AsyncGenerator<InputItem> {
  const items = expandSources([feedUrl], { fetchOptions: FETCH_OPTIONS, itemConcurrency: 16 });
  for await (const item of items) {
    if (!("article" in item)) throw new Error(`bench page failed: ${JSON.stringify(item)}`);
    yield { article: item.article, input: item.input };
  }
}

/** Reads every item of the feed; with a coder, codes each article. Returns articles read. */
async function ingestFeed(feedUrl: string, code?: (text: string, date?: string) => unknown) {
  let articles = 0;
  for await (const item of feedArticles(feedUrl)) {
    if (!("article" in item)) continue;
    code?.(item.article.text, item.article.date);
    articles++;
  }
  return articles;
}

/** Fetch, extract, code and store every item of the feed in a new SQLite store in `dir`. */
async function storeFeed(feedUrl: string, dir: string, coder: Coder): Promise<number> {
  const store = await openStore(path.join(dir, "bench.db"));
  try {
    const summary = await ingestArticles(feedArticles(feedUrl), coder, store, {
      error: (error) => {
        throw error;
      },
    });
    return summary.stored;
  } finally {
    await store.close();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      pages: { type: "string", default: "400" },
      articles: { type: "string", default: path.join(PACKAGE_ROOT, "examples", "articles") },
    },
  });
  const count = Number(values.pages);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--pages expects a positive whole number`);
  const samples = await readSampleArticles(path.resolve(values.articles));
  const dir = mkdtempSync(path.join(os.tmpdir(), "harbinger-bench-ingest-"));
  try {
    const pages = Array.from({ length: count }, (_, i) => {
      const sample = samples[i % samples.length];
      if (sample === undefined) throw new Error("no samples");
      const name = `story-${i}.html`;
      // Each copy its own article: a distinct first line keeps copies from being duplicates.
      const article = { ...sample, text: `Story ${i}. ${sample.text}` };
      return { name, article };
    });
    const server = await startServer(dir);
    try {
      const urls = pages.map((page) => `${server.origin}/${page.name}`);
      const html = pages.map((page, i) => newsPage(page.article, urls[i] ?? ""));
      for (const [i, page] of pages.entries()) {
        writeFileSync(path.join(dir, page.name), html[i] ?? "");
      }
      writeFileSync(path.join(dir, "feed.xml"), pageFeed(urls));
      const bytes = html.reduce((sum, page) => sum + Buffer.byteLength(page), 0);
      log(`${count} pages, ${(bytes / 1e6).toFixed(2)} MB of HTML from ${samples.length} samples`);

      const extraction = timeExtraction(html, urls);
      const feedUrl = `${server.origin}/feed.xml`;
      let started = performance.now();
      const fetched = figure(await ingestFeed(feedUrl), started);

      const coder = await createCoder();
      started = performance.now();
      const coded = figure(
        await ingestFeed(feedUrl, (text, date) => coder.code({ text, ...(date && { date }) })),
        started,
      );

      started = performance.now();
      const stored = figure(await storeFeed(feedUrl, dir, coder), started);

      printTable([
        ["HTML extraction", extraction],
        ["fetch + extract (local server)", fetched],
        ["fetch + extract + code", coded],
        ["end to end: + store (SQLite)", stored],
      ]);
      const json = {
        pages: count,
        htmlMb: bytes / 1e6,
        extractionPerSecond: extraction.perSecond,
        fetchExtractPerSecond: fetched.perSecond,
        codedPerSecond: coded.perSecond,
        endToEndPerSecond: stored.perSecond,
      };
      process.stdout.write(`BENCH_JSON ${JSON.stringify(json)}\n`);
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Extraction alone: a warm-up pass, then the median of three timed passes. */
function timeExtraction(html: readonly string[], urls: readonly string[]): Figure {
  const pass = (): Figure => {
    const started = performance.now();
    for (const [i, page] of html.entries()) {
      extractArticle(page, { input: `page ${i}`, url: urls[i] ?? "" });
    }
    return figure(html.length, started);
  };
  pass();
  const passes = [pass(), pass(), pass()].sort((a, b) => a.seconds - b.seconds);
  return passes[1] as Figure;
}

function printTable(rows: readonly [string, Figure][]): void {
  const head = `${"phase".padEnd(32)}${"articles".padStart(10)}${"seconds".padStart(10)}`;
  process.stdout.write(`${head}${"articles/s".padStart(12)}\n`);
  for (const [name, f] of rows) {
    const cells = `${String(f.articles).padStart(10)}${f.seconds.toFixed(2).padStart(10)}`;
    process.stdout.write(`${name.padEnd(32)}${cells}${f.perSecond.toFixed(1).padStart(12)}\n`);
  }
}

function log(line: string): void {
  process.stderr.write(`bench:ingest: ${line}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench:ingest: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
