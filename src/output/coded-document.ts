/**
 * Writes a processed Doc as the output contract's CodedDocument. Later stages (places, times,
 * quotes, events) add their findings here.
 */

import type { CodedDocument, EntityOut } from "../model/contract.js";
import type { Doc, Mention } from "../model/doc.js";
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
    entities: doc.mentions.map((m) => entityOf(doc, m)),
    places: [],
    times: [],
    quotes: [],
    events: [],
  };
}

function entityOf(doc: Doc, mention: Mention): EntityOut {
  return {
    ...textSpan(doc.text, mention),
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
