/**
 * Which way in time a clause looks, from its verb group: "On Saturday" in a past-tense clause
 * is the Saturday before the article date, in a future-tense clause the one after. A present
 * tense says nothing (headlines tell past events in the present), so the nearest day is taken.
 */

import type { Doc, VerbGroup } from "../model/doc.js";
import { lower } from "../text/token-tests.js";

export type Direction = "past" | "future" | "nearest";

/** Modals that look ahead: "could" also tells of past ability ("could not resolve"), so not it. */
const FORWARD_MODALS = new Set(["can", "may", "might", "must", "should", "would", "ought", "'d"]);

/** The direction of the clause's time: its own verb group, or its governor's for infinitives. */
export function directionOf(doc: Doc, clause: number | null, depth = 0): Direction {
  // Governor chains are short; the bound keeps a malformed chain from recursing for ever.
  if (clause === null || depth > 8) return "nearest";
  const c = doc.clauses[clause];
  const group = c === undefined || c.verb === null ? undefined : doc.verbGroups[c.verb];
  if (c === undefined || group === undefined) return "nearest";
  if (!group.nonFinite) return finiteDirection(group);
  // "sought to reassure … on Saturday" looks back, "plans to visit on Monday" ahead, and so
  // does "were expected to arrive on Friday" or "advisers due to meet on Thursday".
  if (c.parent === null || FORWARD_WORDS.has(lower(doc, group.firstToken - 1))) return "future";
  const governor = doc.clauses[c.parent];
  const governing = governor?.verb == null ? undefined : doc.verbGroups[governor.verb];
  if (governing !== undefined && FORWARD_WORDS.has(governing.lemma)) return "future";
  return directionOf(doc, c.parent, depth + 1) === "past" ? "past" : "future";
}

/** Words after which an infinitive lies ahead of them, whatever their own tense. */
const FORWARD_WORDS = new Set([
  "due",
  "set",
  "expected",
  "scheduled",
  "planned",
  "going",
  "about",
  "expect",
  "plan",
  "intend",
  "schedule",
  "hope",
  "aim",
  "promise",
  "pledge",
  "vow",
  "agree",
  "prepare",
  "want",
  "threaten",
  "decide",
  "arrange",
  "propose",
  "offer",
]);

function finiteDirection(group: VerbGroup): Direction {
  if (group.future) return "future";
  if (group.perfect) return "past";
  if (group.modal !== null) return FORWARD_MODALS.has(group.modal) ? "future" : "nearest";
  if (group.tense === "past") return "past";
  // "are meeting on Monday": a present progressive with a day named is an arrangement.
  if (group.tense === "present" && group.progressive) return "future";
  return "nearest";
}
