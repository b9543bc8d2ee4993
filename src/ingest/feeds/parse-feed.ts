/**
 * Recognises what a fetched or read document is (RSS, Atom, JSON Feed, OPML, or a web page)
 * and parses feeds and subscription lists. A document that claims to be a feed but is not
 * one gives an E_FEED error naming the problem.
 */

import { HarbingerError } from "../../errors.js";
import { atomFeed } from "./atom.js";
import type { Feed, FeedReference } from "./feed.js";
import { isJsonFeed, jsonFeed } from "./json-feed.js";
import { opmlFeeds } from "./opml.js";
import { parseXml } from "./parse-xml.js";
import { rssFeed } from "./rss.js";
import { asNode } from "./xml-values.js";

export type DocumentKind = "feed" | "opml" | "html" | "text";

/** What a document is, from its first characters (and its Content-Type when fetched). */
export function sniffDocument(text: string, contentType = ""): DocumentKind {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, "")
    .trimStart();
  const type = contentType.toLowerCase();
  if (/^<opml\b|^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<opml\b/i.test(head)) return "opml";
  if (/<(?:rss|feed|rdf:RDF)\b/.test(head) && !/<html\b/i.test(head)) return "feed";
  if (head.startsWith("{") && /"version"\s*:\s*"https:\/\/jsonfeed\.org\/version\//.test(head)) {
    return "feed";
  }
  if (/^(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(head) || type.includes("html")) {
    return "html";
  }
  if (
    /\b(?:rss|atom|feed)\+(?:xml|json)\b|\bapplication\/(?:xml|json)\b|\btext\/xml\b/.test(type)
  ) {
    return "feed";
  }
  if (/^<(?:p|div|article|section|h[1-6])\b/i.test(head)) return "html";
  return "text";
}

/** Parses an RSS, Atom or JSON Feed document; `baseUrl` resolves relative links. */
export function parseFeed(text: string, input: string, baseUrl?: string): Feed {
  const trimmed = text.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new HarbingerError("E_FEED", input, `JSON Feed is not valid JSON: ${reason}`);
    }
    if (!isJsonFeed(value)) {
      throw new HarbingerError("E_FEED", input, 'JSON without a JSON Feed "version"');
    }
    return jsonFeed(value, input, baseUrl);
  }
  const root = parseXml(trimmed, input);
  const rss = asNode(root.rss);
  const rdf = asNode(root["rdf:RDF"]);
  const atom = asNode(root.feed);
  if (rss !== undefined) {
    const channel = asNode(rss.channel) ?? {};
    return rssFeed(channel, channel.item, baseUrl);
  }
  if (rdf !== undefined) return rssFeed(asNode(rdf.channel) ?? {}, rdf.item, baseUrl);
  if (atom !== undefined) return atomFeed(atom, baseUrl);
  const found = Object.keys(root).find((key) => !key.startsWith("?")) ?? "nothing";
  throw new HarbingerError(
    "E_FEED",
    input,
    `expected <rss>, <feed> or <rdf:RDF>, found <${found}>`,
  );
}

/** The feeds listed in an OPML document. */
export function parseOpml(text: string, input: string, baseUrl?: string): FeedReference[] {
  const root = parseXml(text.replace(/^\uFEFF/, "").trimStart(), input);
  const opml = asNode(root.opml);
  if (opml === undefined) throw new HarbingerError("E_FEED", input, "expected an <opml> document");
  return opmlFeeds(opml, input, baseUrl);
}
