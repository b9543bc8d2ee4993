/**
 * The words of place names in running text: which tokens can be part of a name (capitalised
 * words and abbreviations, joined by the small words of names such as "Rio de Janeiro" and
 * "Stratford-upon-Avon"), where a run of them ends, and which features are divisions.
 */

import type { Doc } from "../model/doc.js";
import { isCapitalized, lower } from "../text/token-tests.js";

/** Small words inside place names, allowed between capitalised words. */
const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "la",
  "le",
  "upon",
  "on",
  "al",
  "el",
  "da",
  "do",
  "del",
  "di",
  "sur",
  "am",
  "an",
  "der",
  "en",
]);
/** "A Danbury mason", "AN Edmonton man": an article opens no name. */
const ARTICLES = new Set(["the", "a", "an"]);

export function isDivision(feature: string): boolean {
  return feature === "ADM1" || feature === "RGN" || feature.startsWith("PCL");
}

/** A capitalised word (or an abbreviation such as "B.C.", "U.S."), not punctuation or a number. */
export function isNameWord(doc: Doc, k: number): boolean {
  if (!isCapitalized(doc, k) || ARTICLES.has(lower(doc, k))) return false;
  const ch = doc.text.charAt(doc.tokens.start[k] as number);
  return /\p{L}/u.test(ch);
}

export function isTightDot(doc: Doc, k: number): boolean {
  return lower(doc, k) === "." && doc.tokens.start[k] === doc.tokens.end[k - 1];
}

/** The token opens a quote or a parenthesis, so the next word is capitalised by position. */
export function isOpening(doc: Doc, k: number): boolean {
  const word = lower(doc, k);
  return ['"', "(", ":", "'", "—", "–", "-", "--"].includes(word);
}

/** The end of a run of name words joined by connectors, hyphens and tight dots. */
export function endOfRun(doc: Doc, first: number, end: number, blocked: Uint8Array): number {
  let k = first + 1;
  let last = first + 1;
  while (k < end && !blocked[k]) {
    if (isNameWord(doc, k)) {
      last = ++k;
      continue;
    }
    const word = lower(doc, k);
    const tight = doc.tokens.start[k] === doc.tokens.end[k - 1];
    const joins = CONNECTORS.has(word) || (tight && (word === "-" || word === "."));
    if (joins && k + 1 < end && isNameWord(doc, k + 1)) {
      k++;
      continue;
    }
    if (tight && word === ".") last = k + 1;
    break;
  }
  return last;
}
