/**
 * The contract's views of time expressions, quantities and an event's date: offsets and text
 * sliced from the document, values as the recognisers resolved them.
 */

import type { QuantityOut, TimeOut } from "../model/contract.js";
import type { Doc, DocEvent, TimeGrain } from "../model/doc.js";

export function timesOut(doc: Doc): TimeOut[] {
  return doc.times.map((t) => ({
    text: doc.text.slice(t.start, t.end),
    start: t.start,
    end: t.end,
    value: t.value,
    grain: t.grain,
  }));
}

export function quantitiesOut(doc: Doc): QuantityOut[] {
  return doc.quantities.map((q) => ({
    text: doc.text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: q.value,
    min: q.min,
    max: q.max,
    approximate: q.approximate,
    role: q.role,
    unit: q.unit,
  }));
}

/** The event's own date and grain; the article date (a day) when no stage dated it. */
export function eventDateOut(
  doc: Doc,
  event: DocEvent,
): { date: string | null; dateGrain: TimeGrain | null } {
  if (event.date) return { date: event.date.value, dateGrain: event.date.grain };
  const date = doc.article.date ?? null;
  return { date, dateGrain: date === null ? null : "day" };
}
