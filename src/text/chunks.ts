/**
 * Noun-phrase chunks over POS tags: names with their titles ("Defense Minister Anita Anand"),
 * possessors ("Russia's invasion"), hyphen compounds ("Russia-backed forces"), capitalised
 * "X of Y" names ("the Ministry of Defense"), then appositives ("Kiev, the capital of Ukraine,")
 * and coordination ("Moscow and the West") linking chunks within a sentence (chunk-links.ts).
 */

import { SYNTAX_WORDS, type SyntaxWords } from "../lexicon/syntax-words.js";
import type { Chunk, ChunkKind, Doc, Sentence, TokenRange } from "../model/doc.js";
import { linkChunks } from "./chunk-links.js";
import { POS } from "./pos.js";
import { isAttached, isCapitalized, isDayName, isNominal, isPos, lower } from "./token-tests.js";

export function chunkNounPhrases(doc: Doc, words: SyntaxWords = SYNTAX_WORDS): void {
  const chunker = new Chunker(doc, words);
  for (const sentence of doc.sentences) chunker.chunkSentence(sentence);
  doc.chunks = chunker.chunks;
  doc.tokenChunk = chunker.tokenChunk;
  linkChunks(doc);
}

class Chunker {
  readonly chunks: Chunk[] = [];
  readonly tokenChunk: Int32Array;

  constructor(
    private readonly doc: Doc,
    private readonly words: SyntaxWords,
  ) {
    this.tokenChunk = new Int32Array(doc.tokens.length).fill(-1);
  }

