/**
 * The small part of the DOM that extraction uses, typed here because the project compiles
 * without the browser's DOM library; linkedom provides the implementation.
 */

import { parseHTML } from "linkedom";

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  /** Lowercase tag name. */
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/**
 * Parses a whole page. linkedom never throws on broken markup, but unlike a browser it does
 * not create the <html> and <body> a page left out, so they are added here first.
 */
export function parseDocument(html: string): DomDocument {
  return parseHTML(withBody(html)).document as DomDocument;
}

function withBody(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  if (/<body[\s>]/i.test(html)) return hasHtml ? html : `<html>${html}</html>`;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd === null) return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const cut = headEnd.index + headEnd[0].length;
  const rest = html.slice(cut).replace(/<\/html\s*>\s*$/i, "");
  const page = `${html.slice(0, cut)}<body>${rest}</body>`;
  return hasHtml ? `${page}</html>` : `<html>${page}</html>`;
}

/** Parses an HTML fragment (a feed item's content, Readability's output) as a page body. */
export function parseFragment(html: string): DomElement {
  const document = parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  if (document.body === null) throw new Error("linkedom returned a document without a body");
  return document.body;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
