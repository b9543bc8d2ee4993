/**
 * Scores resolved time expressions against a hand-checked expectation file (the shape of
 * `test/fixtures/sample-times.json`): a found expression is right when the next unmatched
 * expected one with the same text has its value and grain; one with no such text is a false
 * find. Precision is right / found, recall right / expected.
 */

import { z } from "zod";

const Expected = z.strictObject({
  text: z.string().min(1),
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  grain: z.enum(["day", "week", "month", "year"]),
});

export const TimeExpectationsSchema = z.strictObject({
  description: z.string(),
  articles: z.record(z.string(), z.array(Expected)),
});

export type ExpectedTime = z.infer<typeof Expected>;
export type TimeExpectations = z.infer<typeof TimeExpectationsSchema>;

export interface TimeMistake {
  readonly article: string;
  readonly text: string;
  /** What was resolved ("2022-02-16/day"), or "missed". */
  readonly found: string;
  /** What the hand check says, or "not a date". */
  readonly expected: string;
}

export interface TimeScore {
  readonly found: number;
  readonly expected: number;
  readonly right: number;
  readonly mistakes: readonly TimeMistake[];
}

/** Scores one article's found expressions against its expected ones. */
export function scoreArticle(
  article: string,
  found: readonly ExpectedTime[],
  expected: readonly ExpectedTime[],
): TimeScore {
  const unmatched = [...expected];
  const mistakes: TimeMistake[] = [];
  let right = 0;
  for (const f of found) {
    const at = unmatched.findIndex((e) => e.text === f.text);
    const e = at < 0 ? undefined : unmatched.splice(at, 1)[0];
    const got = `${f.value}/${f.grain}`;
    if (e === undefined)
      mistakes.push({ article, text: f.text, found: got, expected: "not a date" });
    else if (e.value === f.value && e.grain === f.grain) right++;
    else mistakes.push({ article, text: f.text, found: got, expected: `${e.value}/${e.grain}` });
  }
  for (const e of unmatched) {
    mistakes.push({ article, text: e.text, found: "missed", expected: `${e.value}/${e.grain}` });
  }
  return { found: found.length, expected: expected.length, right, mistakes };
}

export function addScores(scores: readonly TimeScore[]): TimeScore {
  return {
    found: scores.reduce((n, s) => n + s.found, 0),
    expected: scores.reduce((n, s) => n + s.expected, 0),
    right: scores.reduce((n, s) => n + s.right, 0),
    mistakes: scores.flatMap((s) => s.mistakes),
  };
}

export function precision(score: TimeScore): number {
  return score.found === 0 ? 0 : score.right / score.found;
}

export function recall(score: TimeScore): number {
  return score.expected === 0 ? 0 : score.right / score.expected;
}
