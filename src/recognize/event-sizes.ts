/**
 * Gives events their size: the counts in the event's own clause (its subject, object or a
 * prepositional object) or in a clause it governs that states no event of its own — never
 * every count in the article. One more case: a country's troops counted in a sentence that
 * states no event ("a base that served as the hub for 200 Canadian soldiers") size that
 * country's events that move or deploy troops without saying how many.
 */

import type { QuantityWords } from "../lexicon/quantity-words.js";
import { QUANTITY_WORDS } from "../lexicon/quantity-words.js";
import type { Chunk, Clause, Doc, DocEvent, Quantity } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import { unitEntry } from "./quantities-roles.js";

export function sizeEvents(doc: Doc, words: QuantityWords = QUANTITY_WORDS): void {
  const eventClauses = new Set<number>();
  for (const e of doc.events) if (e.clause !== null) eventClauses.add(e.clause);
  const attached = new Set<number>();
  for (const event of doc.events) {
    const mine = doc.quantities.filter((q) => belongs(doc, q, event, eventClauses));
    for (const q of mine) attached.add(q.index);
    event.size = sizeOf(doc, mine);
  }
  const elsewhere = doc.quantities.filter(
    (q) => q.role === "troops" && !attached.has(q.index) && !eventClauses.has(q.clause ?? -1),
  );
  for (const q of elsewhere) sizeTroopsCountedElsewhere(doc, q, words);
}

/** A count belongs to an event in its clause, or in a clause below it that has no event. */
function belongs(doc: Doc, q: Quantity, event: DocEvent, eventClauses: Set<number>): boolean {
  if (q.role === null || q.clause === null || event.clause === null) return false;
  if (q.sentence !== event.sentence) return false;
  // Up from the count's clause to the event's, through clauses that state no event.
  for (let c: number | null = q.clause, steps = 0; c !== null && steps < 16; steps++) {
    if (c === event.clause) return true;
    if (eventClauses.has(c)) return false;
    c = governorOf(doc, c);
  }
  return false;
}

/**
 * The clause a clause hangs off: its parent, or for a subjectless participle after a comma
 * ("attacked Kharkiv, killing 12 people") the clause before it.
 */
function governorOf(doc: Doc, index: number): number | null {
  const clause = doc.clauses[index] as Clause;
  if (clause.parent !== null) return clause.parent;
  const group = clause.verb === null ? undefined : doc.verbGroups[clause.verb];
  const before = doc.clauses[index - 1];
  const participle = group !== undefined && group.firstToken === group.head;
  if (!participle || clause.subject !== null || before?.sentence !== clause.sentence) return null;
  return lower(doc, group.head).endsWith("ing") ? before.index : null;
}

/**
 * Counts by role. Money is keyed by currency (`money_usd`). Counts of one role in coordinated
 * phrases add up ("12 soldiers and 3 civilians were killed"); otherwise the largest is kept,
 * since "12 people, including 3 children" counts the children twice.
 */
function sizeOf(doc: Doc, quantities: readonly Quantity[]): Record<string, number> | null {
  if (quantities.length === 0) return null;
  const size: Record<string, number> = {};
  const keyed = new Map<string, Quantity[]>();
  for (const q of quantities) {
    const key =
      q.role === "money" ? `money_${(q.unit ?? "xxx").toLowerCase()}` : (q.role as string);
    keyed.set(key, [...(keyed.get(key) ?? []), q]);
  }
  for (const [key, list] of keyed) {
    const coordinated = list.every((q, i) => i === 0 || isConjunctOf(doc, list[i - 1], q));
    size[key] = coordinated
      ? list.reduce((sum, q) => sum + q.value, 0)
      : Math.max(...list.map((q) => q.value));
  }
  return size;
}

function isConjunctOf(doc: Doc, a: Quantity | undefined, b: Quantity): boolean {
  if (a?.chunk === null || a === undefined || b.chunk === null) return false;
  return (doc.chunks[a.chunk] as Chunk).conjunct === b.chunk;
}

function sizeTroopsCountedElsewhere(doc: Doc, q: Quantity, words: QuantityWords): void {
  const country = q.chunk === null ? null : countryOf(doc, q.chunk);
  if (country === null) return;
  for (const event of doc.events) {
    if (event.size?.troops !== undefined || event.clause === null) continue;
    const source = event.source === null ? undefined : doc.mentions[event.source];
    if (source?.country !== country) continue;
    if (!namesUncountedTroops(doc, doc.clauses[event.clause] as Clause, words)) continue;
    event.size = { ...(event.size ?? {}), troops: q.value };
  }
}

/** The country a counted phrase names: "200 Canadian soldiers", "Russia's 100,000 troops". */
function countryOf(doc: Doc, chunk: number): string | null {
  const c = doc.chunks[chunk] as Chunk;
  for (const k of [chunk, c.possessor]) {
    const m = k === null ? -1 : (doc.chunkMention[k] ?? -1);
    const country = m < 0 ? null : (doc.mentions[m]?.country ?? null);
    if (country !== null) return country;
  }
  const inside = doc.mentions.find((m) => m.firstToken >= c.firstToken && m.endToken <= c.endToken);
  return inside?.country ?? null;
}

/** True when the clause's subject or object is troops with no number: "moving troops". */
function namesUncountedTroops(doc: Doc, clause: Clause, words: QuantityWords): boolean {
  for (const chunk of [clause.subject, clause.object]) {
    if (chunk === null) continue;
    const c = doc.chunks[chunk] as Chunk;
    if (doc.quantities.some((q) => q.chunk === chunk)) continue;
    if (unitEntry(doc, c.head, words)?.role === "troops") return true;
  }
  return false;
}
