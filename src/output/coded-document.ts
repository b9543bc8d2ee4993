/**
 * Writes a processed Doc as the output contract's CodedDocument. Later stages (actors, places,
 * times, quotes, events) add their findings here; until then the lists hold what the document
 * model already knows.
 */

import type { CodedDocument, EntityOut } from "../model/contract.js";
import type { Doc } from "../model/doc.js";
import { textSpan } from "../model/span.js";

export function toCodedDocument(doc: Doc): CodedDocument {
  const { article } = doc;
  return {
    id: article.id,
    date: article.date ?? null,
    lang: "en",
    ...(article.title !== undefined && { title: article.title }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.source !== undefined && { source: article.source }),
    entities: titledPeople(doc),
    places: [],
    times: [],
    quotes: [],
    events: [],
  };
}

/** A name after a title ("Defense Minister Anita Anand") is a person, whatever the dictionaries say. */
function titledPeople(doc: Doc): EntityOut[] {
  const people: EntityOut[] = [];
  for (const chunk of doc.chunks) {
    if (chunk.title === null || chunk.name === null) continue;
    people.push({ ...textSpan(doc.text, chunk.name), type: "PERSON", actor: null });
  }
  return people;
}
