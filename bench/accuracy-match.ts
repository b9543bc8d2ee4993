/**
 * When a predicted event counts as an expected PETRARCH coding. The main rule is the one the
 * PETRARCH community reports: same event code at the 3-digit level and compatible actors at the
 * country level. Stricter and looser rules are kept beside it so that the report shows how much
 * of the score comes from event codes and how much from actors, and the actors-only rule shows
 * how much of it the syntax (source and target choice) would allow.
 */

import type { ExpectedCoding } from "./accuracy-petrarch-records.js";
import type { PredictedEvent } from "./accuracy-predict.js";

export interface MatchRule {
  readonly name: string;
  readonly description: string;
  readonly matches: (expected: ExpectedCoding, predicted: PredictedEvent) => boolean;
}

/** First 3 digits ("0352" → "035"); a 2-digit root is compared as itself. */
const code3 = (code: string) => code.slice(0, 3);
const root = (code: string) => code.slice(0, 2);

/** Country (or IGO, NGO …) level: first 3 letters; a missing actor on either side matches anything. */
function compatible(expected: string | null, predicted: string | null): boolean {
  if (expected === null || predicted === null) return true;
  return expected.slice(0, 3) === predicted.slice(0, 3);
}

/** Country level, but an expected actor must be predicted; only "---" matches anything. */
function present(expected: string | null, predicted: string | null): boolean {
  return (
    expected === null || (predicted !== null && expected.slice(0, 3) === predicted.slice(0, 3))
  );
}

/** Full codes; only an unspecified expected actor ("---") matches anything, a missing prediction does not. */
function exact(expected: string | null, predicted: string | null): boolean {
  return expected === null || expected === predicted;
}

const actorsCompatible = (x: ExpectedCoding, p: PredictedEvent) =>
  compatible(x.source, p.source) && compatible(x.target, p.target);

export const MATCH_RULES: readonly MatchRule[] = [
  {
    name: "code3",
    description: "3-digit code, actors' first 3 letters compatible",
    matches: (x, p) => code3(x.event) === code3(p.code) && actorsCompatible(x, p),
  },
  {
    name: "exact",
    description: "full code, full actor codes",
    matches: (x, p) => x.event === p.code && exact(x.source, p.source) && exact(x.target, p.target),
  },
  {
    name: "root",
    description: "2-digit root, actors' first 3 letters compatible",
    matches: (x, p) => root(x.event) === root(p.code) && actorsCompatible(x, p),
  },
  {
    name: "code3NoActors",
    description: "3-digit code, actors ignored",
    matches: (x, p) => code3(x.event) === code3(p.code),
  },
  {
    // Isolates syntax handling: who acted on whom, whatever the pattern coded. Without the code,
    // a missing actor may not match anything, or any event of the right source would count.
    name: "actorsOnly",
    description: "actors' first 3 letters equal, an expected actor must be there; code ignored",
    matches: (x, p) => present(x.source, p.source) && present(x.target, p.target),
  },
];
