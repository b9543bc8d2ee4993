/**
 * Builds a Doc from an article: normalises the text (keeping offsets), tokenises it with
 * wink-nlp, and leaves the later annotations empty for the pipeline's stages to fill.
 */

import type { Article } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import { normalize } from "./normalize.js";
import { tokenize } from "./tokenize.js";

export function makeDoc(article: Article): Doc {
  const normalized = normalize(article.text);
  const { tokens, sentences } = tokenize(normalized);
  return {
    article,
    text: article.text,
    normalized,
    tokens,
    sentences,
    chunks: [],
    tokenChunk: new Int32Array(tokens.length).fill(-1),
    verbGroups: [],
    tokenVerbGroup: new Int32Array(tokens.length).fill(-1),
    clauses: [],
    mentions: [],
    chunkMention: new Int32Array(0),
    events: [],
    times: [],
    quantities: [],
    quotes: [],
    places: [],
  };
}
