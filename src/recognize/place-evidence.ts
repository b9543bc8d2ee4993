/**
 * What one round of reading leaves as evidence for the next: the places the names were taken
 * to be (picks), each as sure as its lead over the next reading, and the near-best readings of
 * ambiguous names, each costed by how far below its name's best it scores.
 */

import type { Gazetteer, Place } from "../lexicon/gazetteer.js";
import { anchorWeight, type ContextPoint, isPoint, type Pick } from "./place-context.js";
import type { NameToRead } from "./place-disambiguate.js";
import { type Choice, isWellKnown, type Scored, topScore } from "./place-resolve.js";

/** A name whose best reading leads the next by this much is taken as settled. */
export const SETTLED_MARGIN = 2.5;
/** Towns of this many people may steer the reading of other names without a qualifier. */
const ANCHOR_POPULATION = 5000;
/** Readings this far below their name's best do not pull other names. */
const ALTERNATIVE_RANGE = 3;

/**
 * The places a document names, as evidence for its other names: not a name found inside a
 * longer phrase, and a reading that may steer others; a reading that barely beats the next
 * counts in proportion to its lead, so that two ambiguous names do not push each other back and
 * forth between two countries.
 */
export function picksOf(
  gazetteer: Gazetteer,
  names: readonly NameToRead[],
  choices: readonly (Choice | null)[],
): Pick[] {
  const picks: Pick[] = [];
  choices.forEach((choice, n) => {
    const name = names[n] as NameToRead;
    if (choice === null || name.weak) return;
    if (!isAnchor(gazetteer.place(choice.place), choice.qualified)) return;
    const sure = choice.qualified || name.refs.length === 1;
    const weight = sure ? 1 : Math.min(1, choice.margin / SETTLED_MARGIN);
    picks.push({ place: choice.place, key: name.key, weight });
  });
  return picks;
}

/**
 * Whether a reading may steer others: a village's name ("Baltic", Ohio; "Secretary", Maryland)
 * is more often a word or someone's name than the place, unless a qualifier says so.
 */
export function isAnchor(place: Place, qualified: boolean): boolean {
  return qualified || isWellKnown(place) || place.population >= ANCHOR_POPULATION;
}

/** Near-best readings of each name, costed by how far below its best they score. */
export function alternativesOf(
  gazetteer: Gazetteer,
  names: readonly NameToRead[],
  scored: readonly Scored[][],
): ContextPoint[] {
  const byKey = new Map<string, readonly Scored[]>();
  scored.forEach((readings, n) => {
    const name = names[n] as NameToRead;
    if (name.weak) return;
    const top = topScore(readings);
    const held = byKey.get(name.key);
    if (top !== null && (held === undefined || top > (topScore(held) ?? 0)))
      byKey.set(name.key, readings);
  });
  const points: ContextPoint[] = [];
  for (const [key, readings] of byKey) {
    const top = topScore(readings) ?? 0;
    for (const r of readings) {
      if (top - r.score > ALTERNATIVE_RANGE) continue;
      const place = gazetteer.place(r.place);
      if (!isPoint(place.feature) || !isAnchor(place, r.qualified)) continue;
      points.push({
        lat: place.lat,
        lon: place.lon,
        place: r.place,
        key,
        cost: top - r.score,
        weight: anchorWeight(place),
      });
    }
  }
  return points;
}
