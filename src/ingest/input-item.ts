/**
 * What the input layer hands to the pipeline: for each input (a file, a JSONL line, stdin)
 * either an Article or the one error that explains why there is none.
 */

import type { HarbingerError } from "../errors.js";
import type { Article } from "../model/article.js";

export type InputItem =
  | { readonly article: Article; readonly input: string }
  | { readonly error: HarbingerError; readonly input: string };

/** How stdin is named in errors, as HarbingerError documents. */
export const STDIN_INPUT = "<stdin>";

/** The id of an article read from stdin as plain text, and the prefix of its JSONL ids. */
export const STDIN_ID = "stdin";
