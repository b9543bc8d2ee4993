/**
 * An article's home country: the country of its dateline ("OTTAWA —", "ALMATY, Kazakhstan —"),
 * else the country it names most often. Unqualified state institutions ("the army", "the
 * Ministry of Defense") are coded with it.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Doc } from "../model/doc.js";
import { isPunct } from "../text/token-tests.js";
import type { NameMatch } from "./name-matches.js";

const COUNTRY_KINDS = new Set(["country", "capital", "seat", "adjective", "demonym"]);

export function homeCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  return datelineCountry(doc, matches, lexicon) ?? mostNamedCountry(matches, lexicon);
}

function countryOf(match: NameMatch, lexicon: ActorLexicon): string | null {
  const entry = match.entries.find((e) => COUNTRY_KINDS.has(e.kind));
  return entry === undefined ? null : (lexicon.dictionaries.countries[entry.ref]?.code ?? null);
}

/** A sentence among the first three that opens with place names and a dash. */
function datelineCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  for (const sentence of doc.sentences.slice(0, 3)) {
    let dash = -1;
    for (
      let k = sentence.firstToken;
      k < Math.min(sentence.endToken, sentence.firstToken + 6);
      k++
    ) {
      if (isPunct(doc, k, "-") && doc.text.slice(doc.tokens.start[k], doc.tokens.end[k]) !== "-") {
        dash = k;
        break;
      }
      if (isPunct(doc, k, "-")) dash = k;
    }
    if (dash < 0) continue;
    let country: string | null = null;
    for (const match of matches) {
      if (match.firstToken >= sentence.firstToken && match.endToken <= dash) {
        country = countryOf(match, lexicon) ?? country;
      }
    }
    if (country !== null) return country;
  }
  return null;
}

function mostNamedCountry(matches: readonly NameMatch[], lexicon: ActorLexicon): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const match of matches) {
    const code = countryOf(match, lexicon);
    if (code === null) continue;
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = code;
  }
  return best;
}
