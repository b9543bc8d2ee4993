/**
 * Reads one pattern line of PETRARCH's validation verb dictionary (`- UPPER * LOWER [code]`) into
 * the conditions a Harbinger pattern can state: a compound source (`%`) and negation before the
 * verb; a particle, the object's head word or an actor (`+`) after it; prepositional phrases with
 * a head word, any phrase (`^`) or the target. Auxiliaries before the verb are dropped; anything
 * else the schema cannot say makes the line skipped, with the reason.
 */

import lemmatizer from "wink-lemmatizer";
import type { Pattern } from "../src/code/pattern-schema.js";
import type { PatternLine } from "./accuracy-validation-verbs.js";

const PREPOSITIONS = new Set([
  "ABOUT",
  "AGAINST",
  "AT",
  "BETWEEN",
  "BY",
  "FOR",
  "FROM",
  "IN",
  "INTO",
  "NEAR",
  "OF",
  "ON",
  "OVER",
  "TO",
  "TOWARD",
  "TOWARDS",
  "UPON",
  "WITH",
]);
/** Words right after the verb that Harbinger reads as its particle ("back down", "set up"). */
const PARTICLES = new Set(["UP", "DOWN", "OUT", "OFF", "BACK", "AWAY"]);
const NEGATIONS = new Set(["NOT", "N'T", "NEVER", "DON'T", "DIDN'T", "WON'T", "CAN'T"]);
/** Harbinger's verb group holds these; patterns cannot ask for them, so they are dropped. */
const AUXILIARIES = new Set([
  "BE",
  "BEEN",
  "CAN",
  "COULD",
  "DID",
  "DO",
  "DOES",
  "HAD",
  "HAS",
  "HAVE",
  "IS",
  "ARE",
  "MAY",
  "MIGHT",
  "MUST",
  "SHALL",
  "SHOULD",
  "WAS",
  "WERE",
  "WILL",
  "WOULD",
]);

const LEMMA = /^[a-z][a-z' -]*$/;

export class Counter {
  readonly counts = new Map<string, number>();
  add(reason: string): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
  }
}

/** Why a pattern line could not be converted. */
export class Skip extends Error {}

/** "064" stays; "032:033" → 032 (the reverse event is dropped); "174K" → 174; "---" → null. */
export function normalizeCode(written: string, notes: Counter): string | null {
  const [forward = "", reverse] = written.split(":");
  const m = /^(\d{2,4})([A-Za-z?]*)$/.exec(forward.trim());
  if (m === null) return null;
  if (reverse !== undefined) notes.add("paired code: reverse event dropped");
  if ((m[2] as string).length > 0) notes.add("code suffix dropped (174K → 174)");
  return m[1] as string;
}

export function codeOrSkip(written: string, notes: Counter): string {
  const code = normalizeCode(written, notes);
  if (code !== null) return code;
  throw new Skip(written.trim() === "---" ? "null code (blocks an event)" : "not an event code");
}

export const unique = (list: readonly string[]) => [...new Set(list)].filter((w) => LEMMA.test(w));

/** Head lemmas for a word or synset reference: the last word of each member phrase. */
function heads(token: string, synsets: ReadonlyMap<string, readonly string[]>): string[] {
  const words = members(token, synsets).map((m) => (m.split(" ").at(-1) as string).toLowerCase());
  const list = unique(words.flatMap((w) => [w, lemmatizer.noun(w)]));
  if (list.length === 0) throw new Skip("word not a lemma");
  return list;
}

/** A synset's member phrases, nested synsets expanded; a plain word is its own member. */
function members(
  token: string,
  synsets: ReadonlyMap<string, readonly string[]>,
  seen = new Set<string>(),
): string[] {
  if (!token.startsWith("&")) return [token];
  const list = synsets.get(token);
  if (list === undefined) throw new Skip("undefined synset");
  if (seen.has(token)) return [];
  seen.add(token);
  return list.flatMap((m) => (m.startsWith("&") ? members(m, synsets, seen) : [m]));
}

const isNegation = (phrase: string) => phrase.split(" ").some((w) => NEGATIONS.has(w));

/** What one pattern line asks of the clause, in Harbinger's terms. */
export interface Conditions {
  particle?: string;
  object?: Pattern["object"];
  phrases?: Record<string, NonNullable<Pattern["object"]>>;
  requires?: string[];
  target?: string[];
  polarity?: "negative";
  reciprocal?: true;
}

