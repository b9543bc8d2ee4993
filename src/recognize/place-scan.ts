/**
 * Finds capitalised phrases that the gazetteer lists as places: runs of capitalised words
 * (with the small words of names: "Stratford-upon-Avon", "Rio de Janeiro") are matched longest
 * first from the left. Words that text mostly uses otherwise ("March", "Police") need a
 * locative preposition; a sentence's first word must be tagged a proper noun; a name followed
 * by a feature word ("Metcalfe County", "Jordan River") names that feature, not the town.
 */

import { foldKey } from "../lexicon/fold.js";
import type { Gazetteer } from "../lexicon/gazetteer.js";
import type { ToponymWords } from "../lexicon/toponym-words.js";
import type { Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isCapitalized, isPos, lower } from "../text/token-tests.js";
import type { PlaceCandidate } from "./place-candidates.js";

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
const LONGEST = 6;
/** "A Danbury mason", "AN Edmonton man": an article opens no name. */
const ARTICLES = new Set(["the", "a", "an"]);

export function scanGazetteerNames(
  doc: Doc,
  gazetteer: Gazetteer,
  words: ToponymWords,
  blocked: Uint8Array,
): PlaceCandidate[] {
  const found: PlaceCandidate[] = [];
  for (const sentence of doc.sentences) {
    let k = sentence.firstToken;
    while (k < sentence.endToken) {
      if (blocked[k] || !isNameWord(doc, k)) {
        k++;
        continue;
      }
      const runEnd = endOfRun(doc, k, sentence.endToken, blocked);
      scanRun(k, runEnd, sentence.index, sentence.firstToken);
      k = runEnd;
    }
  }
  return found;

  function scanRun(first: number, end: number, sentence: number, sentenceStart: number): void {
    let i = first;
    while (i < end) {
      let matched = false;
      for (let j = Math.min(end, i + LONGEST); j > i; j--) {
        if (!isNameWord(doc, j - 1) && !isTightDot(doc, j - 1)) continue;
        const start = doc.tokens.start[i] as number;
        const stop = doc.tokens.end[j - 1] as number;
        const key = foldKey(doc.text.slice(start, stop));
        const refs = gazetteer.lookup(key);
        if (refs.length === 0) {
          if (j - i === 1 || !isCountyHead(j - 1)) continue;
          // "Metcalfe County": a county the cities file lacks, placed by its state.
          found.push({
            firstToken: i,
            endToken: j,
            start,
            end: stop,
            sentence,
            refs: [],
            fixed: -1,
            adjectival: false,
            weak: false,
            rule: "places/county",
          });
          matched = true;
          i = j;
          break;
        }
        matched = true;
        // "Kentucky State Police", "Idlib province": the name is the division, not a town.
        const divisions = words.divisionHeads.has(lower(doc, j))
          ? refs.filter((r) => isDivision(gazetteer.place(r.place).feature))
          : [];
        if (accepts(i, j, key, first, sentenceStart, divisions.length > 0)) {
          found.push({
            firstToken: i,
            endToken: j,
            start,
            end: stop,
            sentence,
            refs: divisions.length > 0 ? divisions : refs,
            fixed: -1,
            adjectival: false,
            weak: (i > first && !startsName(i)) || isHeaded(j, end),
            rule: "places/gazetteer",
          });
        }
        i = j;
        break;
      }
      if (!matched) i++;
    }
  }

  function isCountyHead(k: number): boolean {
    const word = lower(doc, k);
    return (word === "county" || word === "parish" || word === "co.") && isCapitalized(doc, k);
  }

  /**
   * "Lucy Lau", "Real Madrid": a name followed by another capitalised word is only a place if
   * the place is well known ("Edmonton Oilers") — unless the next word is an institution's
   * ("Innisfail RCMP", "Hinton Police").
   */
  function isHeaded(j: number, end: number): boolean {
    if (j >= end || !isNameWord(doc, j)) return false;
    const next = doc.text.slice(doc.tokens.start[j], doc.tokens.end[j]);
    if (/^\p{Lu}{2,}$/u.test(next)) return false;
    return !words.notPlaces.has(lower(doc, j)) && !words.placeHeads.has(lower(doc, j));
  }

  /** "western Ukraine", "Judy Law of Oxford": a direction or "of" starts a new name in a run. */
  function startsName(i: number): boolean {
    const before = lower(doc, i - 1);
    return words.directions.has(before) || before === "of";
  }

  function accepts(
    i: number,
    j: number,
    key: string,
    runStart: number,
    sentenceStart: number,
    division: boolean,
  ) {
    // "Metcalfe County", "Jordan River", "University Hospital": the phrase names a feature.
    if (!division && words.placeHeads.has(lower(doc, j)) && isCapitalized(doc, j)) return false;
    // "NATO", "CNN": a short all-capital word is an acronym, unless it opens a dateline ("ROME —").
    const surface = doc.text.slice(doc.tokens.start[i], doc.tokens.end[j - 1]);
    if (
      j - i === 1 &&
      /^\p{Lu}{2,4}$/u.test(surface) &&
      !(i === sentenceStart && (isOpening(doc, j) || lower(doc, j) === ","))
    )
      return false;
    if (words.notPlaces.has(key)) return false;
    // "Al", "Ma": two letters are a name's part or an abbreviation, not a town.
    if (key.length <= 2) return false;
    // "Mr Paterson", "Dr. Lucy": a title makes the next words a person's name.
    if (words.honorifics.has(lower(doc, i - 1).replace(/\.$/, ""))) return false;
    // "Police said …": a sentence's first word is capitalised whatever it is.
    if (i === sentenceStart || isOpening(doc, i - 1)) {
      if (j - i === 1 && !isPos(doc, i, POS.PROPN)) return false;
    }
    return i >= runStart;
  }
}

function isDivision(feature: string): boolean {
  return feature === "ADM1" || feature === "RGN" || feature.startsWith("PCL");
}

/** A capitalised word (or an abbreviation such as "B.C.", "U.S."), not punctuation or a number. */
function isNameWord(doc: Doc, k: number): boolean {
  if (!isCapitalized(doc, k) || ARTICLES.has(lower(doc, k))) return false;
  const ch = doc.text.charAt(doc.tokens.start[k] as number);
  return /\p{L}/u.test(ch);
}

function isTightDot(doc: Doc, k: number): boolean {
  return lower(doc, k) === "." && doc.tokens.start[k] === doc.tokens.end[k - 1];
}

/** The token opens a quote or a parenthesis, so the next word is capitalised by position. */
function isOpening(doc: Doc, k: number): boolean {
  const word = lower(doc, k);
  return ['"', "(", ":", "'", "—", "–", "-", "--"].includes(word);
}

/** The end of a run of name words joined by connectors, hyphens and tight dots. */
function endOfRun(doc: Doc, first: number, end: number, blocked: Uint8Array): number {
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
