/**
 * HTML to Article: Readability finds the main text, which is turned into paragraphs separated
 * by blank lines, cleaned of boilerplate and wire credits; metadata comes from the page (see
 * page-meta.ts) with the feed's values as fallback; the language decides whether the article
 * is coded or skipped; the id comes from the canonical address or the text.
 */

import { Readability } from "@mozilla/readability";
import { HarbingerError } from "../../errors.js";
import type { Article } from "../../model/article.js";
import { articleId } from "../identity/article-id.js";
import { domainOf, normalizeUrl } from "../identity/normalize-url.js";
import type { Skip } from "../source-item.js";
import { trimBoilerplate } from "./boilerplate.js";
import { detectLanguage } from "./detect-language.js";
import { type DomDocument, type DomElement, parseDocument, parseFragment } from "./dom.js";
import { escapeRegExp } from "./escape-reg-exp.js";
import { htmlToParagraphs } from "./html-to-text.js";
import { normalizeDate } from "./normalize-date.js";
import { readPageMeta } from "./page-meta.js";
import { extractWire } from "./wire-credit.js";

/** What a feed already says about an item; the page's own metadata wins where it has any. */
export interface KnownMeta {
  readonly title?: string;
  readonly date?: string;
  readonly byline?: string;
  readonly outlet?: string;
  readonly lang?: string;
}

export interface ExtractOptions {
  /** Names the page in errors (its address or file path). */
  readonly input: string;
  /** The page's address after redirects; resolves relative links and names the article. */
  readonly url?: string;
  readonly known?: KnownMeta;
  /** The HTML is already the article body (a feed item's content): no main-text search. */
  readonly isFragment?: boolean;
}

export type Extracted = { readonly article: Article } | { readonly skipped: Skip };

// Page furniture the fallback removes when Readability finds no main text.
const FURNITURE = "script, style, noscript, nav, header, footer, aside, form, figure";

export function extractArticle(html: string, options: ExtractOptions): Extracted {
  const { input, url, known = {} } = options;
  const document = options.isFragment ? undefined : parseDocument(html);
  const meta = document === undefined ? {} : readPageMeta(document, url);
  const main = document === undefined ? undefined : readMainText(document);
  let paragraphs =
    document === undefined ? htmlToParagraphs(parseFragment(html)) : (main?.paragraphs ?? []);
  if (paragraphs.length === 0 && document !== undefined) paragraphs = fallbackParagraphs(html);

  const outlet = meta.outlet ?? main?.siteName ?? known.outlet;
  const pageTitle = document?.title || document?.querySelector("title")?.textContent || undefined;
  const title = cleanTitle(meta.title ?? main?.title ?? pageTitle ?? known.title, outlet);
  if (title !== undefined && sameText(paragraphs[0], title)) paragraphs = paragraphs.slice(1);
  const byline = meta.byline ?? main?.byline ?? known.byline;
  const wired = extractWire(trimBoilerplate(paragraphs), byline);
  const text = wired.paragraphs.join("\n\n");
  if (text.trim() === "") throw new HarbingerError("E_EMPTY", input, "no article text found");

  const canonicalUrl = normalizeUrl(meta.canonicalUrl ?? url ?? "");
  const id = articleId(canonicalUrl, text);
  const language = detectLanguage(text, meta.declaredLang ?? known.lang);
  const address = url ?? canonicalUrl;
  if (language.lang !== undefined && language.lang !== "en") {
    const how = language.how === "declared" ? "declared as" : "detected as";
    const skipped: Skip = {
      reason: "language",
      detail: `the text is ${how} "${language.lang}", and only English is coded`,
      lang: language.lang,
      id,
      ...(address !== undefined && { url: address }),
      ...(title !== undefined && { title }),
    };
    return { skipped };
  }
  const date = meta.date ?? normalizeDate(main?.publishedTime) ?? known.date;
  const domain = canonicalUrl === undefined ? undefined : domainOf(canonicalUrl);
  const article: Article = {
    id,
    text,
    ...(date !== undefined && { date }),
    ...(title !== undefined && { title }),
    ...(address !== undefined && { url: address }),
    ...((outlet ?? domain) !== undefined && { source: outlet ?? domain }),
    ...(byline !== undefined && !sameText(byline, wired.wire) && { byline }),
    ...(wired.wire !== undefined && { wire: wired.wire }),
    ...(language.lang !== undefined && { lang: language.lang }),
    ...(canonicalUrl !== undefined && { canonicalUrl }),
    ...(outlet !== undefined && { outlet }),
    ...(domain !== undefined && { domain }),
  };
  return { article };
}

interface MainText {
  readonly paragraphs: string[];
  readonly title?: string;
  readonly byline?: string;
  readonly siteName?: string;
  readonly publishedTime?: string;
}

function readMainText(document: DomDocument): MainText | undefined {
  let result: ReturnType<Readability<DomElement>["parse"]>;
  try {
    // keepClasses: caption and credit classes must survive for html-to-text to drop them.
    // The serializer hands back the content element itself: no HTML string to parse again.
    result = new Readability<DomElement>(document, {
      keepClasses: true,
      charThreshold: 250,
      serializer: (node) => node as unknown as DomElement,
    }).parse();
  } catch {
    return undefined; // Readability gives up on some broken trees; the fallback reads them.
  }
  if (result === null) return undefined;
  return {
    paragraphs: result.content ? htmlToParagraphs(result.content) : [],
    ...(result.title && { title: result.title }),
    ...(result.byline && { byline: result.byline.replace(/^by\s+/i, "").trim() }),
    ...(result.siteName && { siteName: result.siteName }),
    ...(result.publishedTime && { publishedTime: result.publishedTime }),
  };
}

/** The page's article, main or body text without navigation, for pages Readability rejects. */
function fallbackParagraphs(html: string): string[] {
  const document = parseDocument(html);
  const furniture = document.querySelectorAll(FURNITURE);
  for (let i = furniture.length - 1; i >= 0; i--) furniture[i]?.remove();
  const root = document.querySelector("article") ?? document.querySelector("main") ?? document.body;
  return root === null ? [] : htmlToParagraphs(root);
}

/** The headline without the " | Outlet" or " - Outlet" that page titles append. */
function cleanTitle(title: string | undefined, outlet: string | undefined): string | undefined {
  let cleaned = title?.replace(/\s+/g, " ").trim();
  if (cleaned !== undefined && outlet !== undefined) {
    const suffix = new RegExp(`\\s+[|–—:-]\\s+${escapeRegExp(outlet)}\\s*$`, "i");
    cleaned = cleaned.replace(suffix, "");
  }
  return cleaned === "" ? undefined : cleaned;
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const fold = (text: string) => text.replace(/\W+/g, " ").trim().toLowerCase();
  return fold(a) === fold(b);
}
