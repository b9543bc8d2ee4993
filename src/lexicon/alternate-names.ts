/**
 * Which GeoNames alternate names the gazetteer keeps: names in Latin script that a reader of
 * English news may meet (exonyms and older spellings such as Kiev, Kharkov, Odessa, Lemberg),
 * not airport and postal codes, lower-case transliterations or names in other scripts.
 */

/** Latin letters and combining marks, with the spaces, apostrophes, dots and hyphens of names. */
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M} '’.-]*$/u;

export function isUsableAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 40) return false;
  if (!LATIN_NAME.test(name)) return false;
  const first = name.charAt(0);
  // "lbwb", "li wo fu": lower-case transliterations are not how English text writes a name.
  if (first === first.toLowerCase()) return false;
  // "LWO", "NYC": codes, not names.
  if (name === name.toUpperCase()) return false;
  return true;
}
