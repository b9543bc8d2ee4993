/**
 * Numbers written in words and vague amounts: "twenty-five", "two hundred and fifty", "a
 * dozen", "two-dozen", "hundreds", "tens of thousands", "several hundred", "a few dozen".
 */

import type { QuantityWords } from "../lexicon/quantity-words.js";
import type { Doc } from "../model/doc.js";
import { isAttached, lower } from "../text/token-tests.js";

/** A number read from the tokens, before any qualifier bounds it. */
export interface Core {
  end: number;
  value: number;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
}

/** Scales too short to trust alone ("2m" may be metres): they need a currency in the phrase. */
export const SHORT_SCALES = new Set(["k", "m", "mn", "mln", "b", "bn", "tn"]);

/**
 * Number words: "twenty-five", "two hundred and fifty", "a dozen", "two-dozen", "a million".
 * A lone article is no number.
 */
export function readWords(
  doc: Doc,
  i: number,
  end: number,
  words: QuantityWords,
): { value: number; end: number } | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  if (words.articles.has(lower(doc, j)) && j + 1 < end && words.scales.has(lower(doc, j + 1))) {
    current = 1;
    seen = true;
    j++;
  }
  while (j < end) {
    const w = lower(doc, j);
    const hyphen = w === "-" && seen && isAttached(doc, j) && j + 1 < end && isAttached(doc, j + 1);
    if (hyphen) {
      j++;
      continue;
    }
    const n = words.numbers.get(w);
    const scale = words.scales.get(w);
    if (n !== undefined) {
      current += n;
    } else if (scale !== undefined && seen && !SHORT_SCALES.has(w)) {
      if (scale >= 1000) {
        total += (current || 1) * scale;
        current = 0;
      } else {
        current = (current || 1) * scale;
      }
    } else if (w === "and" && seen && words.numbers.has(lower(doc, j + 1))) {
      // "two hundred and fifty"
    } else {
      break;
    }
    seen = true;
    j++;
  }
  if (!seen || (j === i + 1 && words.articles.has(lower(doc, i)))) return null;
  if (lower(doc, j - 1) === "-") j--;
  return { value: total + current, end: j };
}

/**
 * Vague amounts: "hundreds", "tens of thousands", "several hundred", "a few dozen". A plural
 * of base p over scale s spans [2ps, 10ps - 1]; "several" and "a few" take their own range.
 */
export function readVague(doc: Doc, i: number, end: number, words: QuantityWords): Core | null {
  const plural = words.vaguePlurals.get(lower(doc, i));
  if (plural !== undefined) {
    let j = i + 1;
    let scale = 1;
    const next = lower(doc, j + 1);
    if (lower(doc, j) === "of" && (words.vaguePlurals.has(next) || words.scales.has(next))) {
      // "tens of thousands", "hundreds of millions": the second word scales the first.
      scale = words.vaguePlurals.get(next) ?? words.scales.get(next) ?? 1;
      j += 2;
    }
    const min = 2 * plural * scale;
    return {
      end: j,
      value: min,
      min,
      max: 10 * plural * scale - 1,
      approximate: true,
      vague: true,
    };
  }
  const few = phraseAt(doc, i, end, 3, (p) => words.vagueCounts.has(p));
  if (few === null) return null;
  const [low, high] = words.vagueCounts.get(few.text) ?? [1, 1];
  const scaleWord = lower(doc, few.end);
  const scale = words.scales.get(scaleWord);
  if (scale !== undefined && !SHORT_SCALES.has(scaleWord)) {
    return {
      end: few.end + 1,
      value: low * scale,
      min: low * scale,
      max: high * scale,
      approximate: true,
      vague: true,
    };
  }
  return { end: few.end, value: low, min: low, max: high, approximate: true, vague: true };
}

/** The longest listed phrase of up to `longest` words starting at `i`. */
export function phraseAt(
  doc: Doc,
  i: number,
  end: number,
  longest: number,
  listed: (phrase: string) => boolean,
): { text: string; end: number } | null {
  // Every leading phrase, built once word by word, then tried longest first.
  const phrases: string[] = [];
  for (let k = i; k < Math.min(i + longest, end); k++)
    phrases.push(k === i ? lower(doc, k) : `${phrases[phrases.length - 1]} ${lower(doc, k)}`);
  for (let n = phrases.length; n >= 1; n--) {
    const text = phrases[n - 1] as string;
    if (listed(text)) return { text, end: i + n };
  }
  return null;
}
