/**
 * The event coder stage: each clause whose verb matches a pattern yields one event per
 * source–target pair of actors, in the mode its context gives; noun patterns code
 * "talks between X and Y". No pattern, no event: there is no fallback code, and no event
 * without a source actor.
 */

import type { Chunk, Clause, Doc, DocEvent, Mention, VerbGroup } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import { isBackground } from "./background.js";
import { accusations, claimEvents, claimOf } from "./claims.js";
import { actorsOf, confidence, type Draft, targetCode, tokenRange } from "./event-drafts.js";
import { candidatePatterns, isTimePhrase, matchClause } from "./match-clause.js";
import type { Modality } from "./modality.js";
import { decideMode, isNegatedClause } from "./mode.js";
import { isMereOmission } from "./mode-cues.js";
import { nounEvents } from "./noun-events.js";
import type { IndexedPattern, PatternIndex } from "./pattern-index.js";

export function codeEvents(doc: Doc, patterns: PatternIndex, modality: Modality): void {
  const drafts: Draft[] = [];
  for (const clause of doc.clauses) drafts.push(...clauseEvents(doc, clause, patterns, modality));
  for (const chunk of doc.chunks) drafts.push(...nounEvents(doc, chunk, patterns, modality));
  // "Ukraine demanded that Russia withdraw", "Pakistan agreed to withdraw": the governing verb
  // and what it governs are one event, coded from what is demanded, promised or refused.
  const governors = new Set(drafts.map((d) => d.governor).filter((g) => g !== null));
  const kept = drafts.filter((d) => d.clause === null || !governors.has(d.clause));
  doc.events = dedupe(doc, kept).map((d, index) => toEvent(d, index));
}

function clauseEvents(
  doc: Doc,
  clause: Clause,
  patterns: PatternIndex,
  modality: Modality,
): Draft[] {
  // Most clauses' verbs have no pattern: nothing else need be read of them.
  if (candidatePatterns(doc, clause, patterns).length === 0 || isBackground(doc, clause)) return [];
  const match = matchClause(doc, clause, patterns, isNegatedClause(doc, clause, modality));
  if (match === null) return [];
  const { pattern } = match.pattern;
  const group = doc.verbGroups[clause.verb as number] as VerbGroup;
  // Not saying (01x) in the past is an omission, not a refusal; not releasing or not
  // withdrawing (12x) still withholds the concession.
  if (pattern.polarity === "negative" && pattern.code.startsWith("01") && isMereOmission(group))
    return [];
  const decision = decideMode(doc, clause, pattern.code, modality, pattern.polarity === "negative");

  let sourceChunk = match.sourceChunk;
  let targets = targetMentions(doc, clause, match.objectChunk, match.pattern);
  const demander = decision.demander;
  if (demander !== null) {
    // "Britain urged Russia to withdraw": Britain demands of Russia. "Obama is being pressured
    // by Congress to help Iran": the passive's agent demands of its subject.
    const passive = doc.verbGroups[demander.verb as number]?.voice === "passive";
    sourceChunk = passive ? demander.agent : demander.subject;
    // The addressee is the demander's object ("urged Russia"), else whoever must act.
    const addressee = passive
      ? demander.subject
      : (demander.object ?? prepObject(doc, demander, "on") ?? clause.subject);
    targets = addressee === null ? [] : actorsOf(doc, addressee, false);
  }
  let sources =
    sourceChunk === null
      ? []
      : actorsOrOwners(doc, sourceChunk, match.sourceIsOrigin && sourceChunk === match.sourceChunk);
  if (pattern.received === true) [sources, targets] = [targets, sources];
  if (sources.length === 0) return [];
  if (pattern.recipient === true && movedWithinOwn(doc, clause, sources)) return [];

  const pairs: [Mention, Mention | null][] = [];
  if (targets.length === 0 && pattern.reciprocal === true && sources.length > 1) {
    for (const a of sources)
      for (const b of sources) if (a !== b && a.code !== b.code) pairs.push([a, b]);
  } else {
    for (const s of sources) {
      // Not itself, nor what refers back to it ("Russia strengthened its army").
      const others = targets.filter((t) => targetCode(t) !== s.code && t.antecedent !== s.index);
      if (others.length === 0) pairs.push([s, null]);
      else for (const t of others) pairs.push([s, t]);
    }
  }
  const claim = claimOf(doc, clause, pattern.code, modality);
  if (claim !== null) return claimEvents(doc, clause, claim, sources, targets, match.pattern);
  const trigger = tokenRange(doc, group.head);
  const rule =
    decision.cue === null ? match.pattern.rule : `${match.pattern.rule}+${decision.mode}`;
  const events: Draft[] = pairs.map(([source, target]) => ({
    sentence: clause.sentence,
    clause: clause.index,
    code: decision.code,
    actionCode: pattern.code,
    mode: decision.mode,
    source: source.index,
    target: target?.index ?? null,
    trigger,
    rule,
    confidence: confidence(match.pattern, source, target),
    governor: decision.governor?.index ?? null,
  }));
  return decision.mode === "reported"
    ? [...events, ...accusations(doc, clause, sources, match.pattern)]
    : events;
}

