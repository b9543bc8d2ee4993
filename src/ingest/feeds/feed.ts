/**
 * A feed as Harbinger reads it, whatever its format: the channel's name and language, and
 * items with the article's address, title, date and any content the feed carries.
 */

export type FeedFormat = "rss" | "atom" | "json-feed";

export interface FeedItem {
  /** The item's identity within its feed: guid or id, else link, else title and date. */
  readonly key: string;
  /** Absolute address of the article page. */
  readonly link?: string;
  readonly title?: string;
  /** `YYYY-MM-DD`. */
  readonly date?: string;
  readonly author?: string;
  /** The full article as HTML, when the feed carries it. */
  readonly contentHtml?: string;
  /** A teaser as HTML. */
  readonly summaryHtml?: string;
}

export interface Feed {
  readonly format: FeedFormat;
  readonly title?: string;
  readonly link?: string;
  readonly language?: string;
  readonly items: readonly FeedItem[];
}

/** A feed listed in an OPML file. */
export interface FeedReference {
  readonly url: string;
  readonly title?: string;
}
