/**
 * The vocabulary of the miss diagnostics: what kind of problem a miss is, what one diagnosis
 * says, and what the diagnosis needs besides the analysed sentence.
 */

import type { PatternIndex } from "../src/code/pattern-index.js";

/**
 * Whose problem a miss is: the parse or role choice (syntax), actor recognition (actors), what
 * Harbinger patterns cannot say (conversion), a deliberate difference from PETRARCH (design), or
 * a mode the scoring does not count (mode).
 */
export type MissKind = "syntax" | "actors" | "conversion" | "design" | "mode";

/** What the diagnosis needs besides the document. */
export interface MissContext {
  readonly index: PatternIndex;
  /** Every verb lemma of the dictionary, converted or not. */
  readonly lemmas: ReadonlySet<string>;
  /** Names by the first three letters of their codes ("GON" → ["Gondor", "Minas Tirith" …]). */
  readonly names: ReadonlyMap<string, readonly string[]>;
}

export interface Diagnosis {
  readonly kind: MissKind;
  readonly reason: string;
  readonly detail: string;
}

/** Trouble with an expected actor: a choice among recognised actors is syntax, else actors. */
export interface ActorTrouble {
  readonly kind: MissKind;
  readonly text: string;
}
