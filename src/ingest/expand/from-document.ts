/**
 * A document read from a file or fetched from an address, once decoded: a web page becomes
 * one article, a feed its items, an OPML list the feeds it names, plain text one article.
 */

import { asHarbingerError, HarbingerError } from "../../errors.js";
import type { Article } from "../../model/article.js";
import type { Feed, FeedReference } from "../feeds/feed.js";
import { parseFeed, parseOpml, sniffDocument } from "../feeds/parse-feed.js";
import { extractArticle } from "../html/extract-article.js";
import { articleId } from "../identity/article-id.js";
import { domainOf } from "../identity/normalize-url.js";
import type { SourceItem } from "../source-item.js";
import type { ExpandContext } from "./context.js";
import { feedItems } from "./feed-items.js";

export interface Document {
  readonly text: string;
  /** Names the document in errors: its path or address. */
  readonly input: string;
  /** The address it came from (after redirects): the page's address. */
  readonly url?: string;
  /** What relative links in feeds and OPML resolve against: `url`, or a file's file: URL. */
  readonly base?: string;
  readonly contentType?: string;
}

/** Expands an OPML list's feeds: given the address or path of one feed, yields its items. */
export type FeedExpander = (feed: string) => AsyncGenerator<SourceItem>;

export async function* fromDocument(
  document: Document,
  context: ExpandContext,
  expandFeed: FeedExpander,
): AsyncGenerator<SourceItem> {
  const { text, input, url } = document;
  const base = document.base ?? url;
  const kind = sniffDocument(text, document.contentType);
  if (kind === "opml") {
    let feeds: FeedReference[];
    try {
      feeds = parseOpml(text, input, base);
    } catch (error) {
      yield { error: asHarbingerError(error, input), input };
      return;
    }
    for (const feed of feeds) yield* expandFeed(feed.url);
    return;
  }
  if (kind === "feed") {
    let feed: Feed;
    try {
      feed = parseFeed(text, input, base);
    } catch (error) {
      yield { error: asHarbingerError(error, input), input };
      return;
    }
    yield* feedItems(feed, input, context);
    return;
  }
  context.noteItems(1);
  try {
    if (kind === "html") {
      const extracted = extractArticle(text, { input, ...(url !== undefined && { url }) });
      yield "article" in extracted
        ? { article: extracted.article, input }
        : { skipped: extracted.skipped, input };
    } else {
      yield { article: textArticle(text, input, url), input };
    }
  } catch (error) {
    yield { error: asHarbingerError(error, input), input };
  }
}

/** A plain-text document fetched from an address: the text as it is, named by the address. */
function textArticle(text: string, input: string, url: string | undefined): Article {
  if (text.trim() === "") throw new HarbingerError("E_EMPTY", input, "only whitespace");
  const domain = url === undefined ? undefined : domainOf(url);
  return {
    id: articleId(url, text),
    text,
    ...(url !== undefined && { url }),
    ...(domain !== undefined && { source: domain, domain }),
  };
}
