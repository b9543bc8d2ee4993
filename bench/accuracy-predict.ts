/**
 * Codes one gold sentence and flattens the result into the few fields the accuracy parts score:
 * event code, mode, source and target actor codes, confidence, trigger offset and penta-class.
 * A crash of the coder is caught here and returned as an error, so that one bad sentence is
 * counted in the report instead of ending the benchmark.
 */

import type { Coder } from "../src/coder.js";
import type { Doc, EventMode } from "../src/model/doc.js";

export interface PredictedEvent {
  readonly code: string;
  /** The code as the pattern gave it, before recoding for mode (a promised attack's 190). */
  readonly actionCode: string;
  readonly mode: EventMode;
  /** CAMEO actor codes of the source and target mentions; null when absent or a place. */
  readonly source: string | null;
  readonly target: string | null;
  readonly confidence: number;
  readonly triggerStart: number;
  readonly penta: number;
}

export type Prediction =
  | { readonly events: readonly PredictedEvent[] }
  | { readonly error: string };

/** A sentence the coder crashed on, for the report. */
export interface CoderError {
  readonly part: string;
  readonly id: string;
  readonly text: string;
  readonly message: string;
}

/**
 * `penta: false` leaves the contract out (penta-class -1): patterns with codes outside CAMEO's
 * table, such as PETRARCH's validation dictionary, would make the contract writer throw.
 */
export interface PredictOptions {
  readonly penta?: boolean;
}

/** The scored fields of an analysed document's events. */
export function flatten(coder: Coder, doc: Doc, options: PredictOptions = {}): PredictedEvent[] {
  // The contract is written from the same Doc, event for event, and carries the penta-class
  // from the CAMEO table: the benchmark scores what a caller of `code()` would see.
  const contract = options.penta === false ? null : coder.toContract(doc);
  const actor = (mention: number | null) =>
    mention === null ? null : (doc.mentions[mention]?.code ?? null);
  return doc.events.map((e, i) => ({
    code: e.code,
    actionCode: e.actionCode,
    mode: e.mode,
    source: actor(e.source),
    target: actor(e.target),
    confidence: e.confidence,
    triggerStart: e.trigger.start,
    penta: contract?.events[i]?.penta ?? -1,
  }));
}

export function predict(
  coder: Coder,
  text: string,
  date: string | undefined,
  options: PredictOptions = {},
): Prediction {
  try {
    const doc = coder.analyze(date === undefined ? { text } : { text, date });
    return { events: flatten(coder, doc, options) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
