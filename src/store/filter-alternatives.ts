/**
 * Filters that match when any one of several indexed columns holds a value: an actor is the
 * source or the target, a country is an actor's or the location's. A single query with OR makes the engine gather every match and sort it,
 * which is slow for common actors; instead the query reads each alternative through its own
 * (column, date) index, in date order and only as far as the page needs, and merges them.
 */

import type { EventFilter } from "./store.js";

export type AlternativeColumn =
  | "source_code"
  | "source_group"
  | "target_code"
  | "target_group"
  | "location_country";

export type Alternative = readonly [AlternativeColumn, string | number];
export type AlternativeGroup = readonly Alternative[];

/** Merged branches at most; further groups are tested inside each branch instead. */
const MAX_BRANCHES = 16;

/** A three-letter value names a country or group (RUS, IGO), a longer one an actor code. */
const side = (prefix: "source" | "target", value: string): Alternative =>
  value.length === 3 ? [`${prefix}_group`, value] : [`${prefix}_code`, value];

export function alternativeGroups(filter: EventFilter): AlternativeGroup[] {
  const groups: AlternativeGroup[] = [];
  if (filter.source !== undefined) groups.push([side("source", filter.source)]);
  if (filter.target !== undefined) groups.push([side("target", filter.target)]);
  if (filter.actor !== undefined) {
    groups.push([side("source", filter.actor), side("target", filter.actor)]);
  }
  if (filter.country !== undefined) {
    const c = filter.country;
    groups.push([
      ["source_group", c],
      ["target_group", c],
      ["location_country", c],
    ]);
  }
  return groups;
}

/**
 * Which groups drive the merge (their combinations become branches) and which are tested as
 * plain ORs. Groups are taken in order while the number of branches stays small.
 */
export function splitGroups(groups: readonly AlternativeGroup[]): {
  branches: Alternative[][];
  tested: AlternativeGroup[];
} {
  let branches: Alternative[][] = [[]];
  const tested: AlternativeGroup[] = [];
  for (const group of groups) {
    if (branches.length * group.length > MAX_BRANCHES) {
      tested.push(group);
      continue;
    }
    branches = branches.flatMap((branch) => group.map((alt) => [...branch, alt]));
  }
  return { branches: groups.length === tested.length ? [] : branches, tested };
}
