/**
 * Part 1: penta-class of CAMEO codebook sentences (`sentence<TAB>label`, label 0–4). Each
 * sentence is coded alone, without a date; its predicted class is the penta-class of its main
 * event, and a sentence without one is predicted "none" and counts wrong.
 */

import { readFileSync } from "node:fs";
import type { Coder } from "../src/coder.js";
import type { EventMode } from "../src/model/doc.js";
import { type ClassificationFigures, classify, ratio } from "./accuracy-metrics.js";
import { type CoderError, type PredictedEvent, predict } from "./accuracy-predict.js";

/**
 * Modes a codebook sentence describes: it states what an actor does, says, intends or demands
 * (CAMEO's own intent and appeal codes are classes 0–1), never what it did not or might do.
 */
const MAIN_MODES: ReadonlySet<EventMode> = new Set([
  "asserted",
  "reported",
  "intended",
  "demanded",
]);

export const CLASS_LABELS = ["0", "1", "2", "3", "4"] as const;
/** The column of sentences without a main event. */
export const NONE = CLASS_LABELS.length;

interface LabelledSentence {
  readonly line: number;
  readonly text: string;
  readonly label: number;
}

export interface ClassResult extends ClassificationFigures {
  readonly sentences: number;
  /** `confusion[gold][predicted]`, predicted 0–4 then "none". */
  readonly confusion: readonly (readonly number[])[];
  /** Share of sentences with a main event (in one of MAIN_MODES). */
  readonly coverage: number;
  /** Share of sentences with any event at all, whatever its mode. */
  readonly anyEventShare: number;
  readonly accuracyOnCovered: number;
  readonly errors: readonly CoderError[];
  readonly seconds: number;
  readonly sentencesPerSecond: number;
}

export function parseClassFile(content: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  content.split("\n").forEach((raw, i) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    const tab = line.lastIndexOf("\t");
    const label = Number(line.slice(tab + 1));
    if (tab < 0 || !Number.isInteger(label) || label < 0 || label >= CLASS_LABELS.length) {
      throw new Error(`class file line ${i + 1}: expected "sentence<TAB>0..4"`);
    }
    out.push({ line: i + 1, text: line.slice(0, tab), label });
  });
  return out;
}

/** The highest-confidence event in a main mode; ties go to the earliest trigger. */
export function mainEvent(events: readonly PredictedEvent[]): PredictedEvent | null {
  let best: PredictedEvent | null = null;
  for (const e of events) {
    if (!MAIN_MODES.has(e.mode)) continue;
    if (
      best === null ||
      e.confidence > best.confidence ||
      (e.confidence === best.confidence && e.triggerStart < best.triggerStart)
    )
      best = e;
  }
  return best;
}

export function runClassPart(coder: Coder, file: string): ClassResult {
  const sentences = parseClassFile(readFileSync(file, "utf8"));
  const confusion = CLASS_LABELS.map(() => new Array<number>(NONE + 1).fill(0));
  const errors: CoderError[] = [];
  let covered = 0;
  let coveredRight = 0;
  let anyEvent = 0;
  const started = performance.now();
  for (const s of sentences) {
    const prediction = predict(coder, s.text, undefined);
    let predicted: number = NONE;
    if ("error" in prediction) {
      errors.push({ part: "class", id: `line ${s.line}`, text: s.text, message: prediction.error });
    } else {
      if (prediction.events.length > 0) anyEvent++;
      const main = mainEvent(prediction.events);
      // A penta-class outside 0–4 would be a table bug; it is scored as no prediction.
      if (main !== null && main.penta >= 0 && main.penta < NONE) predicted = main.penta;
    }
    const row = confusion[s.label] as number[];
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (predicted !== NONE) {
      covered++;
      if (predicted === s.label) coveredRight++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    sentences: sentences.length,
    ...classify(confusion, CLASS_LABELS),
    confusion,
    coverage: ratio(covered, sentences.length),
    anyEventShare: ratio(anyEvent, sentences.length),
    accuracyOnCovered: ratio(coveredRight, covered),
    errors,
    seconds,
    sentencesPerSecond: ratio(sentences.length, seconds),
  };
}
