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
  // Set by web and feed ingestion; absent for plain text inputs.
  /** The author line as published, without a leading "By". */
  readonly byline?: string;
  /** The news agency credited for the story ("The Canadian Press"), removed from `text`. */
  readonly wire?: string;
  /** ISO 639-1 code of the text's language, when it was detected or declared. */
  readonly lang?: string;
  /** The publisher's canonical address of the article, normalised. */
  readonly canonicalUrl?: string;
  /** The publication's name ("CBC News"). */
  readonly outlet?: string;
  /** The host name of the article's address, without a leading "www.". */
  readonly domain?: string;
}
