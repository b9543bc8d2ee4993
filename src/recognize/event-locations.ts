/**
 * Where each event happened: a place in the event's own clause — first the objects of its
 * locative prepositions ("closed its embassy in Kiev", "moved troops from Ukraine"), then any
 * other place the clause uses as a location — then one in its sentence, then the article's
 * focus (its dateline, else the place it names most). Nationality words are never locations,
 * and an event gets one place, never every place the article names.
 */

import type { Clause, Doc, DocEvent, PlaceMention } from "../model/doc.js";

export function locateEvents(doc: Doc): void {
  const focus = focusPlace(doc);
  for (const event of doc.events) event.location = locationOf(doc, event) ?? focus;
}

function locationOf(doc: Doc, event: DocEvent): number | null {
  const candidates = doc.places.filter((p) => !p.adjectival && p.sentence === event.sentence);
  if (candidates.length === 0) return null;
  const clause = event.clause === null ? undefined : doc.clauses[event.clause];
  if (clause !== undefined) {
    const fromPreps = inPrepObjects(doc, clause, candidates);
    if (fromPreps !== null) return fromPreps;
    const inClause = candidates.filter((p) => p.locative && within(p, clause));
    if (inClause.length > 0) return nearest(inClause, event).index;
  }
  const located = candidates.filter((p) => p.locative);
  return located.length > 0 ? nearest(located, event).index : null;
}

/** A place inside (or in the appositive of) a prepositional object of the clause. */
function inPrepObjects(doc: Doc, clause: Clause, places: readonly PlaceMention[]): number | null {
  for (const prep of clause.preps) {
    const chunk = doc.chunks[prep.chunk];
    if (chunk === undefined) continue;
    const spans = [chunk];
    const appositive = chunk.appositive === null ? undefined : doc.chunks[chunk.appositive];
    if (appositive !== undefined) spans.push(appositive);
    for (const span of spans) {
      // The first place in the object: "in Kiev, the capital of Ukraine" is Kyiv.
      const place = places.find((p) => p.locative && within(p, span));
      if (place !== undefined) return place.index;
    }
  }
  return null;
}

function within(p: PlaceMention, span: { firstToken: number; endToken: number }): boolean {
  return p.firstToken >= span.firstToken && p.endToken <= span.endToken;
}

function nearest(places: readonly PlaceMention[], event: DocEvent): PlaceMention {
  const at = event.trigger.firstToken;
  let best = places[0] as PlaceMention;
  for (const p of places)
    if (Math.abs(p.firstToken - at) < Math.abs(best.firstToken - at)) best = p;
  return best;
}

/** The dateline's place ("OTTAWA —"), else the place named most often (cities before countries on ties). */
export function focusPlace(doc: Doc): number | null {
  const dateline = doc.places.find((p) => p.sentence <= 2 && isDateline(doc, p));
  if (dateline !== undefined) return dateline.index;
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of doc.places) {
    if (p.adjectival) continue;
    const key = `${p.place.lat},${p.place.lon}`;
    const entry = counts.get(key);
    if (entry === undefined) counts.set(key, { n: 1, first: p });
    else entry.n++;
  }
  let best: { n: number; first: PlaceMention } | null = null;
  for (const entry of counts.values()) if (best === null || entry.n > best.n) best = entry;
  return best === null ? null : best.first.index;
}

/** A place at the start of a sentence followed, within a few tokens, by a dash. */
function isDateline(doc: Doc, p: PlaceMention): boolean {
  const sentence = doc.sentences[p.sentence];
  if (sentence === undefined || p.firstToken !== sentence.firstToken) return false;
  for (let k = p.endToken; k < Math.min(sentence.endToken, p.endToken + 5); k++) {
    const word = doc.tokens.lower[k] ?? "";
    if (word === "—" || word === "–" || word === "-" || word === "--") return true;
  }
  return false;
}
