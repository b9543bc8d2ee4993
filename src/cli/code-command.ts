/**
 * `harbinger code`: reads articles from files, folders, stdin or JSONL, codes each one and
 * writes the output contract. A bad input is reported on stderr with its name and problem, the
 * rest of the batch is coded, and the exit code says whether any input failed.
 */

import { createCoder } from "../coder.js";
import { asHarbingerError } from "../errors.js";
import { readInputs } from "../ingest/read-inputs.js";
import { syntaxView } from "../output/syntax-view.js";
import type { Io } from "./io.js";
import {
  type CodedOutput,
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
}

export interface CodeSummary {
  readonly coded: number;
  readonly failed: number;
  readonly sentences: number;
  readonly events: number;
}

export async function runCode(options: CodeOptions, io: Io): Promise<CodeSummary> {
  const coder = await createCoder(options.date === undefined ? {} : { defaultDate: options.date });
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
  for await (const item of read) {
    if ("error" in item) {
      failed++;
      io.error(`${item.error.message} [${item.error.code}]`);
      continue;
    }
    try {
      const doc = coder.analyze(item.article);
      const out: CodedOutput = {
        coded: coder.toContract(doc),
        sentences: doc.sentences.length,
        ...(options.syntax && { syntax: syntaxView(doc) }),
      };
      await io.write(format(out));
      coded++;
      sentences += out.sentences;
      events += out.coded.events.length;
    } catch (error) {
      failed++;
      const e = asHarbingerError(error, item.input);
      io.error(`${e.message} [${e.code}]`);
    }
  }
  return { coded, failed, sentences, events };
}
