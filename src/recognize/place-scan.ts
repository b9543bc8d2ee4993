/**
 * Finds capitalised phrases that the gazetteer lists as places: runs of capitalised words
 * (with the small words of names: "Stratford-upon-Avon", "Rio de Janeiro") are matched longest
 * first from the left. Words that text mostly uses otherwise ("March", "Price") are places only
 * after a locative preposition and before a qualifier ("in Price, Utah"); a sentence's first
 * word must be tagged a proper noun unless it opens a dateline in capitals ("BANTAM —"); a name
 * followed by a feature word ("Metcalfe County", "Jordan River") names that feature, not the
 * town, except that a division's word makes it the division ("Kentucky State Police").
 */

import { foldKey } from "../lexicon/fold.js";
import type { Gazetteer } from "../lexicon/gazetteer.js";
import type { ToponymWords } from "../lexicon/toponym-words.js";
import type { Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isCapitalized, isPos, lower } from "../text/token-tests.js";
import type { PlaceCandidate } from "./place-candidates.js";
import { endOfRun, isDivision, isNameWord, isOpening, isTightDot } from "./place-name-words.js";

const LONGEST = 6;
const DASHES = ["—", "–", "-", "--"];

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

  /** A comma and the name of a division or country follow token `j - 1`. */
  function isQualified(j: number): boolean {
    if (lower(doc, j) !== ",") return false;
    for (let end = j + 2; end <= Math.min(j + 4, doc.tokens.length); end++) {
      if (!isNameWord(doc, end - 1) && !isTightDot(doc, end - 1)) continue;
      const name = doc.text.slice(doc.tokens.start[j + 1], doc.tokens.end[end - 1]);
      for (const ref of gazetteer.lookup(foldKey(name)))
        if (isDivision(gazetteer.place(ref.place).feature)) return true;
    }
    return false;
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
    // "in Price, Utah": a word mostly used otherwise is a place after a locative preposition
    // when a qualifier follows.
    if (words.notPlaces.has(key) && !(words.locatives.has(lower(doc, i - 1)) && isQualified(j)))
      return false;
    // "Al", "Ma": two letters are a name's part or an abbreviation, not a town.
    if (key.length <= 2) return false;
    // "Mr Paterson", "Dr. Lucy": a title makes the next words a person's name.
    if (words.honorifics.has(lower(doc, i - 1).replace(/\.$/, ""))) return false;
    // "Police said …": a sentence's first word is capitalised whatever it is, but a word in
    // capitals before a dash or a comma opens a dateline ("BANTAM —", "LONDON, Ky.").
    if (i === sentenceStart || isOpening(doc, i - 1)) {
      const dateline = /^\p{Lu}{3,}$/u.test(surface) && [",", ...DASHES].includes(lower(doc, j));
      if (j - i === 1 && !isPos(doc, i, POS.PROPN) && !dateline) return false;
    }
    return i >= runStart;
  }
}
