/**
 * Where the coding worker's compiled module is. A worker thread runs JavaScript only, so the
 * pool always starts the compiled `coding-worker.js`: running the compiled package it sits
 * beside this module (dist/src/app); running the TypeScript sources (tests under vitest, which
 * compiles in memory and writes no .js), it is taken from the build output, so those tests need
 * `npm run build` first, as the CLI tests do.
 */

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HarbingerError } from "../errors.js";

const CANDIDATES = ["./coding-worker.js", "../../dist/src/app/coding-worker.js"];

export function codingWorkerUrl(): URL {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  throw new HarbingerError(
    "E_DATA",
    "coding-worker.js",
    "the compiled coding worker is missing: build it with npm run build",
  );
}
