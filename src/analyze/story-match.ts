/**
 * The story-cluster rule: when two coded reports describe the same real-world event. Reports
 * match when they name the same two actors (whichever of them acted: "Russia accused Ukraine"
 * and "Ukraine was accused by Russia" are one story), fall in the same CAMEO root family, are
 * dated within a few days of each other, place the event compatibly when both place it, and
 * make the same kind of claim about it (that it happened, that it did not, that it is intended,
 * hypothetical or demanded: a threatened invasion is not a report of the invasion).
 * Pure: the store looks candidates up and asks this rule which one, if any, a report joins.
 */

import type { EventMode, EventOut } from "../model/contract.js";
import { daysBetween } from "./calendar-days.js";
import { kmBetween } from "./geo-distance.js";

export interface StoryPlace {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
}

/** What a report claims about the event: "asserted" and "reported" both say it happened. */
export type StoryClaim = "happened" | Exclude<EventMode, "asserted" | "reported">;

export function claimOf(mode: EventMode): StoryClaim {
  return mode === "asserted" || mode === "reported" ? "happened" : mode;
}

export interface StoryKey {
  readonly root: string;
  readonly claim: StoryClaim;
  /** The two actor codes in sorted order, "" for a missing side: the pair, not the roles. */
  readonly actors: readonly [string, string];
  /** `YYYY-MM-DD`; a report without any date joins no story. */
  readonly date: string | null;
  readonly place: StoryPlace | null;
}

export interface StoryRule {
  /** Largest gap in days between two reports of one event. */
  readonly windowDays: number;
  /** Largest distance in km between two places given for one event. */
  readonly maxKm: number;
}

export const STORY_RULE: StoryRule = { windowDays: 2, maxKm: 100 };

/** The actor pair as stored and compared: sorted, so the roles do not matter. */
export function actorPair(source: string | null, target: string | null): [string, string] {
  const a = source ?? "";
  const b = target ?? "";
  return a <= b ? [a, b] : [b, a];
}

/** The matching key of one coded event; the article's date stands in for an undated event. */
export function storyKey(event: EventOut, articleDate: string | null): StoryKey {
  return {
    root: event.root,
    claim: claimOf(event.mode),
    actors: actorPair(event.source?.code ?? null, event.target?.code ?? null),
    date: event.date ?? articleDate,
    place: event.location,
  };
}

/** Two places fit one event when they are in the same country (if both say) and close by. */
export function placesCompatible(a: StoryPlace, b: StoryPlace, maxKm: number): boolean {
  if (a.country !== null && b.country !== null && a.country !== b.country) return false;
  if (a.name.toLowerCase() === b.name.toLowerCase()) return true;
  return kmBetween(a, b) <= maxKm;
}

export function sameStory(a: StoryKey, b: StoryKey, rule: StoryRule = STORY_RULE): boolean {
  if (a.date === null || b.date === null) return false;
  if (a.root !== b.root || a.claim !== b.claim) return false;
  if (a.actors[0] !== b.actors[0] || a.actors[1] !== b.actors[1]) return false;
  if (Math.abs(daysBetween(a.date, b.date)) > rule.windowDays) return false;
  return a.place === null || b.place === null || placesCompatible(a.place, b.place, rule.maxKm);
}

export interface StoryCandidate {
  readonly id: string;
  readonly key: StoryKey;
}

/**
 * The story a report joins: among the matching candidates the one dated closest to it, the
 * smallest id on a tie, so the choice does not depend on the order the store returned them.
 */
export function bestStory<T extends StoryCandidate>(
  key: StoryKey,
  candidates: Iterable<T>,
  rule: StoryRule = STORY_RULE,
): T | undefined {
  let best: T | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (!sameStory(key, candidate.key, rule)) continue;
    const gap = Math.abs(daysBetween(key.date as string, candidate.key.date as string));
    if (gap < bestGap || (gap === bestGap && best !== undefined && candidate.id < best.id)) {
      best = candidate;
      bestGap = gap;
    }
  }
  return best;
}
