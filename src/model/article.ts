/**
 * An article as it enters the pipeline: the text that all offsets refer to, plus metadata.
 * The same shape as a JSONL input line of `harbinger code`.
 */

export interface Article {
  /** Stable identifier; offsets in the output are relative to `text` of this article. */
  readonly id: string;
  readonly text: string;
  /** Publication date `YYYY-MM-DD`; the anchor for relative dates. */
  readonly date?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
}
