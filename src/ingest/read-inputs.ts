/**
 * The input layer of `harbinger code`: turns the command's inputs (files, folders, `-` for
 * stdin) into a stream of Articles, with one coded error per bad input and the rest of the
 * batch carrying on. Nothing is thrown for a per-input problem.
 */

import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import * as path from "node:path";
import { asHarbingerError, HarbingerError } from "../errors.js";
import { isJsonlFile } from "./file-kinds.js";
import { fsError } from "./fs-error.js";
import { type InputItem, STDIN_INPUT } from "./input-item.js";
import { readJsonl } from "./read-jsonl.js";
import { readStdin } from "./read-stdin.js";
import { readTextFile } from "./read-text-file.js";
import { walkFolder } from "./walk-folder.js";

export type { InputItem } from "./input-item.js";

export interface ReadOptions {
  /** Where `-` reads from; process.stdin when absent. */
  readonly stdin?: NodeJS.ReadableStream;
  /** Largest article (text file, stdin text or JSONL line) in bytes; 10 MiB when absent. */
  readonly maxBytes?: number;
}

/** The default of `--max-bytes`: far above any news article, far below trouble. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** Yields one item per article or per failed input, in input order (folders sorted). */
export async function* readInputs(
  inputs: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(maxBytes) || maxBytes < 1) {
    // A bad option is the caller's mistake, not an input's: fail before reading anything.
    throw new HarbingerError(
      "E_USAGE",
      "--max-bytes",
      `expected a positive whole number of bytes, got ${maxBytes}`,
    );
  }
  let stdinRead = false;
  for (const input of inputs.length === 0 ? ["-"] : inputs) {
    if (input !== "-") {
      yield* readPath(input, maxBytes);
    } else if (stdinRead) {
      const error = new HarbingerError("E_USAGE", STDIN_INPUT, '"-" given more than once');
      yield { error, input: STDIN_INPUT };
    } else {
      stdinRead = true;
      yield* readStdin(options.stdin ?? process.stdin, maxBytes);
    }
  }
}

/** A path given on the command line: a folder is walked, a file is read whatever its name. */
async function* readPath(input: string, maxBytes: number): AsyncGenerator<InputItem> {
  let stats: Stats;
  try {
    stats = await stat(input);
  } catch (error) {
    yield { error: fsError(error, input), input };
    return;
  }
  if (!stats.isDirectory()) {
    yield* readFile(input, maxBytes, stats);
    return;
  }
  for await (const entry of walkFolder(input)) {
    if ("error" in entry) yield entry;
    else yield* readFile(entry.file, maxBytes);
  }
}

async function* readFile(file: string, maxBytes: number, stats?: Stats): AsyncGenerator<InputItem> {
  if (isJsonlFile(file)) {
    // Ids default to `name.jsonl:LINE`, independent of the folder the command was run from.
    const source = { input: file, idPrefix: path.basename(file) };
    yield* readJsonl(createReadStream(file), source, maxBytes);
    return;
  }
  try {
    yield { article: await readTextFile(file, maxBytes, stats), input: file };
  } catch (error) {
    yield { error: asHarbingerError(error, file), input: file };
  }
}
