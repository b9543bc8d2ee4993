/**
 * The event coder stage: each clause whose verb matches a pattern yields one event per
 * source–target pair of actors, in the mode its context gives; noun patterns code
 * "talks between X and Y". No pattern, no event: there is no fallback code, and no event
 * without a source actor.
 */

import type { Chunk, Clause, Doc, DocEvent, Mention, TokenRange, VerbGroup } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isPos, lemma, lower } from "../text/token-tests.js";
import { conjuncts, matchClause, mentionOf } from "./match-clause.js";
import type { Modality } from "./modality.js";
import { decideMode, isNegatedClause } from "./mode.js";
import type { IndexedPattern, PatternIndex } from "./pattern-index.js";

type Draft = Omit<DocEvent, "index"> & {
  /** The clause whose verb demanded, promised or threatened this event, if any. */
  readonly governor: number | null;
};

/** Actors inferred rather than named cost confidence: a guessed country may be wrong. */
const INFERRED_PENALTY = 0.85;
const DEFAULT_CONFIDENCE = 0.8;

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

/**
 * Relative clauses give background about a phrase ("a Hamas member jailed a year ago", "a base
 * that served as a hub"); the events a sentence states are in its other clauses.
 */
const BACKGROUND = new Set<Clause["kind"]>(["relative", "reduced-relative"]);
/** Markers of a clause set in another time: "five years after crowds trashed its embassy". */
const TIME_SHIFTERS = new Set(["after", "before", "since"]);
const DURATIONS = new Set(["year", "month", "week", "day", "decade", "hour"]);

/**
 * Background: relative clauses and what is coordinated with them ("which killed and injured
 * dozens"), and clauses set in another time ("five years after crowds trashed its embassy").
 */
function isBackground(doc: Doc, clause: Clause): boolean {
  if (BACKGROUND.has(clause.kind)) return true;
  if (clause.kind === "coordinate" && clause.parent !== null) {
    const parent = doc.clauses[clause.parent] as Clause;
    if (BACKGROUND.has(parent.kind)) return true;
  }
  if (clause.kind !== "adverbial" || clause.marker === null) return false;
  if (!TIME_SHIFTERS.has(lower(doc, clause.marker))) return false;
  // "five years after", "months after" — but not "the day after", which is the next day.
  const before = clause.marker - 1;
  if (before < 0 || !DURATIONS.has(lemma(doc, before).toLowerCase())) return false;
  const counted = before > 0 && isPos(doc, before - 1, POS.NUM);
  return counted || lower(doc, before) !== lemma(doc, before).toLowerCase();
}

