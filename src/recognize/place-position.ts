/**
 * Where a place name stands in its sentence: after a locative preposition ("in Kyiv", "north of
 * Kharkiv") or a person's "of" ("Linda Battle of Toco"), which makes it a location, or at the head of the article's dateline ("OTTAWA —",
 * "LONDON, Ky. (WKYT) -"), which makes it the article's home.
 */

import type { ToponymWords } from "../lexicon/toponym-words.js";
import type { Doc, TokenRange } from "../model/doc.js";
import { lower } from "../text/token-tests.js";

/** "in Kyiv", "near Avdiivka", "in western Ukraine", "north of Kharkiv". */
export function isLocative(doc: Doc, first: number, words: ToponymWords): boolean {
  let k = first - 1;
  while (k >= 0 && (words.directions.has(lower(doc, k)) || lower(doc, k) === "the")) k--;
  if (k < 0) return false;
  // "according to Conrad" names a source, not a place.
  if (lower(doc, k) === "to" && lower(doc, k - 1) === "according") return false;
  return (
    words.locatives.has(lower(doc, k)) ||
    words.locatives.has(`${lower(doc, k - 1)} ${lower(doc, k)}`) ||
    isResidence(doc, k)
  );
}

/**
 * "Linda Battle of Toco", "Kody Berrey, 25, of Paris": "of" after a person's name or age
 * gives where the person lives.
 */
function isResidence(doc: Doc, of: number): boolean {
  if (lower(doc, of) !== "of") return false;
  const before = of - 1;
  if (lower(doc, before) === "," && /^\d{1,3}$/.test(lower(doc, before - 1))) return true;
  return doc.mentions.some(
    (m) => m.type === "PERSON" && m.source !== "coreference" && m.endToken === of,
  );
}

const DASHES = new Set(["—", "–", "-", "--"]);
/** How far after the place the dateline's dash may come ("LONDON, Ky. (WKYT) -"). */
const DATELINE_REACH = 8;

/**
 * The name opens one of the first three sentences and a dash or colon follows it closely, or it
 * opens the article in capitals ("WASHINGTON Christopher Steele, who …").
 */
export function isDateline(doc: Doc, name: TokenRange): boolean {
  const sentence = doc.sentences[doc.tokens.sentence[name.firstToken] ?? -1];
  if (sentence === undefined || sentence.index > 2 || name.firstToken !== sentence.firstToken)
    return false;
  if (name.firstToken === 0 && isCapitals(doc.text.slice(name.start, name.end))) return true;
  const reach = Math.min(sentence.endToken, name.endToken + DATELINE_REACH);
  for (let k = name.endToken; k < reach; k++) {
    const word = lower(doc, k);
    if (DASHES.has(word) || word === ":") return true;
  }
  return false;
}

function isCapitals(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();
}
