/**
 * Runs one in-process phase in a fresh child (`phase-runner.js <phase> <corpus.jsonl>`) and
 * reads back the PhaseReport it prints as its last stdout line.
 */

import { fileURLToPath } from "node:url";
import type { InProcessPhase, PhaseReport } from "./phases.js";
import { assertSucceeded, runNode } from "./run-node.js";

const RUNNER = fileURLToPath(new URL("./phase-runner.js", import.meta.url));

export async function runPhase(phase: InProcessPhase, corpusFile: string): Promise<PhaseReport> {
  const run = await runNode([RUNNER, phase, corpusFile], { stdout: "pipe" });
  assertSucceeded(run, `phase ${phase}`);
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(last) as PhaseReport;
  } catch {
    throw new Error(`phase ${phase} printed no report: ${last.slice(0, 200)}`);
  }
}
