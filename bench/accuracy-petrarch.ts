/**
 * Parts 2 and 3: PETRARCH-style scoring of records with expected codings. Per record, an
 * expected coding is correct when some predicted event matches it, uncoded otherwise; a
 * predicted event that matches no expected coding is extra (on `noevents` records every
 * predicted event is extra). Totals are reported as PETRARCH reports them: correct and uncoded
 * as shares of expected codings, extra events as a share of records.
 */

import type { Coder } from "../src/coder.js";
import type { EventMode } from "../src/model/doc.js";
import { MATCH_RULES, type MatchRule } from "./accuracy-match.js";
import { ratio } from "./accuracy-metrics.js";
import type { PetrarchRecord } from "./accuracy-petrarch-records.js";
import { type CoderError, type PredictedEvent, predict } from "./accuracy-predict.js";

export interface ModeSet {
  readonly name: string;
  readonly modes: ReadonlySet<EventMode>;
}

/**
 * Which predicted events count. PETRARCH codes intents and demands as events in their own right
 * (03x, 10x, 13x …, and Harbinger recodes a promised action to those codes), so the main figures
 * count them; the factual set shows what only asserted and reported events give.
 */
export const MODE_SETS: readonly ModeSet[] = [
  { name: "withIntent", modes: new Set(["asserted", "reported", "intended", "demanded"]) },
  { name: "factual", modes: new Set(["asserted", "reported"]) },
];

export interface Score {
  readonly correct: number;
  readonly uncoded: number;
  readonly extra: number;
  readonly correctShare: number;
  readonly uncodedShare: number;
  /** Extra events per record (PETRARCH's "extra events as % of records", as a fraction). */
  readonly extraPerRecord: number;
  /** Extra events on records that expect none, and how many such records got no event at all. */
  readonly extraOnNoneRecords: number;
  readonly cleanNoneRecords: number;
  /**
   * Extra events that differ from an expected coding by convention only: an intended or demanded
   * act whose own code (before recoding to 03x/13x or 02x/10x) matches what the record expects,
   * where PETRARCH codes the act itself.
   */
  readonly extraIntentOrDemand: number;
  /** Extra reported acts on records whose every expected coding is matched (the statement). */
  readonly extraReportedBeside: number;
}

export interface CategoryScore {
  readonly category: string;
  readonly records: number;
  readonly expected: number;
  /** Under the main rule. */
  readonly correct: number;
  readonly extra: number;
  /** Correct codings under each match rule, by rule name. */
  readonly correctByRule: Readonly<Record<string, number>>;
}

export interface RunOptions {
  /** False for patterns whose codes are not in CAMEO's table (no penta-class, no contract). */
  readonly penta?: boolean;
  /**
   * Score the pattern's own code instead of the code recoded for mode: PETRARCH's validation
   * dictionary expects 064 for "is about to restore ties", where Harbinger recodes intents to 03x.
   */
  readonly actionCodes?: boolean;
}

/** An expected coding the main rule missed, with what the coder gave instead. */
export interface Miss {
  readonly id: string;
  readonly text: string;
  readonly expected: string;
  readonly predicted: readonly string[];
}

export interface PetrarchResult {
  readonly records: number;
  readonly expectedCodings: number;
  readonly noneRecords: number;
  readonly expectedErrorRecords: number;
  readonly datedRecords: number;
  /** `scores[modeSet][rule]`. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, Score>>>>;
  /** By record category, main mode set; `correct` under the main rule, `correctByRule` all. */
  readonly byCategory: readonly CategoryScore[];
  readonly misses: readonly Miss[];
  readonly errors: readonly CoderError[];
  readonly seconds: number;
  readonly sentencesPerSecond: number;
}

interface Coded {
  readonly record: PetrarchRecord;
  readonly events: readonly PredictedEvent[];
}

export const MAIN_RULE = MATCH_RULES[0] as MatchRule;
export const MAIN_MODES = MODE_SETS[0] as ModeSet;
const MISS_EXAMPLES = 8;

const show = (event: string, source: string | null, target: string | null) =>
  `${source ?? "---"} ${event} ${target ?? "---"}`;

