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
/** Names of the country itself: a capital may be only a place ("flights to Amman"). */
const NATION_KINDS = new Set(["country", "adjective", "demonym"]);

export function homeCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  const dateline = datelineCountry(doc, matches, lexicon);
  if (dateline === null) return mostNamedCountry(doc, matches, lexicon);
  return storyCountry(dateline, matches, lexicon) ?? dateline.country;
}

/**
 * A regional bureau files stories about its neighbours ("AMMAN, Jordan — Yemen's warring
 * parties have agreed …"): where the body never names the dateline's country again but names
 * one other country at least twice, and more than any other, that country is home, and "the
 * government" is its government. A dateline country named again in the body stays home
 * ("OTTAWA — … Canada's embassy in Kyiv"); its capital named as a destination ("flights between
 * Sanaa and Amman") does not count as naming it.
 */
function storyCountry(
  dateline: Dateline,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): string | null {
  const counts = new Map<string, number>();
  for (const match of matches) {
    if (match.firstToken <= dateline.end) continue;
    if (countryOf(match, lexicon, NATION_KINDS) === dateline.country) return null;
    const code = countryOf(match, lexicon);
    if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let tied = false;
  for (const [code, n] of counts) {
    const top = best === null ? 0 : (counts.get(best) ?? 0);
    if (n > top) {
      best = code;
      tied = false;
    } else if (n === top) tied = true;
  }
  return best !== null && !tied && (counts.get(best) ?? 0) >= 2 ? best : null;
}

function countryOf(
  match: NameMatch,
  lexicon: ActorLexicon,
  kinds: ReadonlySet<string> = COUNTRY_KINDS,
): string | null {
  const entry = match.entries.find((e) => kinds.has(e.kind));
  return entry === undefined ? null : (lexicon.dictionaries.countries[entry.ref]?.code ?? null);
}

interface Dateline {
  readonly country: string;
  /** The dash or colon that closes the dateline. */
  readonly end: number;
}

/** A sentence among the first three that opens with place names and a dash. */
function datelineCountry(
  doc: Doc,
  matches: readonly NameMatch[],
  lexicon: ActorLexicon,
): Dateline | null {
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
    if (country !== null) return { country, end: dash };
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
