/**
 * Spawns a Node child process with the same Node binary as the bench and times it from spawn to
 * exit, collecting stdout (when piped) and stderr.
 */

import { spawn } from "node:child_process";

export interface NodeRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Wall time from spawn to the close of the child's streams. */
  readonly seconds: number;
}

export interface RunNodeOptions {
  /** "ignore" sends stdout to the null device, as when output is discarded. */
  readonly stdout: "pipe" | "ignore";
  readonly env?: NodeJS.ProcessEnv;
}

export function runNode(args: readonly string[], options: RunNodeOptions): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [...args], {
      stdio: ["ignore", options.stdout, "pipe"],
      env: options.env ?? process.env,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      });
    });
  });
}

/** Throws with the child's stderr when it did not exit cleanly. */
export function assertSucceeded(run: NodeRun, what: string): void {
  if (run.code === 0) return;
  const how = run.signal === null ? `exit code ${run.code}` : `signal ${run.signal}`;
  throw new Error(`${what} failed (${how}):\n${run.stderr.slice(-2000)}`);
}
