/** Harbinger's library API. */

export {
  type ArticleInput,
  CODING_BATCH,
  type CodedOutcome,
  type Coder,
  type CoderOptions,
  createCoder,
} from "./coder.js";
export { ERROR_CODES, type ErrorCode, HarbingerError } from "./errors.js";
export type { Article } from "./model/article.js";
export type * from "./model/contract.js";
export type {
  Chunk,
  Clause,
  Doc,
  DocEvent,
  Mention,
  Sentence,
  VerbGroup,
} from "./model/doc.js";
export type { Span, TextSpan } from "./model/span.js";
export { syntaxView } from "./output/syntax-view.js";
export type { DocOutcome } from "./pipeline/pipeline.js";
