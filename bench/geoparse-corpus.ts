/**
 * Reads the TR-News geoparsing corpus (XML: articles with `<dltime>`, `<text>` and gold
 * `<toponym>`s with character offsets and GeoNames coordinates). Some gold offsets are off by a
 * character or two: each gold span is re-anchored on its phrase within ±3 characters.
 */

import { XMLParser } from "fast-xml-parser";

export interface GoldToponym {
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
  readonly geonameid: number | null;
}

export interface GeoArticle {
  readonly id: string;
  readonly date: string | null;
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
  /** Gold spans moved to where their phrase is (offsets off by one in the source). */
  readonly reanchored: number;
}

const asList = <T>(x: T | T[] | undefined): T[] =>
  x === undefined ? [] : Array.isArray(x) ? x : [x];

export function parseTrNews(xml: string): GeoArticle[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    trimValues: false,
    cdataPropName: "cdata",
  });
  const root = parser.parse(xml) as { articles: { article: unknown } };
  return asList(root.articles.article as Record<string, unknown>[]).map(readArticle);
}

function readArticle(a: Record<string, unknown>): GeoArticle {
  const text = textOf(a.text);
  let reanchored = 0;
  const toponyms: GoldToponym[] = [];
  const list = asList((a.toponyms as { toponym?: unknown } | undefined)?.toponym);
  for (const t of list as Record<string, unknown>[]) {
    const phrase = textOf(t.phrase).trim();
    const tag = t.gaztag as Record<string, unknown> | undefined;
    if (tag === undefined) continue;
    const start = anchor(text, phrase, Number(textOf(t.start)));
    if (start !== Number(textOf(t.start))) reanchored++;
    toponyms.push({
      phrase,
      start,
      end: start + phrase.length,
      lat: Number(textOf(tag.lat)),
      lon: Number(textOf(tag.lon)),
      geonameid: tag.geonameid === undefined ? null : Number(tag.geonameid),
    });
  }
  const date = textOf(a.dltime).trim();
  return {
    id: String(a.docid),
    date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    text,
    toponyms,
    reanchored,
  };
}

/** The gold offset, or the nearest offset within ±3 where the phrase is written. */
function anchor(text: string, phrase: string, start: number): number {
  if (text.startsWith(phrase, start)) return start;
  for (let d = 1; d <= 3; d++) {
    if (text.startsWith(phrase, start - d)) return start - d;
    if (text.startsWith(phrase, start + d)) return start + d;
  }
  return start;
}

function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const n = node as { cdata?: unknown; "#text"?: unknown };
  if (n.cdata !== undefined) return textOf(n.cdata);
  if (n["#text"] !== undefined) return textOf(n["#text"]);
  return "";
}
