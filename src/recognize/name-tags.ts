/**
 * Tags the words of multi-word dictionary names as proper nouns before chunking: the tagger
 * reads "Cross" in "the Red Cross urged" and "Watch" in "Human Rights Watch said" as verbs,
 * which splits the name and leaves the sentence without its subject. The small words inside a
 * name ("for" in "Syrian Observatory for Human Rights") are tagged with it for the same reason.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isCapitalized, isPos } from "../text/token-tests.js";
import { findNameMatches } from "./name-matches.js";

/** Lower-case words that join the parts of an organisation's name. */
const CONNECTORS = new Set(["for", "and", "of", "on", "in", "without", "de", "du", "la"]);

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
      // "the Syrian Observatory for Human Rights": a small word inside the name joins it rather
      // than opening a phrase of its own.
      else if (CONNECTORS.has(doc.tokens.lower[k] ?? "") && k > match.firstToken)
        pos[k] = POS.PROPN;
    }
  }
}
