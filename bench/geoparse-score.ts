/**
 * Geoparsing measures: toponym span precision, recall and F1 (a predicted place matches a gold
 * toponym whose span it overlaps), and geocoding error — accuracy@161 km, mean and median error
 * in km — over all gold toponyms (an unrecognised one counts as a miss beyond 161 km, at the
 * far side of the earth) and over the recognised ones.
 */

import { distanceKm } from "../src/recognize/place-context.js";

export interface PredictedPlace {
  readonly start: number;
  readonly end: number;
  readonly lat: number;
  readonly lon: number;
}

export interface GoldPlace extends PredictedPlace {
  readonly phrase: string;
}

export interface Tally {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  errors: number[];
}

export const newTally = (): Tally => ({
  gold: 0,
  predicted: 0,
  matchedGold: 0,
  matchedPredicted: 0,
  errors: [],
});

/** Adds one article; returns the gold toponyms missed or resolved beyond 161 km, for inspection. */
export function scoreArticle(
  tally: Tally,
  gold: readonly GoldPlace[],
  predicted: readonly PredictedPlace[],
): { missed: GoldPlace[]; far: { gold: GoldPlace; km: number }[] } {
  const missed: GoldPlace[] = [];
  const far: { gold: GoldPlace; km: number }[] = [];
  const used = new Set<number>();
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const g of gold) {
    const n = predicted.findIndex((p) => p.start < g.end && g.start < p.end);
    if (n < 0) {
      missed.push(g);
      continue;
    }
    used.add(n);
    tally.matchedGold++;
    const p = predicted[n] as PredictedPlace;
    const km = distanceKm(g.lat, g.lon, p.lat, p.lon);
    tally.errors.push(km);
    if (km > 161) far.push({ gold: g, km });
  }
  tally.matchedPredicted += used.size;
  return { missed, far };
}

export interface GeoFigures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accAll: number;
  readonly accRecognised: number;
  readonly meanKmRecognised: number;
  readonly medianKmRecognised: number;
  readonly meanKmAll: number;
  readonly medianKmAll: number;
}

/** Half the earth's circumference: the error charged for a toponym not recognised at all. */
const MISS_KM = 20_037;

export function figures(t: Tally): GeoFigures {
  const precision = t.matchedPredicted / Math.max(t.predicted, 1);
  const recall = t.matchedGold / Math.max(t.gold, 1);
  const within = t.errors.filter((km) => km <= 161).length;
  const all = [...t.errors, ...new Array<number>(t.gold - t.matchedGold).fill(MISS_KM)];
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(precision + recall, 1e-9),
    accAll: within / Math.max(t.gold, 1),
    accRecognised: within / Math.max(t.errors.length, 1),
    meanKmRecognised: mean(t.errors),
    medianKmRecognised: median(t.errors),
    meanKmAll: mean(all),
    medianKmAll: median(all),
  };
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
