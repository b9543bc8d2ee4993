/**
 * The verb and noun patterns that ship with Harbinger, one file per CAMEO root, imported as JSON
 * modules (bundlers inline them; the core needs no file system), validated and indexed once.
 */

import p01 from "../../data/patterns/01-statements.json" with { type: "json" };
import p02 from "../../data/patterns/02-appeals.json" with { type: "json" };
import p03 from "../../data/patterns/03-intent.json" with { type: "json" };
import p04 from "../../data/patterns/04-consult.json" with { type: "json" };
import p05 from "../../data/patterns/05-diplomatic.json" with { type: "json" };
import p06 from "../../data/patterns/06-material.json" with { type: "json" };
import p07 from "../../data/patterns/07-aid.json" with { type: "json" };
import p08 from "../../data/patterns/08-yield.json" with { type: "json" };
import p09 from "../../data/patterns/09-investigate.json" with { type: "json" };
import p10 from "../../data/patterns/10-demand.json" with { type: "json" };
import p11 from "../../data/patterns/11-disapprove.json" with { type: "json" };
import p12 from "../../data/patterns/12-reject.json" with { type: "json" };
import p13 from "../../data/patterns/13-threaten.json" with { type: "json" };
import p14 from "../../data/patterns/14-protest.json" with { type: "json" };
import p15 from "../../data/patterns/15-force-posture.json" with { type: "json" };
import p16 from "../../data/patterns/16-reduce-relations.json" with { type: "json" };
import p17 from "../../data/patterns/17-coerce.json" with { type: "json" };
import p18 from "../../data/patterns/18-assault.json" with { type: "json" };
import p19 from "../../data/patterns/19-fight.json" with { type: "json" };
import p20 from "../../data/patterns/20-mass-violence.json" with { type: "json" };
import { buildPatternIndex, type PatternIndex } from "./pattern-index.js";

/** Pattern files by rule prefix: an event's rule reads `verbs/08-yield#withdraw-troops`. */
export const PATTERN_FILES: Readonly<Record<string, unknown>> = {
  "verbs/01-statements": p01,
  "verbs/02-appeals": p02,
  "verbs/03-intent": p03,
  "verbs/04-consult": p04,
  "verbs/05-diplomatic": p05,
  "verbs/06-material": p06,
  "verbs/07-aid": p07,
  "verbs/08-yield": p08,
  "verbs/09-investigate": p09,
  "verbs/10-demand": p10,
  "verbs/11-disapprove": p11,
  "verbs/12-reject": p12,
  "verbs/13-threaten": p13,
  "verbs/14-protest": p14,
  "verbs/15-force-posture": p15,
  "verbs/16-reduce-relations": p16,
  "verbs/17-coerce": p17,
  "verbs/18-assault": p18,
  "verbs/19-fight": p19,
  "verbs/20-mass-violence": p20,
};

let bundled: PatternIndex | null = null;

export function bundledPatterns(): PatternIndex {
  bundled ??= buildPatternIndex(PATTERN_FILES);
  return bundled;
}
