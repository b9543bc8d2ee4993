/**
 * The identity of an article's content: the same text from the same outlet is the same
 * article, whatever id or file name it arrives under. The same text from another outlet is a
 * syndicated copy, stored and counted as one source (see src/analyze/syndication.ts).
 */

import { createHash } from "node:crypto";
import type { Article } from "../model/article.js";

export function contentHash(article: Article): string {
  return createHash("sha256")
    .update(article.source ?? "")
    .update("\u0000")
    .update(article.text)
    .digest("hex");
}
