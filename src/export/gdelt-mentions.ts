/**
 * GDELT 2.0 Mentions: one tab-separated line of 16 columns per report of an event, in the
 * order of GDELT's codebook, with no header (GDELT's `*.mentions.CSV`). The GLOBALEVENTID is
 * the story cluster's id, so each line joins to the cluster's line in the Events export.
 *
 * How Harbinger fills GDELT's columns: MentionType is 1 (a web or news text; Harbinger reads
 * no citation-only sources); the identifier is the article's URL, or its id when it has none;
 * the source name is the outlet, or the URL's host; character offsets are the `[start` of the
 * source, target and trigger spans (-1 for a missing actor); InRawText is 1 when both actors
 * lie inside the evidence sentence and 0 when one was found elsewhere (coreference or a
 * possessor); Confidence is the event's confidence as a percentage; translation info and
 * extras stay empty, since Harbinger codes English text as written.
 */

import { type CellValue, tsvLine } from "./cells.js";
import { gdeltTimestamp, parseTimestamp } from "./dates.js";
import { globalEventId } from "./event-ids.js";
import type { ExportActor, ExportEvent } from "./export-event.js";

/** The 16 columns of a GDELT 2.0 mention record, in GDELT's order. */
export const GDELT_MENTION_COLUMNS = [
  "GLOBALEVENTID",
  "EventTimeDate",
  "MentionTimeDate",
  "MentionType",
  "MentionSourceName",
  "MentionIdentifier",
  "SentenceID",
  "Actor1CharOffset",
  "Actor2CharOffset",
  "ActionCharOffset",
  "InRawText",
  "Confidence",
  "MentionDocLen",
  "MentionDocTone",
  "MentionDocTranslationInfo",
  "Extras",
] as const;

export type GdeltMentionColumn = (typeof GDELT_MENTION_COLUMNS)[number];

/** GDELT's MentionType for a web or news article. */
const WEB = 1;

/** The outlet's name, or the host of the article's URL, or empty. */
export function sourceName(event: ExportEvent): string {
  if (event.article.source) return event.article.source;
  if (event.article.url === null || !URL.canParse(event.article.url)) return "";
  return new URL(event.article.url).hostname.replace(/^www\./, "");
}

function inSentence(event: ExportEvent, actor: ExportActor | null): boolean {
  const { sentence } = event.evidence;
  return actor === null || (sentence.start <= actor.start && actor.end <= sentence.end);
}

/** The mention's 16 values, keyed by column. */
export function gdeltMentionRecord(event: ExportEvent): Record<GdeltMentionColumn, CellValue> {
  const eventTime = parseTimestamp(event.cluster.dateAdded, event, "cluster.dateAdded");
  const mentionTime = parseTimestamp(event.article.addedAt, event, "article.addedAt");
  return {
    GLOBALEVENTID: globalEventId(event.cluster),
    EventTimeDate: gdeltTimestamp(eventTime),
    MentionTimeDate: gdeltTimestamp(mentionTime),
    MentionType: WEB,
    MentionSourceName: sourceName(event),
    MentionIdentifier: event.article.url ?? event.article.id,
    SentenceID: event.mention.sentenceId,
    Actor1CharOffset: event.source?.start ?? -1,
    Actor2CharOffset: event.target?.start ?? -1,
    ActionCharOffset: event.evidence.trigger.start,
    InRawText: inSentence(event, event.source) && inSentence(event, event.target),
    Confidence: Math.round(event.confidence * 100),
    MentionDocLen: event.article.length,
    MentionDocTone: event.article.tone,
    MentionDocTranslationInfo: "",
    Extras: "",
  };
}

/** One GDELT 2.0 mention line: 16 tab-separated values and a newline. */
export function formatGdeltMention(event: ExportEvent): string {
  const record = gdeltMentionRecord(event);
  return tsvLine(GDELT_MENTION_COLUMNS.map((column) => record[column]));
}
