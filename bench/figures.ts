/**
 * Turns raw measurements (counts, bytes, seconds, peak RSS) into the figures the bench reports:
 * rates per second and throughput relative to the two wink-nlp baselines.
 */

import type { Phase } from "./phases.js";

/** 1 MB = 10^6 bytes of UTF-8 article text. */
const BYTES_PER_MB = 1e6;

export interface Measurement {
  readonly phase: Phase;
  readonly label: string;
  readonly articles: number;
  readonly sentences: number;
  readonly tokens: number;
  /** The phase whose sentence and token counts these are (its own, or the analyze phase's). */
  readonly unitsFrom: Phase;
  readonly bytes: number;
  readonly seconds: number;
  readonly maxRssKb: number | null;
}

export interface Figures extends Measurement {
  readonly articlesPerS: number;
  readonly sentencesPerS: number;
  readonly tokensPerS: number;
  readonly mbPerS: number;
  /** MB/s of this phase over MB/s of baseline A or B; null for the baselines themselves. */
  readonly ratioVsA: number | null;
  readonly ratioVsB: number | null;
  readonly peakRssMb: number | null;
}

export function toFigures(measurements: readonly Measurement[]): Figures[] {
  const mbPerS = (m: Measurement) => m.bytes / BYTES_PER_MB / m.seconds;
  const a = measurements.find((m) => m.phase === "baseline-a");
  const b = measurements.find((m) => m.phase === "baseline-b");
  const isBaseline = (m: Measurement) => m.phase === "baseline-a" || m.phase === "baseline-b";
  return measurements.map((m) => ({
    ...m,
    articlesPerS: m.articles / m.seconds,
    sentencesPerS: m.sentences / m.seconds,
    tokensPerS: m.tokens / m.seconds,
    mbPerS: mbPerS(m),
    ratioVsA: a === undefined || isBaseline(m) ? null : mbPerS(m) / mbPerS(a),
    ratioVsB: b === undefined || isBaseline(m) ? null : mbPerS(m) / mbPerS(b),
    // process.resourceUsage().maxRSS is in KiB (libuv converts macOS bytes), shown here as MiB.
    peakRssMb: m.maxRssKb === null ? null : m.maxRssKb / 1024,
  }));
}

export function toMb(bytes: number): number {
  return bytes / BYTES_PER_MB;
}