/** Tokens before `*`: the source, a compound source, negation and auxiliaries can be expressed. */
function readUpper(
  upper: readonly string[],
  synsets: ReadonlyMap<string, readonly string[]>,
  into: Conditions,
  notes: Counter,
): void {
  for (const token of upper) {
    if (token === "$") continue;
    if (token === "%") into.reciprocal = true;
    else if (token === "+") throw new Skip("target before the verb");
    else if (token === "^") throw new Skip("skipped phrase before the verb");
    else if (NEGATIONS.has(token)) into.polarity = "negative";
    else if (token.startsWith("&") && members(token, synsets).every(isNegation))
      into.polarity = "negative";
    else if (AUXILIARIES.has(token)) notes.add("auxiliary before the verb dropped");
    else throw new Skip("words before the verb");
  }
}

interface Segment {
  readonly prep: string | null;
  readonly words: string[];
  actor: boolean;
  any: boolean;
  /** Words after the actor or the skipped phrase. */
  after: boolean;
}

/** Tokens after `*`: a particle, the object's words, then prepositional phrases. */
function readLower(
  lower: readonly string[],
  synsets: ReadonlyMap<string, readonly string[]>,
  into: Conditions,
  notes: Counter,
): void {
  const rest = [...lower];
  if (rest[0] !== undefined && PARTICLES.has(rest[0])) {
    into.particle = (rest.shift() as string).toLowerCase();
  }
  const segments: Segment[] = [{ prep: null, words: [], actor: false, any: false, after: false }];
  for (const token of rest) {
    const current = segments.at(-1) as Segment;
    if (token === "$") throw new Skip("source after the verb");
    if (PREPOSITIONS.has(token)) {
      segments.push({
        prep: token.toLowerCase(),
        words: [],
        actor: false,
        any: false,
        after: false,
      });
    } else if (token === "+" || token === "%") {
      if (current.actor) throw new Skip("two actors in one phrase");
      if (current.any) throw new Skip("actor after a skipped phrase");
      if (current.words.length > 0) throw new Skip("words before an actor");
      current.actor = true;
    } else if (token === "^") current.any = true;
    else {
      if (current.actor || current.any) current.after = true;
      current.words.push(token);
    }
  }
  const targets: string[] = [];
  for (const s of segments) {
    if (s.after && s.actor) throw new Skip("words after an actor");
    const last = s.words.at(-1);
    if (s.prep === null) {
      if (s.actor) {
        into.object = { actor: true };
        targets.push("object");
      } else if (last !== undefined && !s.any) {
        into.object = { heads: heads(last, synsets) };
        if (s.words.length > 1) notes.add("object modifiers dropped (head only)");
      } else if (s.words.length > 0) notes.add("object words before a skipped phrase dropped");
      continue;
    }
    if (s.actor) {
      into.requires = [...(into.requires ?? []), s.prep];
      targets.push(s.prep);
    } else if (last !== undefined && !s.any) {
      into.phrases ??= {};
      if (into.phrases[s.prep] !== undefined) throw new Skip("two phrases with one preposition");
      into.phrases[s.prep] = { heads: heads(last, synsets) };
      if (s.prep === "to") notes.add("TO + word read as a phrase (may be a governed verb)");
      if (s.words.length > 1) notes.add("phrase modifiers dropped (head only)");
    } else {
      into.requires = [...(into.requires ?? []), s.prep];
    }
  }
  if (targets.length > 0) into.target = targets;
}

/** A synset of prepositions (&PREPOSIT1) stands for alternatives: one token list per choice. */
function variants(
  tokens: readonly string[],
  synsets: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const at = tokens.findIndex(
    (t) => t.startsWith("&") && synsets.get(t)?.every((m) => PREPOSITIONS.has(m)) === true,
  );
  if (at < 0) return [[...tokens]];
  const choices = synsets.get(tokens[at] as string) as readonly string[];
  return choices.flatMap((c) =>
    variants([...tokens.slice(0, at), c, ...tokens.slice(at + 1)], synsets),
  );
}

export function conditionsOf(
  p: PatternLine,
  synsets: ReadonlyMap<string, readonly string[]>,
  notes: Counter,
): Conditions[] {
  // Approximations count only for lines that convert: a skipped line made none.
  const made = new Counter();
  const all = variants(p.lower, synsets).map((lower) => {
    const into: Conditions = {};
    readUpper(p.upper, synsets, into, made);
    readLower(lower, synsets, into, made);
    const filters =
      into.object !== undefined ||
      into.phrases !== undefined ||
      into.requires !== undefined ||
      into.polarity !== undefined ||
      into.particle !== undefined;
    // Without a filter the pattern would tie with the verb's default and take its place.
    if (!filters) {
      throw new Skip(into.reciprocal ? "compound source only" : "auxiliaries only");
    }
    return into;
  });
  for (const [note, n] of made.counts) for (let k = 0; k < n; k++) notes.add(note);
  return all;
}
