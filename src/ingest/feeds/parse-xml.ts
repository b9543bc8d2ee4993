/**
 * Parses feed and OPML XML with fast-xml-parser after validating it, so a broken document is
 * reported with its line and column instead of yielding half a feed. Entity expansion stays
 * within the parser's default limits (no "billion laughs").
 */

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { HarbingerError } from "../../errors.js";
import type { XmlNode } from "./xml-values.js";

/** Elements that may repeat: always arrays, so one item and many read the same way. */
const REPEATED = new Set(["item", "entry", "link", "outline", "author", "category"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Numeric references and &nbsp; are common in feed titles written by HTML tools.
  htmlEntities: true,
  // Atom content stays raw: type="xhtml" content is markup, which parsing would take apart.
  stopNodes: ["feed.entry.content", "feed.entry.summary"],
  isArray: (name) => REPEATED.has(name),
});

export function parseXml(xml: string, input: string): XmlNode {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new HarbingerError("E_FEED", input, `${msg} at line ${line}, column ${col}`);
  }
  return parser.parse(xml) as XmlNode;
}
