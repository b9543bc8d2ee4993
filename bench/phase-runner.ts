/**
 * Runs one in-process phase in its own process and prints its PhaseReport as one JSON line:
 * `node dist/bench/phase-runner.js <phase> <corpus.jsonl>`. A fresh process per phase keeps one
 * phase's JIT state and heap from colouring the next, and gives each phase its own peak RSS.
 */

import { readCorpusFile } from "./corpus-file.js";
import { preparePhase } from "./phase-work.js";
import { IN_PROCESS_PHASES, isInProcessPhase, type PhaseReport } from "./phases.js";
import { timePass } from "./time-pass.js";

async function main(argv: readonly string[]): Promise<void> {
  const [phase, corpusFile] = argv;
  if (phase === undefined || !isInProcessPhase(phase) || corpusFile === undefined) {
    throw new Error(
      `usage: phase-runner.js <${IN_PROCESS_PHASES.join("|")}> <corpus.jsonl>, got ${argv.join(" ")}`,
    );
  }
  const articles = readCorpusFile(corpusFile);
  let bytes = 0;
  for (const article of articles) bytes += Buffer.byteLength(article.text, "utf8");

  const setupStarted = process.hrtime.bigint();
  const work = await preparePhase(phase);
  const setupSeconds = Number(process.hrtime.bigint() - setupStarted) / 1e9;

  const { warmupArticles, seconds, tally } = timePass(articles, work);
  const report: PhaseReport = {
    phase,
    articles: articles.length,
    bytes,
    sentences: work.countsUnits ? tally.sentences : null,
    tokens: work.countsUnits ? tally.tokens : null,
    events: work.writesOutput ? tally.events : null,
    outputChars: work.writesOutput ? tally.outputChars : null,
    warmupArticles,
    setupSeconds,
    seconds,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`phase-runner: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
