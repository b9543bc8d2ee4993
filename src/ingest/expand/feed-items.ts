/**
 * The articles of a feed: an item whose content is the full text is extracted from the feed
 * itself; otherwise its page is fetched and extracted, with the feed's title, date and author
 * as fallbacks. Pages download in parallel; items come out in feed order, each as an article,
 * a skip or an error of its own.
 */

import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { asHarbingerError } from "../../errors.js";
import type { Feed, FeedItem } from "../feeds/feed.js";
import { fsError } from "../fs-error.js";
import { decodeMarkup } from "../html/decode-markup.js";
import { type Extracted, extractArticle, type KnownMeta } from "../html/extract-article.js";
import type { SourceItem } from "../source-item.js";
import type { ExpandContext } from "./context.js";
import { mapOrdered } from "./map-ordered.js";

export async function* feedItems(
  feed: Feed,
  feedInput: string,
  context: ExpandContext,
): AsyncGenerator<SourceItem> {
  const filter = context.options.itemFilter;
  const items =
    filter === undefined ? feed.items : feed.items.filter((item) => filter(feedInput, item));
  context.noteItems(items.length);
  yield* mapOrdered(items, context.itemConcurrency, (item) =>
    readItem(item, feed, feedInput, context),
  );
}

/** About how much text some HTML holds: tags and spacing removed, entities left as they are. */
function textLength(html: string): number {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim().length;
}

async function readItem(
  item: FeedItem,
  feed: Feed,
  feedInput: string,
  context: ExpandContext,
): Promise<SourceItem> {
  const input = item.link ?? `${feedInput}#${item.key}`;
  const from = { feed: feedInput, key: item.key };
  const known: KnownMeta = {
    ...(item.title !== undefined && { title: item.title }),
    ...(item.date !== undefined && { date: item.date }),
    ...(item.author !== undefined && { byline: item.author }),
    ...(feed.title !== undefined && { outlet: feed.title }),
    ...(feed.language !== undefined && { lang: feed.language }),
  };
  try {
    const fetchPages = context.options.fetchPages !== false;
    // Many feeds carry the whole story in the description; a teaser is too short to count.
    const summary = item.summaryHtml;
    const longSummary =
      summary !== undefined && textLength(summary) >= context.minEmbeddedChars
        ? summary
        : undefined;
    const content =
      item.contentHtml ?? longSummary ?? (item.link === undefined ? summary : undefined);
    const full = content !== undefined && textLength(content) >= context.minEmbeddedChars;
    if (content !== undefined && (full || item.link === undefined || !fetchPages)) {
      return toItem(extractArticle(content, fragmentOptions(input, item, known)), input, from);
    }
    if (item.link === undefined || !fetchPages) {
      const detail =
        item.link === undefined
          ? "the feed item has neither full text nor a link"
          : "the feed item has only a summary, and pages are not fetched";
      return {
        skipped: { reason: "no-text", detail, ...(item.link && { url: item.link }) },
        input,
        from,
      };
    }
    if (item.link.startsWith("file:")) {
      // A local feed's local page (only a feed read from a file can link to one).
      const file = fileURLToPath(item.link);
      const bytes = await readFile(file).catch((error: unknown) => {
        throw fsError(error, file);
      });
      const html = decodeMarkup(bytes, file).text;
      context.noteFetched();
      return toItem(extractArticle(html, { input: file, known }), file, from);
    }
    const signal = context.options.signal;
    const page = await context.fetcher().fetch(item.link, signal === undefined ? {} : { signal });
    context.noteFetched();
    const html = decodeMarkup(page.body, page.url, page.contentType).text;
    return toItem(extractArticle(html, { input, url: page.url, known }), input, from);
  } catch (error) {
    if (context.options.signal?.aborted) throw error;
    return { error: asHarbingerError(error, input), input, from };
  }
}

function fragmentOptions(input: string, item: FeedItem, known: KnownMeta) {
  return { input, isFragment: true, known, ...(item.link !== undefined && { url: item.link }) };
}

function toItem(extracted: Extracted, input: string, from: SourceItem["from"]): SourceItem {
  return "article" in extracted
    ? { article: extracted.article, input, ...(from && { from }) }
    : { skipped: extracted.skipped, input, ...(from && { from }) };
}
