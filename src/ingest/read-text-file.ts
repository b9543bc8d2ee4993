/**
 * Reads one text file (any extension) into an Article: size check from `stat` first, so an
 * oversized file is rejected without being read, then decode, front matter, validation.
 */

import { createReadStream, type Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { HarbingerError } from "../errors.js";
import type { Article } from "../model/article.js";
import { articleFromFile } from "./article-record.js";
import { collectBytes } from "./byte-chunks.js";
import { decodeText } from "./decode-text.js";
import { tooLargeDetail } from "./format-size.js";
import { parseFrontMatter } from "./front-matter.js";
import { fsError } from "./fs-error.js";

/** Throws a HarbingerError naming `filePath` for every way the file can fail to be an article. */
export async function readTextFile(
  filePath: string,
  maxBytes: number,
  knownStats?: Stats,
): Promise<Article> {
  const bytes = await readBytes(filePath, maxBytes, knownStats);
  const { meta, body } = parseFrontMatter(decodeText(bytes, filePath, maxBytes));
  return articleFromFile(filePath, meta, body);
}

async function readBytes(filePath: string, maxBytes: number, knownStats?: Stats): Promise<Buffer> {
  let stats: Stats;
  try {
    stats = knownStats ?? (await stat(filePath));
  } catch (error) {
    throw fsError(error, filePath);
  }
  if (stats.isFile() && stats.size > maxBytes) {
    throw new HarbingerError("E_TOO_LARGE", filePath, tooLargeDetail(stats.size, maxBytes));
  }
  try {
    // A pipe or device (`<(cmd)`, /dev/stdin) has no size to check: read it with a bound.
    if (!stats.isFile()) return await collectBytes(createReadStream(filePath), filePath, maxBytes);
    return await readFile(filePath);
  } catch (error) {
    throw fsError(error, filePath);
  }
}
