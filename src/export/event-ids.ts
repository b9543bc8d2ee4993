/**
 * GDELT's GLOBALEVENTID is an integer while a store may key its story clusters by text. When
 * a cluster carries no number, one is derived from its id: a 53-bit hash (two FNV-1a hashes, mixed), stable across
 * runs and machines and exact in a JavaScript number. Two clusters share a number with odds of
 * about one in 20,000 in an export of a million clusters, so a store that can give a sequence
 * number should.
 */

import type { ExportCluster } from "./export-event.js";

/** FNV-1a over the id's UTF-16 code units, from a given offset basis. */
function fnv1a(id: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < id.length; i++) {
    hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  }
  return hash;
}

/** MurmurHash3's finaliser: spreads every input bit over the whole word. */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A stable positive 53-bit number for a text id: two 32-bit hashes, 21 + 32 bits. */
export function hashEventId(id: string): number {
  const low = mix(fnv1a(id, 0x811c9dc5));
  const high = mix(fnv1a(id, 0x050c5d1f)) & 0x1fffff;
  const n = high * 2 ** 32 + low;
  return n === 0 ? 1 : n;
}

/** The cluster's GLOBALEVENTID: its own number, or one derived from its id. */
export function globalEventId(cluster: ExportCluster): number {
  return cluster.globalEventId ?? hashEventId(cluster.id);
}
