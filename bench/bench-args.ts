/**
 * Command-line options of `npm run bench`: the corpus size and where the sample articles are.
 * Parsed once here so the orchestrator only sees validated values.
 */

import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export interface BenchArgs {
  /** Smallest corpus size in MB (10^6 UTF-8 bytes of article text). */
  readonly mb: number;
  /** Folder of sample articles (front matter + body) the corpus is replicated from. */
  readonly articles: string;
  /** Timed runs of each in-process phase; the median run is reported. */
  readonly repeat: number;
}

/** The package root: this file runs from dist/bench/, two levels below it. */
export const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      mb: { type: "string", default: "5" },
      repeat: { type: "string", default: "3" },
      articles: { type: "string", default: path.join(PACKAGE_ROOT, "examples", "articles") },
    },
  });
  const mb = Number(values.mb);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new Error(`--mb expects a positive number, got ${values.mb}`);
  }
  const repeat = Number(values.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) {
    throw new Error(`--repeat expects a positive whole number, got ${values.repeat}`);
  }
  return { mb, articles: path.resolve(values.articles), repeat };
}
