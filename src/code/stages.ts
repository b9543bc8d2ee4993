/** The event-coding stage, given the pattern index and the mode lexicon. */

import type { Stage } from "../pipeline/stage.js";
import { codeEvents } from "./code-events.js";
import type { Modality } from "./modality.js";
import type { PatternIndex } from "./pattern-index.js";

export function codeStages(patterns: PatternIndex, modality: Modality): Stage[] {
  return [
    {
      name: "events",
      needs: ["clauses", "mentions", "coreference"],
      sets: ["events"],
      run: (doc) => codeEvents(doc, patterns, modality),
    },
  ];
}
