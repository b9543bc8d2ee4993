/**
 * `harbinger code`: reads articles from files, folders, stdin or JSONL, codes each one and
 * writes the output contract. A bad input is reported on stderr with its name and problem, the
 * rest of the batch is coded, and the exit code says whether any input failed. With --jobs,
 * worker threads code in parallel and the output keeps the input order.
 */

import { type Jobs, openCoding } from "../app/coding-jobs.js";
import { asHarbingerError } from "../errors.js";
import type { InputItem } from "../ingest/input-item.js";
import { readInputs } from "../ingest/read-inputs.js";
import type { Io } from "./io.js";
import {
  formatJsonl,
  formatPretty,
  formatTableRow,
  type OutputFormat,
  tableHeader,
} from "./output-formats.js";

export interface CodeOptions {
  readonly inputs: readonly string[];
  readonly format: OutputFormat;
  readonly date?: string;
  readonly maxBytes?: number;
  readonly syntax: boolean;
  /** Threads that code: 1 the main thread alone, N workers, or "auto" (see coding-jobs.ts). */
  readonly jobs?: Jobs;
}

export interface CodeSummary {
  readonly coded: number;
  readonly failed: number;
  readonly sentences: number;
  readonly events: number;
}

export async function runCode(options: CodeOptions, io: Io): Promise<CodeSummary> {
  const coding = openCoding({
    jobs: options.jobs ?? "auto",
    syntax: options.syntax,
    ...(options.date !== undefined && { defaultDate: options.date }),
  });
  const format =
    options.format === "jsonl"
      ? formatJsonl
      : options.format === "pretty"
        ? formatPretty
        : formatTableRow;
  if (options.format === "table") await io.write(tableHeader());

  let coded = 0;
  let failed = 0;
  let sentences = 0;
  let events = 0;
  const read = readInputs(options.inputs, {
    ...(io.stdin !== undefined && { stdin: io.stdin }),
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
  });
  const articleOf = (item: InputItem) => ("article" in item ? item.article : undefined);
  try {
    // Results come back in input order however many threads code them.
    for await (const { item, outcome } of coding.codeInOrder(read, articleOf)) {
      if ("error" in item) {
        failed++;
        io.error(`${item.error.message} [${item.error.code}]`);
      } else if (outcome !== null && "error" in outcome) {
        failed++;
        const e = asHarbingerError(outcome.error, item.input);
        io.error(`${e.message} [${e.code}]`);
      } else if (outcome !== null) {
        await io.write(format(outcome.result));
        coded++;
        sentences += outcome.result.sentences;
        events += outcome.result.coded.events.length;
      }
    }
  } finally {
    await coding.close();
  }
  return { coded, failed, sentences, events };
}
