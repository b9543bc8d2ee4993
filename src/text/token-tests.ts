/**
 * Small predicates over tokens shared by the syntax stages, so each stage reads as grammar
 * rather than array lookups.
 */

import type { Doc } from "../model/doc.js";
import { POS } from "./pos.js";

export function isPos(doc: Doc, i: number, pos: number): boolean {
  return doc.tokens.pos[i] === pos;
}

export function lower(doc: Doc, i: number): string {
  return doc.tokens.lower[i] ?? "";
}

export function lemma(doc: Doc, i: number): string {
  return doc.tokens.lemma[i] ?? "";
}

/** True when the token's first character in the original text is an upper-case letter. */
export function isCapitalized(doc: Doc, i: number): boolean {
  const ch = doc.text.charAt(doc.tokens.start[i] as number);
  return ch !== ch.toLowerCase();
}

/** True when the token touches the previous one (no whitespace between them). */
export function isAttached(doc: Doc, i: number): boolean {
  return i > 0 && doc.tokens.start[i] === doc.tokens.end[i - 1];
}

/** A hyphen written tight between the words either side of it ("Al Qaeda-linked", "near-daily"). */
export function isTightHyphen(doc: Doc, hyphen: number): boolean {
  return lower(doc, hyphen) === "-" && isAttached(doc, hyphen) && isAttached(doc, hyphen + 1);
}

export function isNominal(doc: Doc, i: number): boolean {
  const p = doc.tokens.pos[i];
  return p === POS.NOUN || p === POS.PROPN || p === POS.NUM;
}

export function isVerbal(doc: Doc, i: number): boolean {
  const p = doc.tokens.pos[i];
  return p === POS.VERB || p === POS.AUX;
}

export function isPunct(doc: Doc, i: number, chars?: string): boolean {
  if (doc.tokens.pos[i] !== POS.PUNCT && doc.tokens.pos[i] !== POS.SYM) return false;
  return chars === undefined || chars.includes(lower(doc, i));
}

/** The outermost chunk covering token `i`, or -1. */
export function chunkAt(doc: Doc, i: number): number {
  return doc.tokenChunk[i] ?? -1;
}

/** The verb group covering token `i`, or -1. */
export function verbGroupAt(doc: Doc, i: number): number {
  return doc.tokenVerbGroup[i] ?? -1;
}

/** "Friday", "yesterday": words that name a day on their own, with no article. */
const DAY_NAMES = new Set([
  "today",
  "yesterday",
  "tomorrow",
  "tonight",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);

/** Heads of time phrases ("a year ago", "last week", "on Monday"), which are never objects. */
const TIME_HEADS = new Set([
  "second",
  "minute",
  "hour",
  "day",
  "week",
  "month",
  "year",
  "decade",
  "century",
  "morning",
  "afternoon",
  "evening",
  "night",
  "weekend",
  ...DAY_NAMES,
]);

export function isDayName(doc: Doc, i: number): boolean {
  return DAY_NAMES.has(lower(doc, i));
}

/** Whether a chunk is a time phrase by its head ("a year", "last Friday"). */
export function isTimeChunk(doc: Doc, chunk: number): boolean {
  const c = doc.chunks[chunk];
  // "a minute of silence", "a day of mourning" measure something else.
  if (c === undefined || lower(doc, c.endToken) === "of") return false;
  return TIME_HEADS.has(lemma(doc, c.head).toLowerCase());
}
