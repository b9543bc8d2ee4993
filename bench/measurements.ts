/**
 * Puts the phase runners' reports and the CLI runs into one list of comparable measurements,
 * filling in sentence and token counts for the runs whose output does not carry them.
 */

import type { Corpus } from "./build-corpus.js";
import type { CliReport } from "./cli-phase.js";
import type { Measurement } from "./figures.js";
import {
  IN_PROCESS_PHASES,
  type InProcessPhase,
  PHASE_LABELS,
  type PhaseReport,
} from "./phases.js";

export type PhaseReports = ReadonlyMap<InProcessPhase, PhaseReport>;

export function collectMeasurements(
  reports: PhaseReports,
  cli: CliReport,
  corpus: Corpus,
  cliJobs: CliReport,
): Measurement[] {
  const analyze = reportOf(reports, "analyze");
  const fromCli = (phase: "cli" | "cli-jobs", run: CliReport, label: string): Measurement => ({
    phase,
    label,
    articles: corpus.articles.length,
    // The CLI runs the same pipeline as analyze over the same corpus: the counts are equal.
    sentences: analyze.sentences ?? 0,
    tokens: analyze.tokens ?? 0,
    unitsFrom: "analyze",
    bytes: corpus.bytes,
    seconds: run.seconds,
    maxRssKb: run.maxRssKb,
  });
  const threads = cliJobs.workers === 0 ? "main thread" : `${cliJobs.workers} workers`;
  return [
    ...IN_PROCESS_PHASES.map((phase) => fromReport(reportOf(reports, phase), analyze)),
    fromCli("cli", cli, PHASE_LABELS.cli),
    fromCli("cli-jobs", cliJobs, `${PHASE_LABELS["cli-jobs"]} (${threads})`),
  ];
}

export function reportOf(reports: PhaseReports, phase: InProcessPhase): PhaseReport {
  const report = reports.get(phase);
  if (report === undefined) throw new Error(`no report from phase ${phase}`);
  return report;
}

/** The code phase's output contract carries no sentence or token counts: use analyze's. */
function fromReport(report: PhaseReport, analyze: PhaseReport): Measurement {
  const own = report.sentences !== null && report.tokens !== null;
  return {
    phase: report.phase,
    label: PHASE_LABELS[report.phase],
    articles: report.articles,
    sentences: (own ? report.sentences : analyze.sentences) ?? 0,
    tokens: (own ? report.tokens : analyze.tokens) ?? 0,
    unitsFrom: own ? report.phase : "analyze",
    bytes: report.bytes,
    seconds: report.seconds,
    maxRssKb: report.maxRssKb,
  };
}
