/**
 * Atom (RFC 4287) into a Feed: the entry's alternate link, published (else updated) date,
 * and content of type text, html or xhtml.
 */

import { parseFragment } from "../html/dom.js";
import { normalizeDate } from "../html/normalize-date.js";
import type { Feed, FeedItem } from "./feed.js";
import {
  absoluteUrl,
  asList,
  asNode,
  attributeOf,
  rawXmlText,
  textOf,
  type XmlNode,
} from "./xml-values.js";

export function atomFeed(feed: XmlNode, baseUrl?: string): Feed {
  const link = alternateLink(feed.link, baseUrl);
  const base = baseUrl ?? link;
  const title = textOf(feed.title);
  const language = attributeOf(feed, "xml:lang");
  const items = asList(feed.entry)
    .map((entry) => atomEntry(asNode(entry) ?? {}, base))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    format: "atom",
    ...(title !== undefined && { title }),
    ...(link !== undefined && { link }),
    ...(language !== undefined && { language }),
    items,
  };
}

/** The link with rel="alternate" (the default rel), resolved. */
function alternateLink(links: unknown, base: string | undefined): string | undefined {
  const alternate = asList(links).find((link) => {
    const rel = attributeOf(link, "rel");
    return rel === undefined || rel === "alternate";
  });
  return absoluteUrl(attributeOf(alternate, "href"), base);
}

/** Atom text constructs as HTML: text is escaped, html is markup, xhtml is markup in a div. */
function contentHtml(value: unknown): string | undefined {
  const raw = typeof value === "string" ? value : textOf(value);
  if (raw === undefined) return undefined;
  const type = attributeOf(value, "type") ?? "text";
  if (type === "xhtml") return raw;
  const text = rawXmlText(raw).trim();
  if (text === "") return undefined;
  return type === "html" ? text : text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** A title of type html is markup ("Storm &amp;amp; floods"); the article wants its text. */
function plainTitle(value: unknown): string | undefined {
  const title = textOf(value);
  if (title === undefined || attributeOf(value, "type") !== "html") return title;
  return parseFragment(title).textContent?.replace(/\s+/g, " ").trim() || undefined;
}

function atomEntry(entry: XmlNode, base: string | undefined): FeedItem | undefined {
  const id = textOf(entry.id);
  const link = alternateLink(entry.link, base);
  const title = plainTitle(entry.title);
  const date = normalizeDate(textOf(entry.published) ?? textOf(entry.updated));
  const author = textOf(asNode(asList(entry.author)[0])?.name);
  const content = contentHtml(entry.content);
  const summary = contentHtml(entry.summary);
  const key = id ?? link ?? (title === undefined ? undefined : `${title}|${date ?? ""}`);
  if (key === undefined) return undefined;
  return {
    key,
    ...(link !== undefined && { link }),
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(author !== undefined && { author }),
    ...(content !== undefined && { contentHtml: content }),
    ...(summary !== undefined && { summaryHtml: summary }),
  };
}
