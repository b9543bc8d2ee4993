/**
 * Codes one article into what `harbinger code` prints and `harbinger ingest` stores: the output
 * contract, the sentence count and, when asked, the syntax view. One function for the main
 * thread and the coding workers, so both paths give the same result by construction.
 */

import type { Coder } from "../coder.js";
import type { Article } from "../model/article.js";
import type { CodedDocument } from "../model/contract.js";
import type { Doc } from "../model/doc.js";
import { type SentenceView, syntaxView } from "../output/syntax-view.js";
import { attempt } from "../pipeline/pipeline.js";

/** Plain data only: it crosses the worker boundary as a structured clone. */
export interface CodingResult {
  readonly coded: CodedDocument;
  /** Sentence count, for the table and the summary. */
  readonly sentences: number;
  readonly syntax?: readonly SentenceView[];
}

/** How one article went: its result, or what was thrown while coding it. */
export type CodingOutcome = { readonly result: CodingResult } | { readonly error: Error };

export function codeArticle(coder: Coder, article: Article, syntax: boolean): CodingResult {
  return resultOf(coder, coder.analyze(article), syntax);
}

/**
 * Codes a batch stage by stage (`Coder.analyzeMany`), the same results as `codeArticle` on
 * each, faster; one outcome per article, in order, an article that throws failing alone.
 */
export function codeArticles(
  coder: Coder,
  articles: readonly Article[],
  syntax: boolean,
): CodingOutcome[] {
  return coder
    .analyzeMany(articles)
    .map(({ doc, error }) =>
      doc === undefined ? { error } : attempt(() => ({ result: resultOf(coder, doc, syntax) })),
    );
}

function resultOf(coder: Coder, doc: Doc, syntax: boolean): CodingResult {
  return {
    coded: coder.toContract(doc),
    sentences: doc.sentences.length,
    ...(syntax && { syntax: syntaxView(doc) }),
  };
}
