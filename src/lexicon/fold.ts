import { UNDECOMPOSED_LETTERS } from "../text/normalize.js";

/**
 * The matching key of a name or a stretch of text: lower case, accents folded, typographic
 * quotes and dashes made plain, invisible characters dropped, runs of spaces made one, and a
 * leading "the" removed — so "the Élysée", "Elysee" and "ELYSEE" share one key.
 */

const MARKS = /[\u0300-\u036f]/g;
const UNDECOMPOSED = /[łđħıŀŧ]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const NON_ASCII = /[^ -~\t\n\r]/;
/** Spacing that folding changes: a run of spaces, any other space, a space at either end. */
const SPACING = /\s\s|[^\S ]|^\s|\s$/;

export function foldKey(text: string): string {
  let s = text.toLowerCase();
  if (NON_ASCII.test(s)) {
    s = s
      .normalize("NFD")
      .replace(MARKS, "")
      .replace(UNDECOMPOSED, (ch) => UNDECOMPOSED_LETTERS[ch] ?? ch)
      .replace(INVISIBLE, "")
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, "-")
      .replace(/[\u00A0\u2007\u202F\u2009\u200A\u2002\u2003]/g, " ");
  }
  // Most keys are single-spaced already: test before rewriting.
  if (SPACING.test(s)) s = s.replace(/\s+/g, " ").trim();
  return s.startsWith("the ") ? s.slice(4) : s;
}

/** The first word of a key and its leading run of letters ("al-qaeda" → "al-qaeda", "al"). */
export function firstWords(key: string): string[] {
  const space = key.indexOf(" ");
  const first = space < 0 ? key : key.slice(0, space);
  const run = /^[\p{L}\p{N}]+/u.exec(first)?.[0];
  return run !== undefined && run !== first ? [first, run] : [first];
}

/**
 * Adds every leading part of `key` ("d", "de" … "defense ministry") to `into`: a phrase read
 * word by word that is no key's leading part can grow into no key, so a reader stops there.
 */
export function addPrefixes(into: Set<string>, key: string): void {
  for (let n = 1; n <= key.length; n++) into.add(key.slice(0, n));
}
