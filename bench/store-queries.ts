/**
 * The common `harbinger events` filters the query benchmark times, each with parameters drawn
 * afresh for every run (a popular or a rare actor, a week anywhere in three years …), so the
 * figure covers the spread of what analysts ask rather than one cached answer.
 */

import type { EventFilter } from "../src/store/store.js";
import { actorCode, PLACES, random } from "./store-synthetic.js";

export interface QueryCase {
  readonly name: string;
  filter(rand: () => number): EventFilter;
}

const ROOTS = ["01", "02", "04", "05", "07", "11", "12", "13", "14", "17", "18", "19", "20"];
const day = (rand: () => number) =>
  new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * 1090) * 86_400_000)
    .toISOString()
    .slice(0, 10);
const plus = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const country = (rand: () => number) => actorCode(rand).slice(0, 3);
const pick = <T>(rand: () => number, list: readonly T[]) =>
  list[Math.floor(rand() * list.length)] as T;

export const QUERY_CASES: readonly QueryCase[] = [
  { name: "first page, no filter", filter: () => ({}) },
  { name: "actor", filter: (r) => ({ actor: country(r) }) },
  { name: "actor code", filter: (r) => ({ actor: actorCode(r) }) },
  { name: "source and target", filter: (r) => ({ source: country(r), target: country(r) }) },
  { name: "country", filter: (r) => ({ country: country(r) }) },
  { name: "CAMEO root", filter: (r) => ({ cameo: pick(r, ROOTS) }) },
  {
    name: "CAMEO code",
    filter: (r) => ({ cameo: pick(r, ["190", "0874", "1312", "173", "042"]) }),
  },
  { name: "QuadClass", filter: (r) => ({ quad: 1 + Math.floor(r() * 4) }) },
  {
    name: "mode",
    filter: (r) => ({ mode: pick(r, ["negated", "intended", "demanded"] as const) }),
  },
  {
    name: "date range (7 days)",
    filter: (r) => {
      const since = day(r);
      return { since, until: plus(since, 6) };
    },
  },
  { name: "place name", filter: (r) => ({ place: pick(r, PLACES).name }) },
  {
    name: "bounding box",
    filter: (r) => {
      const { lat, lon } = pick(r, PLACES);
      return { bbox: { minLon: lon - 5, minLat: lat - 5, maxLon: lon + 5, maxLat: lat + 5 } };
    },
  },
  { name: "minimum sources", filter: (r) => ({ minSources: 2 + Math.floor(r() * 3) }) },
  {
    name: "actor + root + 90 days",
    filter: (r) => {
      const since = day(r);
      return { actor: country(r), cameo: pick(r, ROOTS), since, until: plus(since, 89) };
    },
  },
  {
    name: "one row per cluster, country",
    filter: (r) => ({ country: country(r), firstMentions: true }),
  },
];

/** Parameters for run `i` of a case: the same sequence on every engine. */
export function caseRandom(caseIndex: number, run: number): () => number {
  return random(7919 * (caseIndex + 1) + run);
}
