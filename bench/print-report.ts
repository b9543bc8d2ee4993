/**
 * Prints the bench result to stdout: a header naming machine and corpus, the table, notes on
 * method, and finally one `BENCH_JSON {...}` line with every figure for scripts to pick up.
 */

import * as os from "node:os";
import { CODING_BATCH } from "../src/pipeline/coding-batch.js";
import type { Corpus } from "./build-corpus.js";
import type { CliReport, StartupReport } from "./cli-phase.js";
import type { DictionaryLoad } from "./dictionary-load.js";
import { type Figures, toMb } from "./figures.js";
import { type PhaseReports, reportOf } from "./measurements.js";
import { isInProcessPhase, type Phase } from "./phases.js";
import { formatTable } from "./report-table.js";
import { WARMUP_SHARE } from "./time-pass.js";

export interface BenchResult {
  readonly corpus: Corpus;
  readonly reports: PhaseReports;
  readonly cli: CliReport;
  /** The CLI with --jobs auto. */
  readonly cliJobs: CliReport;
  readonly startup: StartupReport;
  readonly figures: readonly Figures[];
  readonly dictionaries: DictionaryLoad;
}

export function printReport({
  corpus,
  reports,
  cli,
  cliJobs,
  startup,
  figures,
  dictionaries,
}: BenchResult): void {
  const machine = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.availableParallelism(),
  };
  const analyze = reportOf(reports, "analyze");
  const code = reportOf(reports, "code");
  const mb = toMb(corpus.bytes);
  const cliNetMbPerS = mb / (cli.seconds - startup.medianSeconds);

  console.log(`\nHarbinger throughput — Node ${machine.node}, ${machine.cpu}`);
  console.log(
    `corpus: ${corpus.articles.length} articles cycled from ${corpus.samples} samples, ` +
      `${mb.toFixed(2)} MB (10^6 bytes) of UTF-8 text, ${analyze.sentences} sentences, ` +
      `${analyze.tokens} tokens (Harbinger's counts)\n`,
  );
  console.log(formatTable(figures));
  console.log(
    [
      "",
      `CLI startup, one tiny article, median of ${startup.runsSeconds.length}: ${startup.medianSeconds.toFixed(3)} s; ` +
        `CLI MB/s net of startup: ${cliNetMbPerS.toFixed(2)}`,
      `coder.codeMany: ${code.events} events, ${toMb(code.outputChars ?? 0).toFixed(2)} M JSON characters`,
      `actor dictionaries: load + validate + index, median of ${dictionaries.runsMs.length} fresh processes: ` +
        `${dictionaries.medianMs.toFixed(0)} ms (${dictionaries.names} name keys, ${dictionaries.agents} agent words, ${dictionaries.people} people)`,
      "",
      `The machine has ${machine.cores} core(s) (os.availableParallelism()); nothing is pinned, and`,
      "every phase runs in a fresh process, one phase at a time, single-threaded but CLI --jobs auto.",
      `analyzeMany and codeMany take batches of ${CODING_BATCH} articles and run each stage over the whole`,
      "batch before the next, as the CLI codes; 'one at a time' calls coder.code on each article.",
      `In-process phases: warm-up over ${Math.round(WARMUP_SHARE * 100)}% of the corpus, then one timed full pass (wall s),`,
      "the median of --repeat rounds (default 3) run in alternation;",
      "model loading is excluded. CLI: the whole process, startup and JSONL parsing included,",
      "stdout discarded. CLI --jobs auto: the same, coding on " +
        (cliJobs.workers === 0
          ? "the main thread (two cores or fewer, or too few articles for a pool)."
          : `${cliJobs.workers} worker threads (a core less than the machine has, 4 at most), their start-up included.`),
      "vs A / vs B: the phase's MB/s over the baseline's.",
      "Sentences and tokens: A and B count wink-nlp's own; code and CLI reuse analyze's counts",
      "(Harbinger also splits sentences at blank lines, so it counts a few more sentences).",
      "Peak RSS is in MiB, per process, and includes the corpus held in memory.",
      "",
    ].join("\n"),
  );
  const json = {
    machine,
    corpus: {
      samples: corpus.samples,
      articles: corpus.articles.length,
      bytes: corpus.bytes,
      mb,
      sentences: analyze.sentences,
      tokens: analyze.tokens,
    },
    phases: figures.map((f) => ({ ...f, ...runnerExtras(f.phase, reports) })),
    cli: { ...cli, mbPerSNetOfStartup: cliNetMbPerS },
    cliJobs,
    cliStartup: startup,
    dictionaries,
  };
  console.log(`BENCH_JSON ${JSON.stringify(json)}`);
}

/** Figures only the in-process runners produce, kept in the JSON for later comparison. */
function runnerExtras(phase: Phase, reports: PhaseReports) {
  const report = isInProcessPhase(phase) ? reports.get(phase) : undefined;
  if (report === undefined) return {};
  const { warmupArticles, setupSeconds, events, outputChars } = report;
  return { warmupArticles, setupSeconds, events, outputChars };
}
