/**
 * The shared parts of event drafts: the actors a chunk names (with its conjuncts), the code a
 * mention has as a target, an event's confidence (less for inferred actors) and the one-token
 * trigger range. The clause, claim and noun coders build their drafts from these.
 */

import type { Doc, DocEvent, Mention, TokenRange } from "../model/doc.js";
import { conjuncts, describedMentionOf } from "./match-clause.js";
import type { IndexedPattern } from "./pattern-index.js";

/** An event before numbering, with the clause that governs it. */
export type Draft = Omit<DocEvent, "index"> & {
  /** The clause whose verb demanded, promised or threatened this event, if any. */
  readonly governor: number | null;
};

/** Actors inferred rather than named cost confidence: a guessed country may be wrong. */
const INFERRED_PENALTY = 0.85;
const DEFAULT_CONFIDENCE = 0.8;

/**
 * The actors a chunk and its conjuncts name. Places do not act, but a country named as a place
 * can still be a target ("withdrew troops from Ukraine").
 */
export function actorsOf(doc: Doc, chunk: number, placesAsTargets: boolean): Mention[] {
  const found: Mention[] = [];
  for (const c of conjuncts(doc, chunk)) {
    const m = describedMentionOf(doc, c);
    if (m === undefined) continue;
    if (m.placeUse ? !placesAsTargets || targetCode(m) === null : m.code === null) continue;
    found.push(m);
  }
  return found;
}

/**
 * The code a mention has as an event's target: its actor code, or for a place named in a
 * prepositional phrase ("recalled its ambassador from Beijing") the place's country.
 */
export function targetCode(mention: Mention): string | null {
  return mention.code ?? (mention.placeUse ? mention.country : null);
}

export function confidence(
  indexed: IndexedPattern,
  source: Mention,
  target: Mention | null,
): number {
  let c = indexed.pattern.confidence ?? DEFAULT_CONFIDENCE;
  if (isInferred(source)) c *= INFERRED_PENALTY;
  if (target !== null && isInferred(target)) c *= INFERRED_PENALTY;
  return Math.round(c * 100) / 100;
}

function isInferred(m: Mention): boolean {
  return (
    m.source === "coreference" ||
    m.rule.endsWith("#home-country") ||
    m.rule.endsWith("#related-country")
  );
}

export function tokenRange(doc: Doc, token: number): TokenRange {
  return {
    firstToken: token,
    endToken: token + 1,
    start: doc.tokens.start[token] as number,
    end: doc.tokens.end[token] as number,
  };
}
