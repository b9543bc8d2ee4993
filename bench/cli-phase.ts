/**
 * Measures the `harbinger code` command as a user runs it: end to end over the corpus file with
 * stdout discarded (peak RSS from the rss-preload), on the main thread alone (`--jobs 1`) and as
 * `--jobs auto` chooses, and its startup cost on one tiny article.
 */

import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { autoWorkers } from "../src/app/coding-jobs.js";
import { PACKAGE_ROOT } from "./bench-args.js";
import { assertSucceeded, runNode } from "./run-node.js";

const CLI = path.join(PACKAGE_ROOT, "dist", "src", "cli", "main.js");
const PRELOAD = new URL("./rss-preload.js", import.meta.url);

/** Small enough that a run is all startup: module loading, model loading, one short article. */
const TINY_ARTICLE = `---
id: tiny
date: 2022-02-24
---
Russia launched a military operation in Ukraine on Thursday, President Vladimir Putin said.
`;

export interface CliReport {
  /** The --jobs value it ran with. */
  readonly jobs: "1" | "auto";
  /** Coding worker threads it used (0: it coded on the main thread). */
  readonly workers: number;
  /** Wall time of the whole process, startup included. */
  readonly seconds: number;
  /** Null when the preload could not report (it should always report). */
  readonly maxRssKb: number | null;
}

export interface StartupReport {
  readonly runsSeconds: readonly number[];
  readonly medianSeconds: number;
}

/** `articles`: how many the corpus holds, which decides what `--jobs auto` does. */
export async function benchCli(
  corpusFile: string,
  tmpDir: string,
  jobs: CliReport["jobs"],
  articles: number,
): Promise<CliReport> {
  const rssFile = path.join(tmpDir, `cli-rss-${jobs}.json`);
  const run = await runNode(["--import", PRELOAD.href, CLI, "code", "--jobs", jobs, corpusFile], {
    stdout: "ignore",
    env: { ...process.env, HARBINGER_BENCH_RSS_FILE: rssFile },
  });
  assertSucceeded(run, `harbinger code --jobs ${jobs} over the corpus`);
  const workers = jobs === "auto" ? autoWorkers(articles) : 0;
  return { jobs, workers, seconds: run.seconds, maxRssKb: readRss(rssFile) };
}

export async function benchCliStartup(tmpDir: string, runs = 5): Promise<StartupReport> {
  const file = path.join(tmpDir, "tiny.txt");
  writeFileSync(file, TINY_ARTICLE);
  const runsSeconds: number[] = [];
  // Sequential on purpose: parallel runs would compete for the same core and disk cache.
  for (let i = 0; i < runs; i++) {
    const run = await runNode([CLI, "code", file], { stdout: "ignore" });
    assertSucceeded(run, "harbinger code on a tiny article");
    runsSeconds.push(run.seconds);
  }
  return { runsSeconds, medianSeconds: median(runsSeconds) };
}

function readRss(file: string): number | null {
  try {
    const { maxRssKb } = JSON.parse(readFileSync(file, "utf8")) as { maxRssKb: unknown };
    return typeof maxRssKb === "number" ? maxRssKb : null;
  } catch {
    return null;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
