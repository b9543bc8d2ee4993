/**
 * Events named by a noun rather than a verb: "talks between Moscow and the West", "the
 * conversation between Trudeau and Zelensky". The clause the phrase belongs to decides the mode.
 */

import type { Chunk, Doc, Mention } from "../model/doc.js";
import { lemma, lower } from "../text/token-tests.js";
import { actorsOf, confidence, type Draft, tokenRange } from "./event-drafts.js";
import type { Modality } from "./modality.js";
import { decideMode } from "./mode.js";
import type { IndexedPattern, PatternIndex } from "./pattern-index.js";

/** "talks between Moscow and the West", "the conversation between Trudeau and Zelensky". */
export function nounEvents(
  doc: Doc,
  chunk: Chunk,
  patterns: PatternIndex,
  modality: Modality,
): Draft[] {
  const candidates = patterns.byNoun.get(lemma(doc, chunk.head).toLowerCase());
  if (candidates === undefined || chunk.endToken >= doc.tokens.length) return [];
  if (lower(doc, chunk.endToken) !== "between") return [];
  const first = doc.tokenChunk[chunk.endToken + 1] ?? -1;
  if (first < 0) return [];
  const parties = actorsOf(doc, first, false);
  if (parties.length < 2) return [];
  const [source, target] = parties as [Mention, Mention];
  const indexed = candidates[0] as IndexedPattern;
  // "will host talks between …", "refused talks between …": the clause whose object the phrase
  // is decides its mode. As a subject ("talks between … failed") the talks themselves happened.
  const clause = doc.clauses.find(
    (c) => c.object === chunk.index || c.preps.some((p) => p.chunk === chunk.index),
  );
  const decision =
    clause === undefined ? null : decideMode(doc, clause, indexed.pattern.code, modality);
  return [
    {
      sentence: chunk.sentence,
      clause: null,
      code: decision?.code ?? indexed.pattern.code,
      actionCode: indexed.pattern.code,
      mode: decision?.mode ?? "asserted",
      source: source.index,
      target: target.index,
      trigger: tokenRange(doc, chunk.head),
      rule: indexed.rule,
      confidence: confidence(indexed, source, target),
      governor: null,
    },
  ];
}
