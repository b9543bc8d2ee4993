/**
 * Writes a processed Doc as the output contract's CodedDocument: entities from mentions, events
 * with their scores and ontology views from the CAMEO table. Places, times and quotes are
 * added by their own stages as they arrive.
 */

import { targetCode } from "../code/event-drafts.js";
import type { CodedDocument, EntityOut, EventActorOut, EventOut } from "../model/contract.js";
import type { Doc, DocEvent, Mention, Sentence } from "../model/doc.js";
import { textSpan } from "../model/span.js";
import type { CameoTable } from "../ontology/cameo-table.js";
import { locationOut, placesOut } from "./places-out.js";
import { quotesOut } from "./quotes-out.js";
import { eventDateOut, quantitiesOut, timesOut } from "./times-quantities-out.js";

export function toCodedDocument(doc: Doc, cameo: CameoTable): CodedDocument {
  const { article } = doc;
  return {
    id: article.id,
    date: article.date ?? null,
    lang: "en",
    ...(article.title !== undefined && { title: article.title }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.source !== undefined && { source: article.source }),
    entities: doc.mentions.map((m) => entityOf(doc, m)),
    places: placesOut(doc),
    times: timesOut(doc),
    quantities: quantitiesOut(doc),
    quotes: quotesOut(doc),
    events: doc.events.map((e) => eventOf(doc, e, cameo)),
  };
}

function entityOf(doc: Doc, mention: Mention): EntityOut {
  return {
    text: doc.text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
    type: mention.type,
    actor:
      mention.code === null
        ? null
        : {
            code: mention.code,
            country: mention.country,
            sectors: mention.sectors,
            name: mention.name,
          },
  };
}

function actorOf(doc: Doc, index: number | null): EventActorOut | null {
  const mention = index === null ? undefined : doc.mentions[index];
  const code = mention === undefined ? null : targetCode(mention);
  if (mention === undefined || code === null) return null;
  return {
    text: doc.text.slice(mention.start, mention.end),
    start: mention.start,
    end: mention.end,
    code,
    country: mention.country,
    sectors: mention.sectors,
  };
}

function eventOf(doc: Doc, event: DocEvent, cameo: CameoTable): EventOut {
  const entry = cameo.get(event.code);
  const sentence = doc.sentences[event.sentence] as Sentence;
  const { date, dateGrain } = eventDateOut(doc, event);
  return {
    source: actorOf(doc, event.source),
    target: actorOf(doc, event.target),
    cameo: entry.code,
    root: entry.root,
    quad: entry.quad,
    penta: entry.penta,
    goldstein: entry.goldstein,
    plover: entry.plover === null ? null : { type: entry.plover.type, mode: entry.plover.mode },
    acled: entry.acled === null ? null : { type: entry.acled.type, subtype: entry.acled.subtype },
    mode: event.mode,
    date,
    dateGrain,
    location: locationOut(doc, event),
    size: event.size ?? null,
    evidence: {
      sentence: { start: sentence.start, end: sentence.end },
      trigger: textSpan(doc.text, event.trigger),
      rule: event.rule,
    },
    confidence: event.confidence,
  };
}