function clauseEvents(
  doc: Doc,
  clause: Clause,
  patterns: PatternIndex,
  modality: Modality,
): Draft[] {
  if (isBackground(doc, clause)) return [];
  const match = matchClause(doc, clause, patterns, isNegatedClause(doc, clause, modality));
  if (match === null) return [];
  const { pattern } = match.pattern;
  const decision = decideMode(doc, clause, pattern.code, modality, pattern.polarity === "negative");
  const group = doc.verbGroups[clause.verb as number] as VerbGroup;

  let sourceChunk = match.sourceChunk;
  let targets = targetMentions(doc, clause, match.objectChunk, match.pattern);
  if (decision.demander !== null) {
    // "Britain urged Russia to withdraw": Britain demands of Russia.
    sourceChunk = decision.demander.subject;
    // The addressee is the demander's object ("urged Russia"), else whoever must act.
    const addressee =
      decision.demander.object ?? prepObject(doc, decision.demander, "on") ?? clause.subject;
    targets = addressee === null ? [] : actorsOf(doc, addressee, false);
  }
  const sources = sourceChunk === null ? [] : actorsOrOwners(doc, sourceChunk, false);
  if (sources.length === 0) return [];

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
  return pairs.map(([source, target]) => ({
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
}

/** Hostile roots: what one claims to have done, or accuses another of. */
const HOSTILE_ROOTS = new Set(["14", "15", "16", "17", "18", "19", "20"]);

/** "rebels claimed that they had attacked …": the governing claim, when the act is hostile. */
function claimOf(doc: Doc, clause: Clause, code: string, modality: Modality): Clause | null {
  if (
    clause.kind !== "complement" ||
    clause.parent === null ||
    !HOSTILE_ROOTS.has(code.slice(0, 2))
  )
    return null;
  const parent = doc.clauses[clause.parent] as Clause;
  const group = parent.verb === null ? undefined : doc.verbGroups[parent.verb];
  return group !== undefined && modality.claiming.has(group.lemma) && parent.subject !== null
    ? parent
    : null;
}

/**
 * A claim of a hostile act: claiming one's own act is a claim of responsibility (015, target
 * the act's target); claiming another's is an accusation (112, target the one accused).
 */
function claimEvents(
  doc: Doc,
  clause: Clause,
  claim: Clause,
  actors: readonly Mention[],
  targets: readonly Mention[],
  indexed: IndexedPattern,
): Draft[] {
  const claimants = actorsOf(doc, claim.subject as number, false);
  const group = doc.verbGroups[claim.verb as number] as VerbGroup;
  const trigger = tokenRange(doc, group.head);
  const drafts: Draft[] = [];
  for (const claimant of claimants) {
    const own = actors.some((a) => a.code === claimant.code || a.antecedent === claimant.index);
    const aimed = own ? targets : actors;
    for (const target of aimed.length > 0 ? aimed : [null]) {
      if (target !== null && targetCode(target) === claimant.code) continue;
      drafts.push({
        sentence: clause.sentence,
        clause: claim.index,
        code: own ? "015" : "112",
        actionCode: indexed.pattern.code,
        mode: "asserted",
        source: claimant.index,
        target: target?.index ?? null,
        trigger,
        rule: `${indexed.rule}+${own ? "claimed" : "alleged"}`,
        confidence: confidence(indexed, claimant, target),
        governor: null,
      });
    }
  }
  return drafts;
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

function prepObject(doc: Doc, clause: Clause, prep: string): number | null {
  return clause.preps.find((p) => lower(doc, p.prep) === prep)?.chunk ?? null;
}

/**
 * The actors a chunk and its conjuncts name. Places do not act, but a country named as a place
 * can still be a target ("withdrew troops from Ukraine").
 */
function actorsOf(doc: Doc, chunk: number, placesAsTargets: boolean): Mention[] {
  const found: Mention[] = [];
  for (const c of conjuncts(doc, chunk)) {
    const m = mentionOf(doc, c);
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

/** "concessions from NATO, including Canada": the actors an "including" phrase adds. */
function included(doc: Doc, chunk: number): Mention[] {
  let k = (doc.chunks[chunk] as Chunk).endToken;
  if (lower(doc, k) === ",") k++;
  if (lower(doc, k) !== "including") return [];
  const next = doc.tokenChunk[k + 1] ?? -1;
  return next < 0 ? [] : actorsOf(doc, next, false);
}

/**
 * The actors a chunk names, or else its possessor's: "rejected Russia's proposal" (target
 * Russia), "Afghanistan's nominee denied the charges" (source Afghanistan).
 */
function actorsOrOwners(doc: Doc, chunk: number, placesAsTargets: boolean): Mention[] {
  const found = actorsOf(doc, chunk, placesAsTargets);
  if (found.length > 0) return found;
  const possessor = (doc.chunks[chunk] as Chunk).possessor;
  return possessor === null ? [] : actorsOf(doc, possessor, false);
}

/** "talks between Moscow and the West", "the conversation between Trudeau and Zelensky". */
function nounEvents(doc: Doc, chunk: Chunk, patterns: PatternIndex, modality: Modality): Draft[] {
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

function confidence(indexed: IndexedPattern, source: Mention, target: Mention | null): number {
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

function tokenRange(doc: Doc, token: number): TokenRange {
  return {
    firstToken: token,
    endToken: token + 1,
    start: doc.tokens.start[token] as number,
    end: doc.tokens.end[token] as number,
  };
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

/** One event per sentence, code, mode and actor pair: the most confident. */
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
  return [...best.values()].sort((a, b) => a.trigger.start - b.trigger.start);
}
