/**
 * The CLI's streams, passed in so commands can be tested without a process: stdout writes wait
 * for the stream to drain, so a large batch piped into a slow reader does not pile up in memory.
 */

import type { Readable, Writable } from "node:stream";

export interface Io {
  readonly stdin?: NodeJS.ReadableStream;
  /** Whether stdout is a terminal (colours, progress), false for pipes, files and tests. */
  readonly isTerminal?: boolean;
  write(text: string): Promise<void>;
  error(line: string): void;
  /** Raw stderr for progress output (a bar redrawn in place, JSON log lines); absent in tests. */
  readonly progress?: {
    write(text: string): unknown;
    readonly isTTY?: boolean;
    readonly columns?: number;
  };
}

export function streamIo(stdout: Writable, stderr: Writable, stdin?: Readable): Io {
  return {
    ...(stdin !== undefined && { stdin }),
    isTerminal: (stdout as { isTTY?: boolean }).isTTY === true,
    progress: stderr as Writable & { isTTY?: boolean; columns?: number },
    write(text) {
      if (stdout.write(text)) return Promise.resolve();
      return new Promise((resolve) => stdout.once("drain", () => resolve()));
    },
    error(line) {
      stderr.write(`harbinger: ${line}\n`);
    },
  };
}
