/**
 * Codes one gold sentence and flattens the result into the few fields the accuracy parts score:
 * event code, mode, source and target actor codes, confidence, trigger offset and penta-class.
 * A crash of the coder is caught here and returned as an error, so that one bad sentence is
 * counted in the report instead of ending the benchmark.
 */

import type { Coder } from "../src/coder.js";
import type { EventMode } from "../src/model/doc.js";

export interface PredictedEvent {
  readonly code: string;
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

export function predict(coder: Coder, text: string, date: string | undefined): Prediction {
  try {
    const doc = coder.analyze(date === undefined ? { text } : { text, date });
    // The contract is written from the same Doc, event for event, and carries the penta-class
    // from the CAMEO table: the benchmark scores what a caller of `code()` would see.
    const contract = coder.toContract(doc);
    const actor = (mention: number | null) =>
      mention === null ? null : (doc.mentions[mention]?.code ?? null);
    return {
      events: doc.events.map((e, i) => ({
        code: e.code,
        mode: e.mode,
        source: actor(e.source),
        target: actor(e.target),
        confidence: e.confidence,
        triggerStart: e.trigger.start,
        penta: contract.events[i]?.penta ?? -1,
      })),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
