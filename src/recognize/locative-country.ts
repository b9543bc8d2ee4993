/**
 * The country of the place where a clause happens, for the people it happens to: "Four children
 * were killed in shelling in the east of the Gaza Strip" — unnamed civilians killed, hurt or
 * arrested somewhere are, unless the text says otherwise, people of that place. (Who acts is
 * left to the article's other clues.)
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Chunk, Clause, Doc } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import type { NameMatch } from "./name-matches.js";

/** Place phrases that say where a clause happens. */
const LOCATIVE = new Set(["in", "inside", "across", "throughout"]);
/** "in the east of Ukraine", "in the centre of Kyiv": how far an "of" chain is followed. */
const MAX_OF_LINKS = 2;

export type CountryOf = (chunk: Chunk) => string | null;

/** For a chunk its clause acts on, the country the clause is set in. */
export function locativeCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  matchAt: Int32Array,
  lexicon: ActorLexicon,
): CountryOf {
  // The people a clause acts on: its object, or the subject of a passive verb.
  const clauseOf = new Map<number, Clause>();
  for (const clause of doc.clauses) {
    if (clause.object !== null) clauseOf.set(clause.object, clause);
    const passive = clause.verb !== null && doc.verbGroups[clause.verb]?.voice === "passive";
    if (passive && clause.subject !== null && !clause.subjectShared)
      clauseOf.set(clause.subject, clause);
  }
  return (chunk) => {
    const clause = clauseOf.get(chunk.index);
    if (clause === undefined) return null;
    for (const { prep, chunk: place } of clause.preps) {
      if (!LOCATIVE.has(lower(doc, prep))) continue;
      let at: number = place;
      for (let link = 0; link <= MAX_OF_LINKS; link++) {
        const country = countryNamedIn(doc.chunks[at] as Chunk, matches, matchAt, lexicon);
        if (country !== null) return country;
        const end = (doc.chunks[at] as Chunk).endToken;
        if (lower(doc, end) !== "of") break;
        at = doc.tokenChunk[end + 1] ?? -1;
        if (at < 0) break;
      }
    }
    return null;
  };
}

/** The country or capital a chunk names, if any. */
export function countryNamedIn(
  chunk: Chunk,
  matches: readonly NameMatch[],
  matchAt: Int32Array,
  lexicon: ActorLexicon,
): string | null {
  for (let k = chunk.firstToken; k < chunk.endToken; k++) {
    const match = matches[matchAt[k] ?? -1];
    if (match === undefined) continue;
    const code = countryOfName(match, lexicon);
    if (code !== undefined) return code;
  }
  return null;
}

/**
 * The country a name match names as a country or through its capital ("Moscow"), if it does;
 * null for a dictionary country without a code.
 */
export function countryOfName(match: NameMatch, lexicon: ActorLexicon): string | null | undefined {
  const entry = match.entries.find((e) => e.kind === "country" || e.kind === "capital");
  return entry === undefined
    ? undefined
    : (lexicon.dictionaries.countries[entry.ref]?.code ?? null);
}
