/**
 * RSS 2.0 (and RSS 1.0 / RDF, which differs only in where items sit) into a Feed. Content
 * comes from content:encoded when present; description is the summary.
 */

import { normalizeDate } from "../html/normalize-date.js";
import type { Feed, FeedItem } from "./feed.js";
import { absoluteUrl, asList, asNode, attributeOf, textOf, type XmlNode } from "./xml-values.js";

export function rssFeed(channel: XmlNode, rawItems: unknown, baseUrl?: string): Feed {
  const link = absoluteUrl(textOf(channel.link), baseUrl);
  const base = baseUrl ?? link;
  const title = textOf(channel.title);
  const language = textOf(channel.language) ?? textOf(channel["dc:language"]);
  const items = asList(rawItems)
    .map((item) => rssItem(asNode(item) ?? {}, base))
    .filter((item): item is FeedItem => item !== undefined);
  return {
    format: "rss",
    ...(title !== undefined && { title }),
    ...(link !== undefined && { link }),
    ...(language !== undefined && { language }),
    items,
  };
}

function rssItem(item: XmlNode, base: string | undefined): FeedItem | undefined {
  const guid = textOf(item.guid);
  const permalink = attributeOf(item.guid, "isPermaLink") !== "false" ? guid : undefined;
  const link =
    absoluteUrl(textOf(item.link), base) ??
    absoluteUrl(attributeOf(item, "rdf:about"), base) ??
    // A guid is a link only when it is already absolute: many feeds use bare ids as guids.
    absoluteUrl(permalink);
  const title = textOf(item.title);
  const date = normalizeDate(
    textOf(item.pubDate) ?? textOf(item["dc:date"]) ?? textOf(item["a10:updated"]),
  );
  const author = textOf(item["dc:creator"]) ?? textOf(item.author);
  const contentHtml = textOf(item["content:encoded"]);
  const summaryHtml = textOf(item.description);
  const key = guid ?? link ?? (title === undefined ? undefined : `${title}|${date ?? ""}`);
  if (key === undefined) return undefined;
  return {
    key,
    ...(link !== undefined && { link }),
    ...(title !== undefined && { title }),
    ...(date !== undefined && { date }),
    ...(author !== undefined && { author }),
    ...(contentHtml !== undefined && { contentHtml }),
    ...(summaryHtml !== undefined && { summaryHtml }),
  };
}
