/**
 * Reads the schema.org JSON-LD blocks publishers embed for search engines: the article's
 * headline, date, authors and publisher, often more reliable than the visible page.
 */

import type { DomDocument } from "./dom.js";

export interface JsonLdArticle {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly authors: readonly string[];
  readonly publisher?: string;
  readonly url?: string;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/;

/** The first article-like node of the page's JSON-LD, or one with a date when none is typed. */
export function readJsonLd(document: DomDocument): JsonLdArticle | undefined {
  const nodes: Node[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const text = scripts[i]?.textContent ?? "";
    try {
      collect(JSON.parse(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, "")), nodes);
    } catch {
      // A broken block is common (trailing commas, templates left unfilled); the rest of the page still counts.
    }
  }
  const article =
    nodes.find((node) => types(node).some((type) => ARTICLE_TYPE.test(type))) ??
    nodes.find((node) => typeof node.datePublished === "string");
  if (article === undefined) return undefined;
  const headline = text(article.headline) ?? text(article.name);
  const datePublished = text(article.datePublished) ?? text(article.dateCreated);
  const publisher = nameOf(article.publisher);
  const url = text(article.url) ?? idOf(article.mainEntityOfPage);
  return {
    ...(headline !== undefined && { headline }),
    ...(datePublished !== undefined && { datePublished }),
    authors: list(article.author)
      .map(nameOf)
      .filter((name): name is string => name !== undefined),
    ...(publisher !== undefined && { publisher }),
    ...(url !== undefined && { url }),
  };
}

function collect(value: unknown, out: Node[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out);
  } else if (value !== null && typeof value === "object") {
    const node = value as Node;
    out.push(node);
    if (node["@graph"] !== undefined) collect(node["@graph"], out);
  }
}

function types(node: Node): string[] {
  return list(node["@type"]).filter((type): type is string => typeof type === "string");
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value !== null && typeof value === "object") return text((value as Node).name);
  return undefined;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "string") return text(value);
  if (value !== null && typeof value === "object") return text((value as Node)["@id"]);
  return undefined;
}
