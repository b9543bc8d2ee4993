/**
 * A pipeline stage: a small named function over the Doc that declares what it needs and what it
 * sets, so the pipeline can check the order when it is built rather than fail on some document.
 */

import type { Doc } from "../model/doc.js";

/** Names of Doc annotations that stages produce and consume. */
export type Annotation =
  | "tokens"
  | "sentences"
  | "chunks"
  | "verbGroups"
  | "clauses"
  | "mentions"
  | "coreference"
  | "events"
  | "times"
  | "quantities"
  | "eventDates"
  | "eventSizes"
  | "quotes"
  | "places"
  | "eventLocations";

export interface Stage {
  readonly name: string;
  readonly needs: readonly Annotation[];
  readonly sets: readonly Annotation[];
  run(doc: Doc): void;
}

/** Checks that every stage's needs are set by the document constructor or an earlier stage. */
export function checkStageOrder(
  stages: readonly Stage[],
  initial: readonly Annotation[] = ["tokens", "sentences"],
): void {
  const available = new Set<Annotation>(initial);
  for (const stage of stages) {
    const missing = stage.needs.filter((need) => !available.has(need));
    if (missing.length > 0) {
      throw new Error(
        `pipeline stage "${stage.name}" needs ${missing.join(", ")}, which no earlier stage sets`,
      );
    }
    for (const set of stage.sets) available.add(set);
  }
}
