/**
 * The events a quote reports: those whose trigger lies among the quoted or reported words
 * (not the cue verb itself), and those whose clause the reported-speech layer credits to the
 * same cue. Indices are into `doc.events`, which the output writes in the same order.
 */

import type { Doc, DocEvent, Quote } from "../model/doc.js";
import { type Span, spanContains } from "../model/span.js";

interface EventIndex {
  /** Event indices ordered by their trigger's start. */
  readonly byStart: readonly number[];
  /** Event indices by the cue token their clause is credited to. */
  readonly byCue: ReadonlyMap<number, readonly number[]>;
}

const cache = new WeakMap<readonly DocEvent[], EventIndex>();

export function quoteEvents(doc: Doc, quote: Quote): number[] {
  const index = eventIndex(doc);
  const found = new Set<number>(quote.cue === null ? [] : (index.byCue.get(quote.cue) ?? []));
  for (const span of quote.kind === "direct" ? quote.parts : [quote]) {
    for (const e of eventsWithin(doc, index, span)) found.add(e);
  }
  if (quote.cue !== null) {
    for (const e of found) {
      const trigger = doc.events[e]?.trigger;
      if (trigger && trigger.firstToken <= quote.cue && quote.cue < trigger.endToken) {
        found.delete(e);
      }
    }
  }
  return [...found].sort((a, b) => a - b);
}

function eventsWithin(doc: Doc, index: EventIndex, span: Span): number[] {
  const { byStart } = index;
  const start = (n: number) => (doc.events[byStart[n] as number] as DocEvent).trigger.start;
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start(mid) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let n = lo; n < byStart.length && start(n) < span.end; n++) {
    const e = byStart[n] as number;
    if (spanContains(span, (doc.events[e] as DocEvent).trigger)) out.push(e);
  }
  return out;
}

function eventIndex(doc: Doc): EventIndex {
  const cached = cache.get(doc.events);
  if (cached !== undefined) return cached;
  const byStart = doc.events.map((_, i) => i);
  byStart.sort(
    (a, b) => (doc.events[a] as DocEvent).trigger.start - (doc.events[b] as DocEvent).trigger.start,
  );
  const byCue = new Map<number, number[]>();
  doc.events.forEach((e, i) => {
    const cue = e.clause === null ? undefined : doc.clauses[e.clause]?.attribution?.cue;
    if (cue !== undefined) byCue.set(cue, [...(byCue.get(cue) ?? []), i]);
  });
  const index = { byStart, byCue };
  cache.set(doc.events, index);
  return index;
}