  chunkSentence(sentence: Sentence): void {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const next = this.readChunk(i, sentence);
      i = next > i ? next : i + 1;
    }
  }

  /** Reads one chunk starting at token `i`; returns the token after it (or `i` if none). */
  private readChunk(i: number, sentence: Sentence): number {
    const { doc, words } = this;
    const end = sentence.endToken;
    const word = lower(doc, i);
    if (isPos(doc, i, POS.PRON) && words.personalPronouns.has(word)) {
      if (!(words.possessivePronouns.has(word) && this.startsNominal(i + 1, end))) {
        this.add(i, i + 1, i, "pronoun", sentence, null);
        return i + 1;
      }
    }

    let j = i;
    let bodyStart = i;
    let possessor: number | null = null;
    if (isPos(doc, j, POS.DET) || this.isPossessivePronoun(j, end)) j++;
    // "around $400 million": a qualifier, then a currency sign.
    for (let k = this.skipQuantifier(j, end); k !== j; k = this.skipQuantifier(j, end)) j = k;
    while (j < end) {
      // "lifted a ban Friday on …": a day's name after a noun says when, apart from the phrase.
      if (j > bodyStart && startsDay(doc, j) && !isDayName(doc, j - 1) && isNominal(doc, j - 1))
        break;
      if (this.isNominalOrModifier(j)) {
        j++;
      } else if (this.isPossessiveMarker(j) && j > bodyStart && this.startsNominal(j + 1, end)) {
        // "Russia's invasion": the tokens so far are a possessor chunk inside this one.
        const last = this.lastNominal(bodyStart, j);
        if (last < 0) break;
        possessor = this.add(i, last + 1, last, this.kindOf(bodyStart, last), sentence, null);
        j++;
        bodyStart = j;
      } else if (this.continuesCompound(j, i, end) || (j > i && this.isAdverbOfModifier(j, end))) {
        j++;
      } else if (
        j > i &&
        CURRENCY.has(lower(doc, j)) &&
        j + 1 < end &&
        isPos(doc, j + 1, POS.NUM)
      ) {
        // "an additional $2 million": a sum after its modifiers.
        j++;
      } else {
        break;
      }
    }

    const last = this.lastNominal(bodyStart, j);
    if (last < 0) return possessor === null ? i : j;
    this.add(i, last + 1, last, this.kindOf(bodyStart, last), sentence, possessor);
    return last + 1;
  }

  /**
   * "more than 100,000 troops", "up to 200 soldiers", "nearly 50", "$1.5 billion": words that
   * qualify a number belong to its phrase.
   */
  private skipQuantifier(j: number, end: number): number {
    const { doc } = this;
    const first = lower(doc, j);
    // Most chunks start with no qualifier: look at the second word only after a first one.
    if (QUANTIFIER_FIRSTS.has(first) && j + 1 < end) {
      if (QUANTIFIER_PAIRS.has(`${first} ${lower(doc, j + 1)}`) && this.numberAt(j + 2, end))
        return j + 2;
    }
    if (QUANTIFIER_WORDS.has(first) && this.numberAt(j + 1, end)) return j + 1;
    if (CURRENCY.has(first) && j + 1 < end && isPos(doc, j + 1, POS.NUM)) return j + 1;
    return j;
  }

  /** A number or a currency sign at `k`, before `end`. */
  private numberAt(k: number, end: number): boolean {
    return k < end && (isPos(this.doc, k, POS.NUM) || CURRENCY.has(lower(this.doc, k)));
  }

  private isNominalOrModifier(j: number): boolean {
    const { doc } = this;
    return isNominal(doc, j) || isPos(doc, j, POS.ADJ) || this.isTitleWord(j);
  }

  /** Title words are often tagged as verbs or adjectives ("Chief", "Acting"); capitalised, they are nominal. */
  private isTitleWord(j: number): boolean {
    const word = lower(this.doc, j);
    return (
      isCapitalized(this.doc, j) &&
      (this.words.titles.has(word) || this.words.titleModifiers.has(word)) &&
      !isPos(this.doc, j, POS.ADP) &&
      !isPos(this.doc, j, POS.CCONJ)
    );
  }

  private isPossessivePronoun(j: number, end: number): boolean {
    return (
      isPos(this.doc, j, POS.PRON) &&
      this.words.possessivePronouns.has(lower(this.doc, j)) &&
      this.startsNominal(j + 1, end)
    );
  }

  private isPossessiveMarker(j: number): boolean {
    const word = lower(this.doc, j);
    return (word === "'s" || word === "'") && isAttached(this.doc, j);
  }

  /** A token that continues a compound inside a phrase: "U.S.-led", "Russia-backed", "Ministry of Defense". */
  private continuesCompound(j: number, start: number, end: number): boolean {
    const { doc } = this;
    if (j === start || j + 1 >= end + 1) return false;
    const word = lower(doc, j);
    if (word === "-" && isAttached(doc, j) && j + 1 < end && isAttached(doc, j + 1)) return true;
    if (isPos(doc, j, POS.VERB) && lower(doc, j - 1) === "-" && isAttached(doc, j)) return true;
    if ((word === "of" || word === "&") && j + 1 < end) {
      const before = j - 1;
      const after = j + 1;
      return (
        isCapitalized(doc, before) &&
        isNominal(doc, before) &&
        !isPos(doc, before, POS.NUM) &&
        isCapitalized(doc, after) &&
        (isPos(doc, after, POS.PROPN) || isPos(doc, after, POS.NOUN))
      );
    }
    return false;
  }

  private startsNominal(j: number, end: number): boolean {
    if (j >= end) return false;
    return (
      isNominal(this.doc, j) ||
      isPos(this.doc, j, POS.ADJ) ||
      this.isTitleWord(j) ||
      this.isAdverbOfModifier(j, end)
    );
  }

  /** "internationally" in "Libya's internationally recognized government": an adverb of a modifier. */
  private isAdverbOfModifier(j: number, end: number): boolean {
    const { doc } = this;
    // Adverbs of manner ("newly", "heavily"); "as", "so", "still" open or close clauses.
    return (
      isPos(doc, j, POS.ADV) &&
      lower(doc, j).endsWith("ly") &&
      j + 2 < end &&
      isPos(doc, j + 1, POS.ADJ) &&
      (isNominal(doc, j + 2) || isPos(doc, j + 2, POS.ADJ))
    );
  }

  private lastNominal(from: number, to: number): number {
    for (let k = to - 1; k >= from; k--)
      if (isNominal(this.doc, k) || this.isTitleWord(k)) return k;
    return -1;
  }

  private kindOf(from: number, head: number): ChunkKind {
    const { doc } = this;
    if (isPos(doc, head, POS.NUM)) {
      let allNumbers = true;
      for (let k = from; k <= head; k++) if (!isPos(doc, k, POS.NUM)) allNumbers = false;
      if (allNumbers) return "number";
    }
    if (isPos(doc, head, POS.PROPN)) return "name";
    const sentenceStart = doc.sentences[doc.tokens.sentence[head] as number]?.firstToken;
    return isCapitalized(doc, head) && head !== sentenceStart ? "name" : "noun";
  }

  private add(
    first: number,
    endToken: number,
    head: number,
    kind: ChunkKind,
    sentence: Sentence,
    possessor: number | null,
  ): number {
    const { doc } = this;
    const index = this.chunks.length;
    const { title, name } =
      kind === "name" || kind === "noun"
        ? this.titleAndName(first, endToken, possessor)
        : { title: null, name: null };
    this.chunks.push({
      index,
      sentence: sentence.index,
      firstToken: first,
      endToken,
      start: doc.tokens.start[first] as number,
      end: doc.tokens.end[endToken - 1] as number,
      kind,
      head,
      title,
      name,
      possessor,
      appositive: null,
      appositivePrep: null,
      appositiveOf: null,
      conjunct: null,
    });
    this.tokenChunk.fill(index, first, endToken);
    return index;
  }

  /**
   * Splits "Defense Minister Anita Anand" into a title ("Defense Minister") and a name ("Anita
   * Anand"): the name is the run of capitalised non-title tokens after the last title word.
   */
  private titleAndName(
    first: number,
    endToken: number,
    possessor: number | null,
  ): { title: TokenRange | null; name: TokenRange | null } {
    const { doc, words } = this;
    const bodyStart = possessor === null ? first : (this.chunks[possessor] as Chunk).endToken + 1;
    let lastTitle = -1;
    for (let k = endToken - 1; k >= bodyStart; k--) {
      if (words.titles.has(lower(doc, k))) {
        lastTitle = k;
        break;
      }
    }
    if (lastTitle < 0) return { title: null, name: null };
    // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Dmytro Kuleba".
    let titleEnd = lastTitle + 1;
    while (titleEnd + 1 < endToken && words.titleModifiers.has(lower(doc, titleEnd))) titleEnd++;
    if (titleEnd > lastTitle + 1 && !isCapitalized(doc, titleEnd - 1)) titleEnd = lastTitle + 1;
    lastTitle = titleEnd - 1;
    for (let k = lastTitle + 1; k < endToken; k++) {
      if (!isCapitalized(doc, k) || words.titles.has(lower(doc, k)))
        return { title: null, name: null };
    }
    let titleStart = lastTitle;
    while (titleStart - 1 >= bodyStart) {
      const word = lower(doc, titleStart - 1);
      if (!words.titles.has(word) && !words.titleModifiers.has(word)) break;
      titleStart--;
    }
    const title = this.range(titleStart, lastTitle + 1);
    const name = lastTitle + 1 < endToken ? this.range(lastTitle + 1, endToken) : null;
    return { title, name };
  }

  private range(firstToken: number, endToken: number): TokenRange {
    const { tokens } = this.doc;
    return {
      firstToken,
      endToken,
      start: tokens.start[firstToken] as number,
      end: tokens.end[endToken - 1] as number,
    };
  }
}

/** Two-word and one-word qualifiers of a number, and currency signs before one. */
const QUANTIFIER_PAIRS = new Set([
  "more than",
  "less than",
  "fewer than",
  "up to",
  "at least",
  "at most",
  "as many",
  "well over",
  "just over",
  "just under",
]);
const QUANTIFIER_FIRSTS = new Set([...QUANTIFIER_PAIRS].map((pair) => pair.split(" ")[0]));
const QUANTIFIER_WORDS = new Set([
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "some",
  "roughly",
  "approximately",
  "under",
]);
/** "Friday", "next Wednesday", "last Sunday": a day named on its own. */
function startsDay(doc: Doc, j: number): boolean {
  if (isDayName(doc, j)) return true;
  const word = lower(doc, j);
  return (word === "next" || word === "last" || word === "this") && isDayName(doc, j + 1);
}

const CURRENCY = new Set(["$", "€", "£", "¥", "us$"]);
