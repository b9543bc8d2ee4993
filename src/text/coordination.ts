/**
 * Which earlier clause a coordinated verb ("… and rejected calls for talks") joins. The nearest
 * clause of the main line is the usual answer, but the verb's form must agree with it: a
 * tensed verb cannot continue an infinitive, and a bare verb cannot continue a past one.
 */

import type { Clause, Doc, VerbGroup } from "../model/doc.js";
import { groupOf, type MutableClause } from "./clause-arguments.js";
import { lower } from "./token-tests.js";

/** Clauses a tensed coordinated verb may continue when infinitives stand in between. */
const MAIN_LINE = new Set<Clause["kind"]>(["main", "complement", "coordinate"]);
const MODALS = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
]);

/**
 * The clause a coordinated verb group joins, given the nearest earlier clause of the main line
 * (`nearest`):
 * - "ordered the police to shoot and rejected calls for talks": a tensed verb skips the
 *   infinitives before it and joins the nearest tensed clause ("ordered");
 * - "published treaties that would bar enlargement and pull forces back": a bare verb after a
 *   relative clause with a modal continues that relative clause, not a past main verb.
 */
export function coordinationParent(
  doc: Doc,
  group: VerbGroup,
  earlier: readonly MutableClause[],
  nearest: MutableClause,
): MutableClause {
  const previous = earlier.at(-1);
  if (isBare(doc, group)) {
    if (
      previous !== undefined &&
      (previous.kind === "relative" || previous.kind === "reduced-relative") &&
      hasModal(doc, previous) &&
      !isBareClause(doc, nearest)
    ) {
      return previous;
    }
    return nearest;
  }
  if (nearest.kind === "nonfinite" && !lower(doc, group.head).endsWith("ing")) {
    // A simple past ("and demanded") does not continue "would be forced to respond" either.
    const simplePast = group.firstToken === group.head;
    const tensed = earlier.findLast(
      (c) => MAIN_LINE.has(c.kind) && !(simplePast && hasModal(doc, c)),
    );
    if (tensed !== undefined) return tensed;
  }
  return nearest;
}

/** A single bare verb with no auxiliary: "pull", "stop" (not "pulled", "pulls", "has pulled"). */
function isBare(doc: Doc, group: VerbGroup): boolean {
  return (
    group.firstToken === group.head &&
    group.negation === null &&
    lower(doc, group.head) === group.lemma.toLowerCase()
  );
}

function isBareClause(doc: Doc, clause: Clause): boolean {
  const group = groupOf(doc, clause);
  return group !== undefined && isBare(doc, group);
}

/** "that would bar …", "which could pull …": the clause's verb group carries a modal. */
function hasModal(doc: Doc, clause: Clause): boolean {
  const group = groupOf(doc, clause);
  if (group === undefined) return false;
  if (group.modal !== null || group.future) return true;
  for (let t = group.firstToken; t < group.endToken; t++)
    if (MODALS.has(lower(doc, t))) return true;
  return false;
}
