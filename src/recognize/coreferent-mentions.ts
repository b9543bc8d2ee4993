/**
 * The mentions coreference adds: a copy of the antecedent's coding over the referring words
 * ("She", "the alliance", "Anand"), "the country" coded as its antecedent's country, and agent
 * phrases coded with their owner's country ("its embassy", "the country's security forces").
 */

import type { Chunk, Doc, Mention, TokenRange } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import type { gatherEvidence } from "./chunk-evidence.js";
import { type MentionCoding, makeMention } from "./make-mention.js";

/** A new mention and the mention it refers back to. */
export interface Resolved {
  readonly mention: Mention;
  readonly antecedent: Mention;
}

/** An agent phrase coded with its owner's country: "its embassy", "the country's security forces". */
export function agentOf(
  doc: Doc,
  chunk: Chunk,
  span: TokenRange,
  owner: Mention,
  evidence: ReturnType<typeof gatherEvidence>,
  rule: string,
): Resolved | null {
  const sectors = [...new Set(evidence.agents.flatMap((a) => a.agent.sectors))];
  if (owner.country === null || sectors.length === 0) return null;
  const mention = coreferent(chunk, span, rule, {
    type: "ORG",
    code: `${owner.country}${sectors.join("")}`,
    country: owner.country,
    sectors,
    name: doc.text.slice(span.start, span.end),
    plural: lower(doc, chunk.head).endsWith("s"),
    gender: null,
  });
  return { mention, antecedent: owner };
}

/** A coreference mention over `span` of `chunk`. */
function coreferent(chunk: Chunk, span: TokenRange, rule: string, coding: MentionCoding): Mention {
  return makeMention(-1, chunk, span, coding, { source: "coreference", placeUse: false, rule });
}

/** A mention over `span` that copies its antecedent's coding: "She", "the alliance", "Anand". */
export function copy(chunk: Chunk, span: TokenRange, antecedent: Mention, rule: string): Resolved {
  return { mention: coreferent(chunk, span, rule, antecedent), antecedent };
}

/** "the country", "its country": the antecedent's country as a place that can act. */
export function countryReference(
  doc: Doc,
  chunk: Chunk,
  span: TokenRange,
  antecedent: Mention,
  rule: string,
): Resolved {
  const mention = coreferent(chunk, span, rule, {
    type: "GPE",
    code: antecedent.country,
    country: antecedent.country,
    sectors: [],
    name: doc.text.slice(span.start, span.end),
    plural: false,
    gender: null,
  });
  return { mention, antecedent };
}
