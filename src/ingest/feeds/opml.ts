/** OPML subscription lists: the feeds named by `xmlUrl` in outlines at any depth. */

import { HarbingerError } from "../../errors.js";
import type { FeedReference } from "./feed.js";
import { absoluteUrl, asList, asNode, attributeOf, type XmlNode } from "./xml-values.js";

export function opmlFeeds(opml: XmlNode, input: string, baseUrl?: string): FeedReference[] {
  const body = asNode(opml.body);
  if (body === undefined) throw new HarbingerError("E_FEED", input, "OPML without a <body>");
  const feeds: FeedReference[] = [];
  const seen = new Set<string>();
  const visit = (outlines: unknown): void => {
    for (const outline of asList(outlines)) {
      const url = absoluteUrl(attributeOf(outline, "xmlUrl"), baseUrl);
      if (url !== undefined && !seen.has(url)) {
        seen.add(url);
        const title = attributeOf(outline, "title") ?? attributeOf(outline, "text");
        feeds.push({ url, ...(title !== undefined && { title }) });
      }
      visit(asNode(outline)?.outline);
    }
  };
  visit(body.outline);
  return feeds;
}
