/**
 * Tags the words of multi-word dictionary names as proper nouns before chunking: the tagger
 * reads "Cross" in "the Red Cross urged" and "Watch" in "Human Rights Watch said" as verbs,
 * which splits the name and leaves the sentence without its subject.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isCapitalized, isPos } from "../text/token-tests.js";
import { findNameMatches } from "./name-matches.js";

export function tagDictionaryNames(doc: Doc, lexicon: ActorLexicon): void {
  const pos = doc.tokens.pos;
  for (const match of findNameMatches(doc, lexicon.names)) {
    if (match.endToken - match.firstToken < 2 || !isCapitalized(doc, match.firstToken)) continue;
    if (
      !match.entries.some(
        (e) => e.kind === "organisation" || e.kind === "group" || e.kind === "person",
      )
    )
      continue;
    for (let k = match.firstToken; k < match.endToken; k++) {
      if (isCapitalized(doc, k) && !isPos(doc, k, POS.PROPN) && !isPos(doc, k, POS.PUNCT))
        pos[k] = POS.PROPN;
    }
  }
}
