/**
 * Which files are articles: the extensions a folder walk picks up, and which of them hold JSONL
 * records rather than one text article.
 */

import * as path from "node:path";

const TEXT_EXTENSIONS = new Set([".txt", ".md", ".text"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

function extensionOf(filePath: string): string {
  return path.extname(filePath).toLowerCase();
}

/** True for files whose lines are JSON records (one article each). */
export function isJsonlFile(filePath: string): boolean {
  return JSONL_EXTENSIONS.has(extensionOf(filePath));
}

/** True for files a folder walk reads; anything else in a folder is skipped without error. */
export function isArticleFile(filePath: string): boolean {
  const extension = extensionOf(filePath);
  return TEXT_EXTENSIONS.has(extension) || JSONL_EXTENSIONS.has(extension);
}
