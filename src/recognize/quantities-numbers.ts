/**
 * Reads one number phrase from the tokens: digits ("100,000", "1.5 million", "10-20"), number
 * words ("twenty-five", "two dozen", "a hundred"), vague amounts ("hundreds", "tens of
 * thousands", "several dozen") as ranges, qualifiers that bound the number ("more than",
 * "at least", "about") and currencies before or after it ("C$ 50 million", "400m rubles").
 */

import type { Bound, QuantityWords } from "../lexicon/quantity-words.js";
import type { Doc } from "../model/doc.js";
import { isAttached, lower } from "../text/token-tests.js";
import { type Core, phraseAt, readVague, readWords, SHORT_SCALES } from "./quantities-spelled.js";

export interface NumberPhrase {
  readonly firstToken: number;
  readonly endToken: number;
  readonly value: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  /** ISO 4217 code when the phrase is an amount of money. */
  readonly currency: string | null;
  /** True for a vague amount ("hundreds"), whose counted noun follows "of". */
  readonly vague: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^(\d[\d,]*(?:\.\d+)?)-(\d[\d,]*(?:\.\d+)?)$/;

/** Reads the number phrase starting at token `i` (before `end`), or returns null. */
export function readNumber(
  doc: Doc,
  i: number,
  end: number,
  words: QuantityWords,
): NumberPhrase | null {
  let j = i;
  let bound: Bound | null = null;
  if (lower(doc, j) === "between") return readBetween(doc, i, end, words);
  const qualifier = phraseAt(doc, j, end, words.longestPhrase, (p) => words.qualifiers.has(p));
  if (qualifier !== null) {
    bound = words.qualifiers.get(qualifier.text) ?? null;
    j = qualifier.end;
  }
  let currency = j < end ? (words.currencies.get(lower(doc, j)) ?? null) : null;
  // A currency word before a number is a sign or code ("$", "C$", "EUR"), not "dollars 5".
  if (currency !== null && !/^[a-z]*[^a-z\s]$|^[a-z]{3}$/.test(lower(doc, j))) currency = null;
  if (currency !== null) j++;
  const core = readCore(doc, j, end, words, currency !== null);
  if (core === null) return null;
  j = core.end;
  if (currency === null && j < end && words.currencies.has(lower(doc, j))) {
    currency = words.currencies.get(lower(doc, j)) ?? null;
    j++;
  }
  if (j + 1 < end && lower(doc, j) === "or" && lower(doc, j + 1) === "more") {
    bound = "atLeast";
    j += 2;
  }
  return { firstToken: i, endToken: j, currency, ...applyBound(core, bound) };
}

function readBetween(doc: Doc, i: number, end: number, words: QuantityWords): NumberPhrase | null {
  const low = readCore(doc, i + 1, end, words, false);
  if (low === null || lower(doc, low.end) !== "and") return null;
  const high = readCore(doc, low.end + 1, end, words, false);
  if (high === null) return null;
  return {
    firstToken: i,
    endToken: high.end,
    value: low.value,
    min: low.min ?? low.value,
    max: high.max ?? high.value,
    approximate: false,
    currency: null,
    vague: false,
  };
}

function applyBound(core: Core, bound: Bound | null): Omit<Core, "end"> {
  const { value } = core;
  const whole = Number.isInteger(value);
  switch (bound) {
    case "above":
      return { ...core, min: whole ? value + 1 : value, max: null };
    case "atLeast":
      return { ...core, min: core.min ?? value, max: null };
    case "atMost":
      return { ...core, min: null, max: core.max ?? value };
    case "below":
      return { ...core, min: null, max: whole ? value - 1 : value };
    case "nearly":
      return { ...core, min: null, max: value, approximate: true };
    case "about":
      return {
        ...core,
        min: core.vague ? core.min : null,
        max: core.vague ? core.max : null,
        approximate: true,
      };
    case null:
      return core;
  }
}

/** The number itself: digits, number words, or a vague amount, with scales after it. */
function readCore(
  doc: Doc,
  i: number,
  end: number,
  words: QuantityWords,
  money: boolean,
): Core | null {
  if (i >= end) return null;
  const vague = readVague(doc, i, end, words);
  if (vague !== null) return vague;
  const word = lower(doc, i);
  const range = DIGIT_RANGE.exec(word);
  if (range !== null) {
    const [min, max] = [parseDigits(range[1] as string), parseDigits(range[2] as string)];
    return { end: i + 1, value: min, min, max, approximate: false, vague: false };
  }
  let j = i;
  let value: number;
  if (DIGITS.test(word)) {
    value = parseDigits(word);
    j++;
  } else {
    const spelled = readWords(doc, i, end, words);
    if (spelled === null) return null;
    ({ value, end: j } = spelled);
  }
  // Scales after digits: "1.5 million", "400m" (with a currency), "100,000".
  while (j < end && words.scales.has(lower(doc, j))) {
    const scale = lower(doc, j);
    if (
      SHORT_SCALES.has(scale) &&
      !(isAttached(doc, j) && (money || currencyAfter(doc, j + 1, end, words)))
    )
      break;
    value *= words.scales.get(scale) ?? 1;
    j++;
  }
  if (j + 1 < end && lower(doc, j) === "to" && DIGITS.test(lower(doc, j + 1))) {
    const max = parseDigits(lower(doc, j + 1));
    if (max > value)
      return { end: j + 2, value, min: value, max, approximate: false, vague: false };
  }
  return { end: j, value, min: value, max: value, approximate: false, vague: false };
}

function currencyAfter(doc: Doc, j: number, end: number, words: QuantityWords): boolean {
  return j < end && words.currencies.has(lower(doc, j));
}

function parseDigits(text: string): number {
  return Number(text.replaceAll(",", ""));
}
