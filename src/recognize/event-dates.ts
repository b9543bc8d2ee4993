/**
 * Dates every event: the time expression of its own clause (the one nearest its trigger), else
 * of the clause it hangs off, else of its sentence, else the article date. A clause introduced
 * by "the day after" takes the date counted back from its governing clause's.
 */

import type { Doc, DocEvent, EventDate, TimeMention } from "../model/doc.js";
import { formatDay, parseDay } from "./times-calendar.js";

export function dateEvents(doc: Doc): void {
  const published = doc.article.date === undefined ? null : parseDay(doc.article.date);
  const article: EventDate | null =
    published === null ? null : { value: formatDay(published), grain: "day", time: null };
  const bySentence = new Map<number, TimeMention[]>();
  for (const t of doc.times) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  for (const event of doc.events) {
    event.date = dateOf(doc, event, bySentence.get(event.sentence) ?? []) ?? article;
  }
}

function dateOf(doc: Doc, event: DocEvent, times: readonly TimeMention[]): EventDate | null {
  if (times.length === 0) return null;
  const nearest = (candidates: readonly TimeMention[]): EventDate | null => {
    let best: TimeMention | null = null;
    for (const t of candidates) {
      if (best === null || distance(t, event) < distance(best, event)) best = t;
    }
    return best === null ? null : { value: best.value, grain: best.grain, time: best.index };
  };
  // Walk up from the event's clause: its own time first, then its governors'.
  for (let c = event.clause, steps = 0; c !== null && steps < 16; steps++) {
    const counted = times.find((t) => t.related?.clause === c);
    if (counted?.related) {
      return { value: counted.related.value, grain: counted.grain, time: counted.index };
    }
    const own = nearest(times.filter((t) => t.clause === c));
    if (own !== null) return own;
    c = doc.clauses[c]?.parent ?? null;
  }
  return nearest(times);
}

function distance(t: TimeMention, event: DocEvent): number {
  return Math.abs(t.start - event.trigger.start);
}
