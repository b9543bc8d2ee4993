/**
 * Quotes of a coded article as rows and back. The fields the contract added later (quoted
 * parts, reported events, rule, the speaker's actor) are JSON text, NULL when a record did not
 * carry them, so a quote reads back with exactly the fields it was saved with.
 */

import type { ActorCode, QuoteOut, SpeakerOut } from "../model/contract.js";
import type { TextSpan } from "../model/span.js";
import { spanColumns, spanOf } from "./annotation-rows.js";
import type { QuoteTable } from "./schema.js";

const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export function quoteRows(articleId: string, quotes: readonly QuoteOut[]): QuoteTable[] {
  return quotes.map((q, i) => ({
    ...spanColumns(articleId, i, q),
    kind: q.kind,
    speaker_text: q.speaker?.text ?? null,
    speaker_start: q.speaker?.start ?? null,
    speaker_end: q.speaker?.end ?? null,
    speaker_resolved: q.speaker?.resolved ?? null,
    speaker_actor: json(q.speaker?.actor),
    cue_text: q.cue?.text ?? null,
    cue_start: q.cue?.start ?? null,
    cue_end: q.cue?.end ?? null,
    parts: json(q.parts),
    event_indices: json(q.events),
    rule: q.rule ?? null,
  }));
}

function speakerOf(row: QuoteTable): SpeakerOut | null {
  if (row.speaker_text === null) return null;
  return {
    text: row.speaker_text,
    start: row.speaker_start ?? 0,
    end: row.speaker_end ?? 0,
    resolved: row.speaker_resolved,
    ...(row.speaker_actor !== null && {
      actor: JSON.parse(row.speaker_actor) as ActorCode | null,
    }),
  };
}

export function quoteFromRow(row: QuoteTable): QuoteOut {
  return {
    ...spanOf(row),
    kind: row.kind as QuoteOut["kind"],
    speaker: speakerOf(row),
    cue:
      row.cue_text === null
        ? null
        : { text: row.cue_text, start: row.cue_start ?? 0, end: row.cue_end ?? 0 },
    ...(row.parts !== null && { parts: JSON.parse(row.parts) as TextSpan[] }),
    ...(row.event_indices !== null && { events: JSON.parse(row.event_indices) as number[] }),
    ...(row.rule !== null && { rule: row.rule }),
  };
}
