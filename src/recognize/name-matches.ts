/**
 * Finds dictionary names in a document: one left-to-right pass over tokens, extending only from
 * tokens that can begin a name, keeping the longest match whose letter case fits ("US" the
 * country, not "us" the pronoun).
 */

import { foldKey } from "../lexicon/fold.js";
import { acceptsSurface, type NameEntry, type NameIndex } from "../lexicon/name-index.js";
import { SYNTAX_WORDS } from "../lexicon/syntax-words.js";
import type { Doc, TokenRange } from "../model/doc.js";
import { isCapitalized } from "../text/token-tests.js";

export interface NameMatch extends TokenRange {
  readonly entries: readonly NameEntry[];
}

/** Lower-cased printable ASCII needs no folding; most tokens are. */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

const cache = new WeakMap<Doc, { names: NameIndex; matches: NameMatch[] }>();

/** The document's name matches, found once and shared by the stages that need them. */
export function findNameMatches(doc: Doc, names: NameIndex): NameMatch[] {
  const cached = cache.get(doc);
  if (cached !== undefined && cached.names === names) return cached.matches;
  const matches = scanNames(doc, names);
  cache.set(doc, { names, matches });
  return matches;
}

function scanNames(doc: Doc, names: NameIndex): NameMatch[] {
  const { tokens, text } = doc;
  const folded = tokens.lower.map((word) => (isPlainAscii(word) ? word : foldKey(word)));
  const matches: NameMatch[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const match = longestAt(i, sentence.endToken);
      if (match === null) {
        i++;
        continue;
      }
      matches.push(match);
      i = match.endToken;
    }
  }
  return matches;

  /**
   * The key of tokens i..j is built word by word — folded token forms joined by a space, or by
   * nothing where tokens touch ("al-Qaeda") — which is the folded text between the boundaries.
   */
  function longestAt(i: number, end: number): NameMatch | null {
    const word = folded[i] ?? "";
    const capitalized = isCapitalized(doc, i);
    // Checked only for words that can start a name at all: most tokens cannot.
    const miscased = !capitalized && names.mayStart(word, true) && isWrittenAsName(doc, i);
    if (!names.mayStart(word, miscased || capitalized)) return null;
    const start = tokens.start[i] as number;
    let best: NameMatch | null = null;
    let key = "";
    for (let j = i; j < end; j++) {
      const word = folded[j] ?? "";
      key = j === i ? word : `${key}${tokens.start[j] === tokens.end[j - 1] ? "" : " "}${word}`;
      if (!names.continues(key)) break;
      const candidates = names.get(key);
      if (candidates === undefined) continue;
      const stop = tokens.end[j] as number;
      const written = text.slice(start, stop);
      // A miscased name is checked as if capitalised: "obama" as "Obama".
      const surface = miscased ? written.charAt(0).toUpperCase() + written.slice(1) : written;
      const entries = candidates.filter((e) => acceptsSurface(e, surface));
      if (entries.length > 0) best = { firstToken: i, endToken: j + 1, start, end: stop, entries };
    }
    return best;
  }
}

/**
 * A lower-case word that is still written as a name: after a capitalised title ("President
 * obama") or with a capital inside it ("iSrael"). Ordinary lower-case words never start a name
 * whose dictionary form is capitalised ("us" is not the US, "turkey" not Turkey).
 */
function isWrittenAsName(doc: Doc, i: number): boolean {
  const word = doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]);
  if (/^\p{Ll}+\p{Lu}/u.test(word)) return true;
  return (
    i > 0 && isCapitalized(doc, i - 1) && SYNTAX_WORDS.titles.has(doc.tokens.lower[i - 1] ?? "")
  );
}

/** For each token, the index of the name match covering it, or -1. */
export function matchAtToken(doc: Doc, matches: readonly NameMatch[]): Int32Array {
  const at = new Int32Array(doc.tokens.length).fill(-1);
  matches.forEach((m, n) => {
    at.fill(n, m.firstToken, m.endToken);
  });
  return at;
}
