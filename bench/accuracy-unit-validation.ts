/**
 * Part 3b: the PETRARCH unit-test records coded with PETRARCH's own validation dictionaries —
 * its verb patterns converted to Harbinger patterns, its agents added to the bundled and
 * fictional actors — so that what is scored is syntax handling (compound actors, passives,
 * agents, nested clauses), not whether Harbinger's CAMEO patterns agree with a test vocabulary.
 * Codes are scored as the patterns gave them, before Harbinger's recoding for mode, and without
 * the output contract, which would reject the dictionary's non-CAMEO codes (345, 903, 1717).
 */

import { createCoder } from "../src/coder.js";
import { displayName, fictionalLexicon } from "./accuracy-fictional-actors.js";
import { type MissAnalysis, missReasons } from "./accuracy-miss-reasons.js";
import { type PetrarchResult, type RunOptions, runPetrarchPart } from "./accuracy-petrarch.js";
import type { PetrarchRecord } from "./accuracy-petrarch-records.js";
import { parseTabariActors } from "./accuracy-tabari-actors.js";
import {
  parseValidationAgents,
  type ValidationAgents,
  withValidationAgents,
} from "./accuracy-validation-agents.js";
import { type ConversionSummary, convertValidationVerbs } from "./accuracy-validation-patterns.js";
import { parseVerbDictionary } from "./accuracy-validation-verbs.js";

export interface ValidationRun {
  readonly result: PetrarchResult;
  readonly conversion: ConversionSummary;
  readonly agents: ValidationAgents;
  readonly misses: MissAnalysis;
  readonly setupSeconds: number;
}

const OPTIONS: RunOptions = { penta: false, actionCodes: true };

/** Every name the actor file gives a code, by the code's first three letters, dated codes too. */
function namesByCode(actorsContent: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const actor of parseTabariActors(actorsContent)) {
    for (const { code } of actor.codes) {
      if (!/^[A-Z]{3}/.test(code)) continue;
      const list = out.get(code.slice(0, 3)) ?? [];
      list.push(...actor.names.map(displayName).filter((n) => /\p{L}/u.test(n)));
      out.set(code.slice(0, 3), list);
    }
  }
  return out;
}

export async function runValidationPart(
  records: readonly PetrarchRecord[],
  files: { readonly actors: string; readonly verbs: string; readonly agents: string },
): Promise<ValidationRun> {
  const started = performance.now();
  const { lexicon } = fictionalLexicon(files.actors);
  const agents = parseValidationAgents(files.agents, lexicon);
  const { index, summary, lemmas } = convertValidationVerbs(parseVerbDictionary(files.verbs));
  const coder = await createCoder({
    actors: withValidationAgents(lexicon, agents.agents),
    patterns: index,
  });
  const setupSeconds = (performance.now() - started) / 1000;
  const result = runPetrarchPart(coder, records, "unit-validation", OPTIONS);
  const misses = missReasons(coder, records, OPTIONS, {
    index,
    lemmas,
    names: namesByCode(files.actors),
  });
  return { result, conversion: summary, agents, misses, setupSeconds };
}
