/**
 * The metadata of a web page read before extraction changes it: title, byline, publication
 * date, canonical address, outlet name and declared language, each from the most reliable
 * place that has it (Open Graph and article meta tags, JSON-LD, `<time>`, the address).
 */

import type { DomDocument, DomElement } from "./dom.js";
import { readJsonLd } from "./json-ld.js";
import { dateFromUrl, normalizeDate } from "./normalize-date.js";

export interface PageMeta {
  readonly title?: string;
  readonly byline?: string;
  /** `YYYY-MM-DD`. */
  readonly date?: string;
  /** Absolute; resolved against the page's address. */
  readonly canonicalUrl?: string;
  readonly outlet?: string;
  /** The page's `lang` attribute or content-language, as written. */
  readonly declaredLang?: string;
}

// In order of trust: the publication time the page states for machines comes first.
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "publishdate",
  "publish-date",
  "pubdate",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "date",
];

/** The content of each meta tag by its lowercased name, property or itemprop (first wins). */
function metaTags(document: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = document.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i] as DomElement;
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function timeDate(document: DomDocument): string | undefined {
  const marked =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector("time[pubdate]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return normalizeDate(marked?.getAttribute("datetime") ?? marked?.textContent);
}

function absolute(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** A canonical link to a site's home page from an article page is a template error; ignore it. */
function plausibleCanonical(canonical: string | undefined, pageUrl: string | undefined) {
  if (canonical === undefined || pageUrl === undefined) return canonical;
  const isHome = (url: string) => new URL(url).pathname.replace(/\/+$/, "") === "";
  return isHome(canonical) && !isHome(pageUrl) ? undefined : canonical;
}

function cleanByline(byline: string | undefined): string | undefined {
  const cleaned = byline
    ?.replace(/\s+/g, " ")
    .replace(/^by\s+/i, "")
    .trim();
  return cleaned === "" ? undefined : cleaned;
}

export function readPageMeta(document: DomDocument, pageUrl?: string): PageMeta {
  const tags = metaTags(document);
  const jsonLd = readJsonLd(document);
  const tag = (...keys: string[]) => keys.map((key) => tags.get(key)).find(Boolean);

  const date =
    DATE_KEYS.map((key) => normalizeDate(tags.get(key))).find(Boolean) ??
    normalizeDate(jsonLd?.datePublished) ??
    timeDate(document);
  const linked = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const canonicalUrl = plausibleCanonical(
    absolute(linked ?? tag("og:url") ?? jsonLd?.url, pageUrl),
    pageUrl,
  );
  const title = tag("og:title", "twitter:title") ?? jsonLd?.headline;
  const byline = cleanByline(tag("author", "article:author", "byl") ?? jsonLd?.authors.join(", "));
  const outlet = tag("og:site_name", "application-name") ?? jsonLd?.publisher;
  const dated = date ?? dateFromUrl(canonicalUrl ?? pageUrl);
  const declaredLang =
    document.documentElement?.getAttribute("lang")?.trim() || tag("content-language", "og:locale");
  return {
    ...(title && { title }),
    ...(byline !== undefined && !/^https?:/.test(byline) && { byline }),
    ...(dated !== undefined && { date: dated }),
    ...(canonicalUrl !== undefined && { canonicalUrl }),
    ...(outlet && { outlet }),
    ...(declaredLang && { declaredLang }),
  };
}
