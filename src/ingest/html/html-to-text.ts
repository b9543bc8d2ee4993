/**
 * Turns an element's content into paragraphs of plain text: block elements end a paragraph,
 * inline whitespace collapses to one space, `<br>` becomes a line break, and elements that are
 * never article prose (scripts, captions, forms, navigation) are left out.
 */

import { type DomElement, type DomNode, isElement, TEXT_NODE } from "./dom.js";

const BLOCKS = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

// Captions and credits describe a photo, not the news; forms and menus are page furniture.
const SKIPPED = new Set([
  "aside",
  "button",
  "figcaption",
  "form",
  "iframe",
  "nav",
  "noscript",
  "object",
  "script",
  "select",
  "style",
  "svg",
  "template",
  "textarea",
  "video",
  "audio",
  "picture",
  "img",
]);

/** Class or id words of elements that hold photo captions, credits and sharing widgets. */
const FURNITURE =
  /(?:^|[\s_-])(?:caption|credits?|share|sharing|social|newsletter|subscribe)(?:$|[\s_-]|s\b)/i;

/** The paragraphs of `root`'s text, in document order, each trimmed and non-empty. */
export function htmlToParagraphs(root: DomElement): string[] {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const paragraph = current
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join("\n");
    if (paragraph !== "") paragraphs.push(paragraph);
    current = "";
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? "").replace(/[\s\u00a0]+/g, " ");
      return;
    }
    if (!isElement(node)) return;
    const name = node.localName;
    if (SKIPPED.has(name) || isFurniture(node)) return;
    if (name === "br") {
      current += "\n";
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child !== undefined) visit(child);
    }
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

function isFurniture(element: DomElement): boolean {
  const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return marks.trim() !== "" && FURNITURE.test(marks);
}
