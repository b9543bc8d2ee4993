/**
 * "London, Ontario", "Churchill, Man.", "Avdiivka, Donetsk Oblast", "Paris, Texas": a place name
 * followed by a comma and the name of a division or country says which place it is. A town the
 * gazetteer lacks in that division ("HOLLIDAY, Mo.") is at least in the division.
 */

import type { Gazetteer } from "../lexicon/gazetteer.js";
import type { Doc } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import type { PlaceCandidate } from "./place-candidates.js";
import type { Qualifier } from "./place-resolve.js";

/** Candidate index → the qualifier that follows it. */
export function findQualifiers(
  doc: Doc,
  candidates: readonly PlaceCandidate[],
  gazetteer: Gazetteer,
): Map<number, Qualifier> {
  const qualifiers = new Map<number, Qualifier>();
  for (let n = 0; n + 1 < candidates.length; n++) {
    const place = candidates[n] as PlaceCandidate;
    const next = candidates[n + 1] as PlaceCandidate;
    if (place.adjectival || next.adjectival) continue;
    if (lower(doc, place.endToken) !== "," || next.firstToken !== place.endToken + 1) continue;
    const countries = new Set<string>();
    const admin1s = new Set<string>();
    const areas: number[] = [];
    const refs =
      next.fixed >= 0
        ? [next.fixed, ...next.refs.map((r) => r.place)]
        : next.refs.map((r) => r.place);
    for (const index of refs) {
      const p = gazetteer.place(index);
      if (p.country === null) continue;
      if (p.feature.startsWith("PCL")) countries.add(p.country);
      else if (p.feature === "ADM1" && p.admin1 !== null) admin1s.add(`${p.country}.${p.admin1}`);
      else continue;
      areas.push(index);
    }
    if (countries.size === 0 && admin1s.size === 0) continue;
    const area = areas.length === 1 && !continuesList(doc, candidates, n + 1) ? areas[0] : null;
    qualifiers.set(n, { countries, admin1s, area: area ?? null });
  }
  return qualifiers;
}

/**
 * "Boston, Washington and Chicago": a name followed by another place in a list is one of a
 * series, and the list may not be a qualifier at all.
 */
function continuesList(doc: Doc, candidates: readonly PlaceCandidate[], n: number): boolean {
  const end = (candidates[n] as PlaceCandidate).endToken;
  const after = candidates[n + 1];
  if (after === undefined) return false;
  const joint = lower(doc, end);
  return (
    (joint === "," || joint === "and" || joint === "or") &&
    (after.firstToken === end + 1 ||
      (lower(doc, end + 1) === "and" && after.firstToken === end + 2))
  );
}
