/**
 * The corpus on disk: one JSON article per line, the input format of `harbinger code`, so the
 * phase runners and the CLI all read the very same articles.
 */

import { readFileSync, writeFileSync } from "node:fs";
import type { Article } from "../src/model/article.js";

export function writeCorpusFile(file: string, articles: readonly Article[]): void {
  writeFileSync(file, `${articles.map((article) => JSON.stringify(article)).join("\n")}\n`);
}

/** Reads a file written by writeCorpusFile; the bench wrote it, so it is trusted as is. */
export function readCorpusFile(file: string): Article[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Article);
}
