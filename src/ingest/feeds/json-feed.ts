/**
 * JSON Feed (versions 1 and 1.1) into a Feed, validated with a schema so that a broken feed
 * says which field is wrong.
 */

import { z } from "zod";
import { HarbingerError } from "../../errors.js";
import { normalizeDate } from "../html/normalize-date.js";
import type { Feed, FeedItem } from "./feed.js";
import { absoluteUrl } from "./xml-values.js";

const author = z.object({ name: z.string().nullish() }).nullish();

const itemSchema = z.object({
  id: z.union([z.string(), z.number()]),
  url: z.string().nullish(),
  external_url: z.string().nullish(),
  title: z.string().nullish(),
  content_html: z.string().nullish(),
  content_text: z.string().nullish(),
  summary: z.string().nullish(),
  date_published: z.string().nullish(),
  author,
  authors: z.array(author).nullish(),
  language: z.string().nullish(),
});

const feedSchema = z.object({
  version: z.string().startsWith("https://jsonfeed.org/version/"),
  title: z.string().nullish(),
  home_page_url: z.string().nullish(),
  language: z.string().nullish(),
  items: z.array(itemSchema),
});

/** True when `value` says it is a JSON Feed; the schema then checks the rest. */
export function isJsonFeed(value: unknown): boolean {
  const version = (value as { version?: unknown } | null)?.version;
  return typeof version === "string" && version.startsWith("https://jsonfeed.org/version/");
}

export function jsonFeed(value: unknown, input: string, baseUrl?: string): Feed {
  const parsed = feedSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "the feed";
    throw new HarbingerError("E_FEED", input, `JSON Feed ${where}: ${issue?.message ?? "invalid"}`);
  }
  const feed = parsed.data;
  const link = absoluteUrl(feed.home_page_url ?? undefined, baseUrl);
  const base = baseUrl ?? link;
  return {
    format: "json-feed",
    ...(feed.title && { title: feed.title }),
    ...(link !== undefined && { link }),
    ...(feed.language && { language: feed.language }),
    items: feed.items.map((item) => jsonItem(item, base)),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

/** Plain text content as HTML paragraphs, so both content kinds go through one extraction. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join("");
}

function jsonItem(item: z.infer<typeof itemSchema>, base: string | undefined): FeedItem {
  const link = absoluteUrl(item.url ?? item.external_url ?? undefined, base);
  const date = normalizeDate(item.date_published);
  const author = item.authors?.[0]?.name ?? item.author?.name;
  const contentHtml =
    item.content_html ?? (item.content_text ? textAsHtml(item.content_text) : undefined);
  return {
    key: String(item.id),
    ...(link !== undefined && { link }),
    ...(item.title && { title: item.title }),
    ...(date !== undefined && { date }),
    ...(author && { author }),
    ...(contentHtml && { contentHtml }),
    ...(item.summary && { summaryHtml: escapeHtml(item.summary) }),
  };
}