/** Targets from the pattern's slots, in order: the object, or a prepositional phrase's object. */
function targetMentions(
  doc: Doc,
  clause: Clause,
  objectChunk: number | null,
  indexed: IndexedPattern,
): Mention[] {
  for (const slot of indexed.pattern.target ?? ["object"]) {
    const chunk =
      slot === "object"
        ? objectChunk
        : slot === "clause"
          ? governedSubject(doc, clause)
          : prepObject(doc, clause, slot);
    if (chunk === null) continue;
    const found = actorsOrOwners(doc, chunk, slot !== "object");
    if (found.length > 0) return [...found, ...included(doc, chunk)];
  }
  return [];
}

/**
 * The clause's "to" phrase names no actor but the sources themselves or what they own: "NATO
 * allies sent fighter jets to the alliance's eastern flank" moves its own forces, gives nothing.
 */
function movedWithinOwn(doc: Doc, clause: Clause, sources: readonly Mention[]): boolean {
  const to = prepObject(doc, clause, "to");
  if (to === null) return false;
  return actorsOrOwners(doc, to, true).every((t) =>
    sources.some((s) => targetCode(t) === s.code || t.antecedent === s.index),
  );
}

/** The subject of the first clause this clause governs ("NATO" in "demanded that NATO …"). */
function governedSubject(doc: Doc, clause: Clause): number | null {
  for (let k = clause.index + 1; k < doc.clauses.length; k++) {
    const c = doc.clauses[k] as Clause;
    if (c.sentence !== clause.sentence) break;
    if (c.parent === clause.index && (c.kind === "complement" || c.kind === "nonfinite"))
      return c.subject;
  }
  return null;
}

/** The object of the clause's first phrase with this preposition, time phrases aside ("on Tuesday"). */
function prepObject(doc: Doc, clause: Clause, prep: string): number | null {
  return (
    clause.preps.find((p) => lower(doc, p.prep) === prep && !isTimePhrase(doc, p.prep, p.chunk))
      ?.chunk ?? null
  );
}

/** "concessions from NATO, including Canada": the actors an "including" phrase adds. */
function included(doc: Doc, chunk: number): Mention[] {
  let k = (doc.chunks[chunk] as Chunk).endToken;
  if (lower(doc, k) === ",") k++;
  if (lower(doc, k) !== "including") return [];
  const next = doc.tokenChunk[k + 1] ?? -1;
  return next < 0 ? [] : actorsOf(doc, next, false);
}

/**
 * The actors a chunk names, or else its possessor's or its "of" phrase's: "rejected Russia's
 * proposal" (target Russia), "Afghanistan's nominee denied the charges" (source Afghanistan),
 * "the leaders of the Brotherhood" (the Brotherhood).
 */
function actorsOrOwners(doc: Doc, chunk: number, placesAsTargets: boolean): Mention[] {
  const found = actorsOf(doc, chunk, placesAsTargets);
  if (found.length > 0) return found;
  const c = doc.chunks[chunk] as Chunk;
  const owners = c.possessor === null ? [] : actorsOf(doc, c.possessor, false);
  if (owners.length > 0) return owners;
  // "expel the leaders of the Muslim Brotherhood": the group the people belong to.
  const next = lower(doc, c.endToken) === "of" ? (doc.tokenChunk[c.endToken + 1] ?? -1) : -1;
  if (next >= 0) return actorsOf(doc, next, false);
  // "positions belonging to terrorist groups", "a base held by the rebels": the owner.
  const owner = ownerPhrase(doc, c.endToken);
  return owner < 0 ? [] : actorsOf(doc, owner, false);
}

/** Participles that name who holds a place: "held by", "controlled by". */
const HOLDING = new Set(["held", "controlled", "run", "operated", "owned", "occupied", "used"]);

/** The phrase after "belonging to" or "held by" at token `k`, or -1. */
function ownerPhrase(doc: Doc, k: number): number {
  const word = lower(doc, k);
  const prep = lower(doc, k + 1);
  if ((word === "belonging" && prep === "to") || (HOLDING.has(word) && prep === "by"))
    return doc.tokenChunk[k + 2] ?? -1;
  return -1;
}

function toEvent(d: Draft, index: number): DocEvent {
  return {
    index,
    sentence: d.sentence,
    clause: d.clause,
    code: d.code,
    actionCode: d.actionCode,
    mode: d.mode,
    source: d.source,
    target: d.target,
    trigger: d.trigger,
    rule: d.rule,
    confidence: d.confidence,
  };
}

/**
 * One event per sentence, code, mode and actor pair: the most confident; and no targetless
 * copy of an act the sentence also codes with a target.
 */
function dedupe(doc: Doc, drafts: readonly Draft[]): Draft[] {
  const best = new Map<string, Draft>();
  const code = (m: number | null) => {
    const mention = m === null ? undefined : doc.mentions[m];
    return mention === undefined ? "-" : (targetCode(mention) ?? "-");
  };
  for (const d of drafts) {
    const key = `${d.sentence}|${d.code}|${d.mode}|${code(d.source)}|${code(d.target)}`;
    const seen = best.get(key);
    if (seen === undefined || d.confidence > seen.confidence) best.set(key, d);
  }
  // "Canada condemned Russia and denounced the attack": one condemnation by Canada, of Russia;
  // the same act without a target says nothing the targeted one does not.
  const targeted = new Set<string>();
  for (const d of best.values()) {
    if (d.target !== null) targeted.add(`${d.sentence}|${d.code}|${d.mode}|${code(d.source)}`);
  }
  return [...best.values()]
    .filter(
      (d) =>
        d.target !== null || !targeted.has(`${d.sentence}|${d.code}|${d.mode}|${code(d.source)}`),
    )
    .sort((a, b) => a.trigger.start - b.trigger.start);
}
