/**
 * What the source expander yields for each article it finds: the Article, the coded error that
 * explains why there is none, or the reason it was deliberately left out (another language, a
 * robots.txt rule, a duplicate, a feed that has not changed). Plain inputs' items (InputItem)
 * are SourceItems too.
 */

import type { HarbingerError } from "../errors.js";
import type { Article } from "../model/article.js";
import type { NearDuplicateMatch } from "./identity/near-duplicates.js";

export type SkipReason = "language" | "robots" | "duplicate" | "not-modified" | "no-text";

export interface Skip {
  readonly reason: SkipReason;
  /** A sentence for people: "the text is in French (fr)". */
  readonly detail: string;
  /** The language found, for a "language" skip. */
  readonly lang?: string;
  /** What is known of the article left out, so a store can record it. */
  readonly id?: string;
  readonly url?: string;
  readonly title?: string;
}

/** The feed entry an item came from: watch mode remembers entries it has handled. */
export interface FeedOrigin {
  readonly feed: string;
  readonly key: string;
}

export type SourceItem =
  | {
      readonly article: Article;
      readonly input: string;
      /** The article's near-duplicate group among those read in this run. */
      readonly nearDuplicate?: NearDuplicateMatch;
      readonly from?: FeedOrigin;
    }
  | { readonly error: HarbingerError; readonly input: string; readonly from?: FeedOrigin }
  | { readonly skipped: Skip; readonly input: string; readonly from?: FeedOrigin };