function score(coded: readonly Coded[], modes: ModeSet, rule: MatchRule): Score {
  let expected = 0;
  let correct = 0;
  let extra = 0;
  let extraOnNone = 0;
  let cleanNone = 0;
  let intentOrDemand = 0;
  let reportedBeside = 0;
  for (const { record, events } of coded) {
    const counted = events.filter((e) => modes.modes.has(e.mode));
    expected += record.codings.length;
    const matched = record.codings.filter((x) => counted.some((p) => rule.matches(x, p))).length;
    correct += matched;
    const unmatched = counted.filter((p) => !record.codings.some((x) => rule.matches(x, p)));
    extra += unmatched.length;
    if (record.expectsNone) {
      extraOnNone += unmatched.length;
      if (counted.length === 0) cleanNone++;
    }
    for (const p of unmatched) {
      const asAct = { ...p, code: p.actionCode };
      if (
        (p.mode === "intended" || p.mode === "demanded") &&
        record.codings.some((x) => rule.matches(x, asAct))
      )
        intentOrDemand++;
      else if (p.mode === "reported" && matched > 0 && matched === record.codings.length)
        reportedBeside++;
    }
  }
  return {
    correct,
    uncoded: expected - correct,
    extra,
    correctShare: ratio(correct, expected),
    uncodedShare: ratio(expected - correct, expected),
    extraPerRecord: ratio(extra, coded.length),
    extraOnNoneRecords: extraOnNone,
    cleanNoneRecords: cleanNone,
    extraIntentOrDemand: intentOrDemand,
    extraReportedBeside: reportedBeside,
  };
}

function byCategory(coded: readonly Coded[]): CategoryScore[] {
  const out = new Map<
    string,
    { records: number; expected: number; extra: number; correctByRule: Record<string, number> }
  >();
  for (const { record, events } of coded) {
    const counted = events.filter((e) => MAIN_MODES.modes.has(e.mode));
    const row = out.get(record.category) ?? {
      records: 0,
      expected: 0,
      extra: 0,
      correctByRule: Object.fromEntries(MATCH_RULES.map((r) => [r.name, 0])),
    };
    row.records++;
    row.expected += record.codings.length;
    for (const rule of MATCH_RULES) {
      row.correctByRule[rule.name] =
        (row.correctByRule[rule.name] ?? 0) +
        record.codings.filter((x) => counted.some((p) => rule.matches(x, p))).length;
    }
    row.extra += counted.filter((p) => !record.codings.some((x) => MAIN_RULE.matches(x, p))).length;
    out.set(record.category, row);
  }
  return [...out].map(([category, row]) => ({
    category,
    ...row,
    correct: row.correctByRule[MAIN_RULE.name] ?? 0,
  }));
}

function misses(coded: readonly Coded[]): Miss[] {
  const out: Miss[] = [];
  for (const { record, events } of coded) {
    const counted = events.filter((e) => MAIN_MODES.modes.has(e.mode));
    for (const x of record.codings) {
      if (out.length >= MISS_EXAMPLES) return out;
      if (counted.some((p) => MAIN_RULE.matches(x, p))) continue;
      out.push({
        id: record.id,
        text: record.text,
        expected: show(x.event, x.source, x.target),
        predicted: events.map((p) => `${show(p.code, p.source, p.target)} (${p.mode})`),
      });
    }
  }
  return out;
}

/** The events as scored: with the pattern's own code when `actionCodes` is set. */
export function scoredEvents(
  events: readonly PredictedEvent[],
  options: RunOptions,
): readonly PredictedEvent[] {
  return options.actionCodes === true ? events.map((e) => ({ ...e, code: e.actionCode })) : events;
}

export function runPetrarchPart(
  coder: Coder,
  records: readonly PetrarchRecord[],
  part: string,
  options: RunOptions = {},
): PetrarchResult {
  const errors: CoderError[] = [];
  const coded: Coded[] = [];
  const started = performance.now();
  for (const record of records) {
    const prediction = predict(coder, record.text, record.date, options);
    if ("error" in prediction) {
      // A crash predicts nothing: its expected codings stay uncoded.
      errors.push({ part, id: record.id, text: record.text, message: prediction.error });
      coded.push({ record, events: [] });
    } else {
      coded.push({ record, events: scoredEvents(prediction.events, options) });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const scores: Record<string, Record<string, Score>> = {};
  for (const modes of MODE_SETS) {
    const perRule: Record<string, Score> = {};
    for (const rule of MATCH_RULES) perRule[rule.name] = score(coded, modes, rule);
    scores[modes.name] = perRule;
  }
  return {
    records: records.length,
    expectedCodings: records.reduce((n, r) => n + r.codings.length, 0),
    noneRecords: records.filter((r) => r.expectsNone).length,
    expectedErrorRecords: records.filter((r) => r.expectedError !== null).length,
    datedRecords: records.filter((r) => r.date !== undefined).length,
    scores,
    byCategory: byCategory(coded),
    misses: misses(coded),
    errors,
    seconds,
    sentencesPerSecond: ratio(records.length, seconds),
  };
}
