/**
 * Codes one article into what `harbinger code` prints and `harbinger ingest` stores: the output
 * contract, the sentence count and, when asked, the syntax view. One function for the main
 * thread and the coding workers, so both paths give the same result by construction.
 */

import type { Coder } from "../coder.js";
import type { Article } from "../model/article.js";
import type { CodedDocument } from "../model/contract.js";
import { type SentenceView, syntaxView } from "../output/syntax-view.js";

/** Plain data only: it crosses the worker boundary as a structured clone. */
export interface CodingResult {
  readonly coded: CodedDocument;
  /** Sentence count, for the table and the summary. */
  readonly sentences: number;
  readonly syntax?: readonly SentenceView[];
}

export function codeArticle(coder: Coder, article: Article, syntax: boolean): CodingResult {
  const doc = coder.analyze(article);
  return {
    coded: coder.toContract(doc),
    sentences: doc.sentences.length,
    ...(syntax && { syntax: syntaxView(doc) }),
  };
}
