/**
 * An article's home country: the country of its dateline ("OTTAWA —", "ALMATY, Kazakhstan —"),
 * else the country it names most often. Unqualified state institutions ("the army", "the
 * Ministry of Defense") are coded with it.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Doc } from "../model/doc.js";
import { isNominal, isPunct, lower } from "../text/token-tests.js";
import type { NameMatch } from "./name-matches.js";

const COUNTRY_KINDS = new Set(["country", "capital", "seat", "adjective", "demonym"]);

export function homeCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  return datelineCountry(doc, matches, lexicon) ?? mostNamedCountry(doc, matches, lexicon);
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
      // "GAZA CITY, Palestinian Territories: …", "LYON: …": a capitalised dateline and a colon.
      if (dash < 0 && isPunct(doc, k, ":") && isAllCaps(doc, sentence.firstToken)) {
        dash = k;
        break;
      }
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

/**
 * The country named most, where a name after a locative preposition ("in Syria") weighs twice.
 * Names that mark another party do not count: in "The government thanked China for its help"
 * or "expressed appreciation for China's assistance" China is the other side, not home, and
 * "a UK-based group" only describes the group.
 */
function mostNamedCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  const counts = new Map<string, number>();
  const clausePreps = new Set<number>();
  for (const clause of doc.clauses) for (const p of clause.preps) clausePreps.add(p.prep);
  let best: string | null = null;
  for (const match of matches) {
    const code = countryOf(match, lexicon);
    if (code === null || marksOtherParty(doc, match)) continue;
    const weight = isClauseLocation(doc, match, clausePreps) ? 2 : 1;
    const n = (counts.get(code) ?? 0) + weight;
    counts.set(code, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = code;
  }
  return best;
}

const LOCATIVE_PREPS = new Set(["in", "inside", "across", "throughout", "within"]);
const OTHER_PARTY_PREPS = new Set(["for", "against", "with", "toward", "towards"]);

/**
 * "fighting in Syria", "met him in Dakar", "In Kyiv, officials said": a locative phrase of a
 * clause sets where it happens. Inside a subject ("the US commander in Iraq said") it only
 * says where that one is posted.
 */
function isClauseLocation(doc: Doc, match: NameMatch, clausePreps: ReadonlySet<number>): boolean {
  const prep = match.firstToken - 1;
  if (!LOCATIVE_PREPS.has(lower(doc, prep))) return false;
  return clausePreps.has(prep) || !isNominal(doc, prep - 1);
}

function marksOtherParty(doc: Doc, match: NameMatch): boolean {
  const after = lower(doc, match.endToken);
  return (
    after === "'s" ||
    after === "-" ||
    OTHER_PARTY_PREPS.has(lower(doc, match.firstToken - 1)) ||
    isObjectAfterVerb(doc, match)
  );
}

/** "The army attacked Russia": a name right after the verb is its object, the other side. */
function isObjectAfterVerb(doc: Doc, match: NameMatch): boolean {
  const before = match.firstToken - 1;
  return before >= 0 && (doc.tokenVerbGroup[before] ?? -1) >= 0;
}

function isAllCaps(doc: Doc, token: number): boolean {
  const word = doc.text.slice(doc.tokens.start[token], doc.tokens.end[token]);
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
