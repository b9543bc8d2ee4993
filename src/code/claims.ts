/**
 * Claims of hostile acts: "rebels claimed that they had attacked …" is a claim of
 * responsibility (015); claiming that another did it is an accusation (112). The governing
 * claim replaces the event of the act it claims.
 */

import type { Clause, Doc, Mention, VerbGroup } from "../model/doc.js";
import { actorsOf, confidence, type Draft, targetCode, tokenRange } from "./event-drafts.js";
import type { Modality } from "./modality.js";
import type { IndexedPattern } from "./pattern-index.js";

/** Hostile roots: what one claims to have done, or accuses another of. */
const HOSTILE_ROOTS = new Set(["14", "15", "16", "17", "18", "19", "20"]);

/** "rebels claimed that they had attacked …": the governing claim, when the act is hostile. */
export function claimOf(doc: Doc, clause: Clause, code: string, modality: Modality): Clause | null {
  // "claimed that ISIL had attacked Iraq and taken Mosul": a verb coordinated with the claimed
  // one and sharing its subject is claimed too.
  let claimed = clause;
  while (claimed.kind === "coordinate" && claimed.subjectShared && claimed.parent !== null)
    claimed = doc.clauses[claimed.parent] as Clause;
  if (
    claimed.kind !== "complement" ||
    claimed.parent === null ||
    !HOSTILE_ROOTS.has(code.slice(0, 2))
  )
    return null;
  const parent = doc.clauses[claimed.parent] as Clause;
  const group = parent.verb === null ? undefined : doc.verbGroups[parent.verb];
  return group !== undefined && modality.claiming.has(group.lemma) && parent.subject !== null
    ? parent
    : null;
}

/**
 * A claim of a hostile act: claiming one's own act is a claim of responsibility (015, target
 * the act's target); claiming another's is an accusation (112, target the one accused).
 */
export function claimEvents(
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

/** Violent roots: reporting that another committed one is accusing them of it. */
const VIOLENT_ROOTS = new Set(["18", "19", "20"]);
/**
 * Sectors whose speakers report violence rather than take sides in it: journalists and news
 * outlets (MED) and medics (HLH) saying people were killed accuse no one.
 */
const REPORTING_SECTORS = ["MED", "HLH"];

/**
 * "The US said that Iraq had attacked …": besides the reported attack, the speaker's statement
 * is an accusation (112) of the one said to have attacked — unless the speaker is that actor.
 */
export function accusations(
  doc: Doc,
  clause: Clause,
  actors: readonly Mention[],
  indexed: IndexedPattern,
): Draft[] {
  if (clause.attribution === null || !VIOLENT_ROOTS.has(indexed.pattern.code.slice(0, 2)))
    return [];
  const speakers = actorsOf(doc, clause.attribution.speaker, false);
  const trigger = tokenRange(doc, clause.attribution.cue);
  const drafts: Draft[] = [];
  for (const speaker of speakers) {
    if (REPORTING_SECTORS.some((s) => speaker.sectors.includes(s))) continue;
    for (const accused of actors) {
      const sameSide =
        accused.code === speaker.code ||
        accused.antecedent === speaker.index ||
        (accused.country !== null && accused.country === speaker.country);
      if (sameSide) continue;
      drafts.push({
        sentence: clause.sentence,
        clause: null,
        code: "112",
        actionCode: indexed.pattern.code,
        mode: "asserted",
        source: speaker.index,
        target: accused.index,
        trigger,
        rule: `${indexed.rule}+accused`,
        confidence: confidence(indexed, speaker, accused),
        governor: null,
      });
    }
  }
  return drafts;
}
