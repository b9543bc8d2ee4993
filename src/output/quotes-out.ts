/**
 * Quotes as the output contract writes them: every span sliced from the article text, the
 * speaker resolved through the actor layer, and the events each quote reports.
 */

import type { QuoteOut, SpeakerOut } from "../model/contract.js";
import type { Doc, Quote } from "../model/doc.js";
import { textSpan } from "../model/span.js";
import { quoteEvents } from "../recognize/quotes-events.js";
import { resolveSpeaker } from "../recognize/quotes-speaker.js";

export function quotesOut(doc: Doc): QuoteOut[] {
  return doc.quotes.map((q) => quoteOf(doc, q));
}

function quoteOf(doc: Doc, quote: Quote): QuoteOut {
  const cue =
    quote.cue === null
      ? null
      : textSpan(doc.text, {
          start: doc.tokens.start[quote.cue] as number,
          end: doc.tokens.end[quote.cue] as number,
        });
  return {
    text: doc.text.slice(quote.start, quote.end),
    start: quote.start,
    end: quote.end,
    kind: quote.kind,
    speaker: speakerOf(doc, quote.speaker),
    cue,
    parts: quote.parts.map((p) => textSpan(doc.text, p)),
    events: quoteEvents(doc, quote),
    rule: quote.rule,
  };
}

function speakerOf(doc: Doc, chunk: number | null): SpeakerOut | null {
  const c = chunk === null ? undefined : doc.chunks[chunk];
  if (chunk === null || c === undefined) return null;
  const { mention, name } = resolveSpeaker(doc, chunk);
  const actor =
    mention?.code == null
      ? null
      : {
          code: mention.code,
          country: mention.country,
          sectors: mention.sectors,
          name: mention.name,
        };
  return {
    text: doc.text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    resolved: name,
    actor,
  };
}
