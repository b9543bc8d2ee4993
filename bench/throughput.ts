/**
 * `npm run bench`: builds a corpus of at least --mb MB from the sample articles, times the two
 * wink-nlp baselines, Harbinger's NLP layer, full in-process coding and the CLI, each in its own
 * process, then prints a table and one `BENCH_JSON {...}` line with every figure.
 */

import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseBenchArgs } from "./bench-args.js";
import { buildCorpus } from "./build-corpus.js";
import { benchCli, benchCliStartup } from "./cli-phase.js";
import { writeCorpusFile } from "./corpus-file.js";
import { benchDictionaryLoad } from "./dictionary-load.js";
import { toFigures, toMb } from "./figures.js";
import { collectMeasurements } from "./measurements.js";
import { IN_PROCESS_PHASES, type InProcessPhase, type PhaseReport } from "./phases.js";
import { printReport } from "./print-report.js";
import { runPhase } from "./run-phase.js";
import { readSampleArticles } from "./sample-articles.js";

async function main(argv: readonly string[]): Promise<void> {
  const args = parseBenchArgs(argv);
  const samples = await readSampleArticles(args.articles);
  const corpus = buildCorpus(samples, args.mb * 1e6);

  const tmpDir = mkdtempSync(path.join(os.tmpdir(), "harbinger-bench-"));
  const cleanUp = () => rmSync(tmpDir, { recursive: true, force: true });
  // Ctrl-C would otherwise skip `finally` and leave a multi-megabyte file behind.
  process.once("SIGINT", () => {
    cleanUp();
    process.exit(130);
  });
  try {
    const corpusFile = path.join(tmpDir, "corpus.jsonl");
    writeCorpusFile(corpusFile, corpus.articles);
    log(
      `corpus: ${corpus.articles.length} articles (${corpus.samples} samples cycled), ` +
        `${toMb(corpus.bytes).toFixed(2)} MB of text`,
    );
    // One phase at a time: concurrent phases would compete for cores and memory bandwidth.
    const reports = new Map<InProcessPhase, PhaseReport>();
    // Phases alternate across rounds and each reports its median run: a shared machine's load
    // moves single passes a lot, and alternating spreads a slow spell over all phases.
    const runs = new Map<InProcessPhase, PhaseReport[]>();
    for (let round = 1; round <= args.repeat; round++) {
      for (const phase of IN_PROCESS_PHASES) {
        log(`running ${phase} (${round}/${args.repeat}) …`);
        runs.set(phase, [...(runs.get(phase) ?? []), await runPhase(phase, corpusFile)]);
      }
    }
    for (const [phase, list] of runs) {
      const sorted = [...list].sort((a, b) => a.seconds - b.seconds);
      reports.set(phase, sorted[Math.floor(sorted.length / 2)] as PhaseReport);
    }
    log("running the CLI over the corpus, --jobs 1 …");
    const cli = await benchCli(corpusFile, tmpDir, "1", corpus.articles.length);
    log("running the CLI over the corpus, --jobs auto …");
    const cliJobs = await benchCli(corpusFile, tmpDir, "auto", corpus.articles.length);
    log("timing CLI startup …");
    const startup = await benchCliStartup(tmpDir);

    log("timing dictionary loading …");
    const dictionaries = benchDictionaryLoad();

    const figures = toFigures(collectMeasurements(reports, cli, corpus, cliJobs));
    printReport({ corpus, reports, cli, cliJobs, startup, figures, dictionaries });
  } finally {
    cleanUp();
  }
}

function log(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
