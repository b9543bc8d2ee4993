/**
 * Finds dictionary names in a document: one left-to-right pass over tokens, extending only from
 * tokens that can begin a name, keeping the longest match whose letter case fits ("US" the
 * country, not "us" the pronoun).
 */

import { foldKey } from "../lexicon/fold.js";
import { acceptsSurface, type NameEntry, type NameIndex } from "../lexicon/name-index.js";
import type { Doc, TokenRange } from "../model/doc.js";
import { isCapitalized } from "../text/token-tests.js";

export interface NameMatch extends TokenRange {
  readonly entries: readonly NameEntry[];
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
  const matches: NameMatch[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const match = longestAt(doc, names, i, sentence.endToken);
      if (match === null) {
        i++;
        continue;
      }
      matches.push(match);
      i = match.endToken;
    }
  }
  return matches;

  function longestAt(d: Doc, index: NameIndex, i: number, end: number): NameMatch | null {
    const first = foldKey(tokens.lower[i] ?? "");
    if (!index.mayStart(first, isCapitalized(d, i))) return null;
    const start = tokens.start[i] as number;
    let best: NameMatch | null = null;
    for (let j = i; j < end; j++) {
      const stop = tokens.end[j] as number;
      if (stop - start > index.maxKeyLength + 8) break;
      const surface = text.slice(start, stop);
      const entries = index.get(foldKey(surface))?.filter((e) => acceptsSurface(e, surface));
      if (entries !== undefined && entries.length > 0) {
        best = { firstToken: i, endToken: j + 1, start, end: stop, entries };
      }
    }
    return best;
  }
}
