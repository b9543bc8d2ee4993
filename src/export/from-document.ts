/**
 * ExportEvents made straight from one coded document, for exporting without a store (and for
 * tests): each event is its own story cluster, reported once. The store builds the same
 * records from its rows, with real clusters and counts.
 */

import type { CodedDocument, EventActorOut, EventOut } from "../model/contract.js";
import type { Span } from "../model/span.js";
import type { CameoTable } from "../ontology/cameo-table.js";
import type { ExportActor, ExportEvent, ExportLocation } from "./export-event.js";

export interface DocumentExportOptions {
  /** The article's text, which the document's offsets point into. */
  readonly text: string;
  /** When the article was coded or stored: an ISO 8601 timestamp. */
  readonly addedAt: string;
  /** The GLOBALEVENTID of the first event's cluster; the others follow. Default 1. */
  readonly firstClusterId?: number;
  /** The CAMEO table, for labels and PLOVER context words. */
  readonly cameo?: CameoTable;
  /** The article's sentences (as the pipeline split them), for GDELT's SentenceID. */
  readonly sentences?: readonly Span[];
  /** The article's tone, when measured. */
  readonly tone?: number | null;
}

/** The sentence-ending breaks a reader would count: end punctuation and blank lines. */
const SENTENCE_BREAK = /[.!?]["'”’)\]]*\s+(?=\S)|\n\s*\n/g;

/** The 1-based number of the sentence starting at `start`. */
export function sentenceNumber(text: string, start: number, sentences?: readonly Span[]): number {
  if (sentences !== undefined) {
    const index = sentences.findIndex((s) => s.start <= start && start < s.end);
    if (index >= 0) return index + 1;
  }
  // Without the pipeline's sentences, count the breaks before it.
  let count = 1;
  for (const match of text.matchAll(SENTENCE_BREAK)) {
    if (match.index + match[0].length > start) break;
    count++;
  }
  return count;
}

/**
 * Where the lead paragraph ends: the first paragraph that reads as prose (headline and
 * dateline lines without closing punctuation before it count as part of the lead).
 */
export function leadEnd(text: string): number {
  const paragraph = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
  for (const match of text.matchAll(paragraph)) {
    const block = match[0].trim();
    const end = match.index + match[0].length;
    if (block.includes("\n") || /[.!?]["'”’)]*$/.test(block)) return end;
  }
  return text.length;
}

function exportActor(doc: CodedDocument, actor: EventActorOut | null): ExportActor | null {
  if (actor === null) return null;
  const entity = doc.entities.find((e) => e.start === actor.start && e.end === actor.end);
  return { ...actor, name: entity?.actor?.name ?? null };
}

function exportLocation(doc: CodedDocument, event: EventOut): ExportLocation | null {
  const { location } = event;
  if (location === null) return null;
  const place = doc.places.find((p) => p.name === location.name && p.lat === location.lat);
  if (place === undefined) return location;
  return { ...location, admin1: place.admin1, geonameid: place.geonameid, feature: place.feature };
}

export function exportEventsFromDocument(
  doc: CodedDocument,
  options: DocumentExportOptions,
): ExportEvent[] {
  const { text, cameo } = options;
  const lead = leadEnd(text);
  const firstId = options.firstClusterId ?? 1;
  return doc.events.map((event, index) => {
    const { sentence } = event.evidence;
    const entry = cameo?.has(event.cameo) ? cameo.get(event.cameo) : null;
    return {
      ...event,
      source: exportActor(doc, event.source),
      target: exportActor(doc, event.target),
      location: exportLocation(doc, event),
      plover: event.plover && { ...event.plover, context: entry?.plover?.context ?? [] },
      label: entry?.label ?? null,
      article: {
        id: doc.id,
        url: doc.url ?? null,
        source: doc.source ?? null,
        date: doc.date,
        title: doc.title ?? null,
        length: text.length,
        tone: options.tone ?? null,
        addedAt: options.addedAt,
      },
      cluster: {
        id: `${doc.id}#${index}`,
        globalEventId: firstId + index,
        numMentions: 1,
        numSources: 1,
        numArticles: 1,
        dateAdded: options.addedAt,
        avgTone: options.tone ?? null,
      },
      mention: {
        id: `${doc.id}#${index}`,
        sentenceId: sentenceNumber(text, sentence.start, options.sentences),
        sentenceText: text.slice(sentence.start, sentence.end),
        inLead: sentence.start < lead,
      },
    };
  });
}
