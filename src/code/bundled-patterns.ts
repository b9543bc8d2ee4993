/**
 * The verb and noun patterns and the mode lexicon that ship with Harbinger, imported as JSON
 * modules (bundlers inline them; the core needs no file system), validated and indexed once.
 */

import yield08 from "../../data/patterns/08-yield.json" with { type: "json" };
import { buildPatternIndex, type PatternIndex } from "./pattern-index.js";

/** Pattern files by rule prefix: an event's rule reads `verbs/08-yield#withdraw-troops`. */
export const PATTERN_FILES: Readonly<Record<string, unknown>> = {
  "verbs/08-yield": yield08,
};

let bundled: PatternIndex | null = null;

export function bundledPatterns(): PatternIndex {
  bundled ??= buildPatternIndex(PATTERN_FILES);
  return bundled;
}
