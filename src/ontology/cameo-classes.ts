/**
 * The coarse classes every CAMEO code inherits from its root: GDELT's QuadClass and Phoenix's
 * penta-class. Kept as rules, not data, so that the event table can be checked against them.
 */

/** GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** Phoenix penta-class: 0 statements, 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict. */
export type PentaClass = 0 | 1 | 2 | 3 | 4;

/** The number of a root code "01"–"20", or null for anything else. */
export function rootNumber(root: string): number | null {
  if (!/^\d{2}$/.test(root)) return null;
  const n = Number(root);
  return n >= 1 && n <= 20 ? n : null;
}

/** QuadClass by root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4. */
export function quadClassOf(root: string): QuadClass | null {
  const n = rootNumber(root);
  if (n === null) return null;
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

/**
 * Penta-class by root: 01–02 → 0, 03–05 → 1, 06–08 → 2, 09–13 and 16 → 3, 14–15 and 17–20 → 4.
 * Unlike QuadClass, Phoenix counts investigating (09) and reducing relations (16) as verbal
 * conflict, and protest (14) as material conflict.
 */
export function pentaClassOf(root: string): PentaClass | null {
  const n = rootNumber(root);
  if (n === null) return null;
  if (n <= 2) return 0;
  if (n <= 5) return 1;
  if (n <= 8) return 2;
  if (n <= 13 || n === 16) return 3;
  return 4;
}
