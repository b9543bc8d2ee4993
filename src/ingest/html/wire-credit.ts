/**
 * Finds the news agency a story is credited to and takes the credit out of the text: a
 * dateline credit ("OTTAWA (Reuters) —"), a credit line ("— The Canadian Press", "With files
 * from AP", "This report by The Canadian Press was first published …"), a trailing
 * "(Canadian Press)", or a byline that names an agency. The agency is kept as the article's
 * wire source, so the store can tell a syndicated copy from an outlet's own reporting.
 */

import { escapeRegExp } from "./escape-reg-exp.js";
import { WEB_CLEANUP, type WebCleanup } from "./web-cleanup.js";

export interface WireResult {
  readonly paragraphs: string[];
  readonly wire?: string;
}

/** How far into the first paragraph a dateline credit may sit ("KYIV, Ukraine, Jan 26 (AP) —"). */
const DATELINE_REACH = 80;

interface WirePatterns {
  readonly dateline: RegExp;
  readonly creditLine: RegExp;
  readonly trailing: RegExp;
  readonly byline: RegExp;
}

const cache = new WeakMap<WebCleanup, WirePatterns>();

function patterns(cleanup: WebCleanup): WirePatterns {
  const known = cache.get(cleanup);
  if (known !== undefined) return known;
  // Longest alias first, so "Associated Press" wins over "AP" at the same position.
  const aliases = [...cleanup.wireAliases.keys()].sort((a, b) => b.length - a.length);
  const name = `(?:[Tt]he )?(${aliases.map(escapeRegExp).join("|")})`;
  const built: WirePatterns = {
    dateline: new RegExp(`\\s*\\(${name}\\)`),
    creditLine: new RegExp(
      `^(?:[-—–]\\s*)?(?:(?:[Bb]y|[Ss]ource:?)\\s+)?(?:(?:[Ww]ith )?files from\\s+)?${name}` +
        `(?:\\s+contributed to this (?:report|story)|\\s+reporting)?\\.?$` +
        `|^\\(${name}\\)$` +
        `|^[Tt]his (?:report|story|article) by ${name} was first published\\b.*$`,
    ),
    trailing: new RegExp(`(?:\\s+[-—–]+|\\s*[—–]+)\\s*${name}\\.?$|\\s*\\(${name}\\)\\.?$`),
    byline: new RegExp(`^(?:[Bb]y\\s+)?${name}(?:\\s+staff)?$`),
  };
  cache.set(cleanup, built);
  return built;
}

function wireName(match: RegExpExecArray, cleanup: WebCleanup): string | undefined {
  const alias = match.slice(1).find((group) => group !== undefined);
  return alias === undefined ? undefined : cleanup.wireAliases.get(alias);
}

/** The paragraphs without wire credits, and the credited agency if any. */
export function extractWire(
  paragraphs: readonly string[],
  byline?: string,
  cleanup: WebCleanup = WEB_CLEANUP,
): WireResult {
  const { dateline, creditLine, trailing, byline: bylinePattern } = patterns(cleanup);
  let wire: string | undefined;
  const note = (match: RegExpExecArray | null): boolean => {
    const found = match === null ? undefined : wireName(match, cleanup);
    wire ??= found;
    return found !== undefined;
  };

  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    // A credit line is a paragraph of its own; anywhere in the story it is not prose.
    if (!note(creditLine.exec(paragraph))) kept.push(paragraph);
  }
  const first = kept[0];
  if (first !== undefined) {
    const match = dateline.exec(first);
    if (match !== null && match.index <= DATELINE_REACH && note(match)) {
      kept[0] = first.slice(0, match.index) + first.slice(match.index + match[0].length);
    }
  }
  const lastIndex = kept.length - 1;
  const last = kept[lastIndex];
  if (last !== undefined) {
    const match = trailing.exec(last);
    if (match !== null && note(match)) kept[lastIndex] = last.slice(0, match.index);
  }
  if (byline !== undefined) note(bylinePattern.exec(byline.trim()));
  const paragraphsOut = kept.filter((paragraph) => paragraph.trim() !== "");
  return wire === undefined ? { paragraphs: paragraphsOut } : { paragraphs: paragraphsOut, wire };
}
