/**
 * Which clauses give background rather than state events: relative clauses and what is
 * coordinated with them, and clauses set in another time ("five years after crowds trashed its
 * embassy"). The event coder skips them.
 */

import type { Clause, Doc } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { isPos, lemma, lower } from "../text/token-tests.js";

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
export function isBackground(doc: Doc, clause: Clause): boolean {
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
