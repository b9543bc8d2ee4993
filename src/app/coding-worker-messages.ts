/**
 * What the coding pool and its workers say to each other. Everything is plain data (structured
 * clone): errors travel as their code, input and message and are rebuilt on the other side, so
 * an article's error reads the same whichever thread coded it.
 */

import { type ErrorCode, HarbingerError } from "../errors.js";
import type { Article } from "../model/article.js";
import type { CodingResult } from "./code-article.js";

/** A worker's `workerData`: how to build its coder and what to return. */
export interface WorkerSetup {
  readonly defaultDate?: string;
  readonly syntax: boolean;
}

/** Pool → worker: code this article. */
export interface JobMessage {
  readonly job: number;
  readonly article: Article;
}

/** Worker → pool. */
export type WorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "start-failed"; readonly error: ErrorData }
  | { readonly kind: "coded"; readonly job: number; readonly result: CodingResult }
  | { readonly kind: "failed"; readonly job: number; readonly error: ErrorData };

export interface ErrorData {
  readonly message: string;
  /** Set for a HarbingerError, with the input it names. */
  readonly code?: ErrorCode;
  readonly input?: string;
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof HarbingerError) {
    return { message: error.message, code: error.code, input: error.input };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function fromErrorData(data: ErrorData): Error {
  if (data.code === undefined || data.input === undefined) return new Error(data.message);
  const error = new HarbingerError(data.code, data.input);
  // The message as it was built in the worker, detail included.
  error.message = data.message;
  return error;
}
