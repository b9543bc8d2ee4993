/**
 * Plain CSV and JSONL: one line per event mention, with everything Harbinger knows of it. The
 * CSV flattens the record into named columns (lists joined with ";", counts as "name=n"); the
 * JSONL writes the ExportEvent itself, nested, one object a line.
 */

import { type CellValue, csvLine } from "./cells.js";
import { globalEventId } from "./event-ids.js";
import type { ExportActor, ExportEvent } from "./export-event.js";

type Column = readonly [name: string, value: (e: ExportEvent) => CellValue];

const actorColumns = (role: "source" | "target", of: (e: ExportEvent) => ExportActor | null) =>
  [
    [`${role}_code`, (e) => of(e)?.code],
    [`${role}_name`, (e) => of(e)?.name],
    [`${role}_country`, (e) => of(e)?.country],
    [`${role}_sectors`, (e) => of(e)?.sectors.join(";")],
    [`${role}_text`, (e) => of(e)?.text],
    [`${role}_start`, (e) => of(e)?.start],
    [`${role}_end`, (e) => of(e)?.end],
  ] as const satisfies readonly Column[];

/** Counts as "dead=3;injured=5", in the order the record gives them. */
export const sizeText = (size: ExportEvent["size"]): string =>
  size === null
    ? ""
    : Object.entries(size)
        .map(([k, n]) => `${k}=${n}`)
        .join(";");

const FLAT_COLUMNS = [
  ["mention_id", (e) => e.mention.id],
  ["cluster_id", (e) => e.cluster.id],
  ["global_event_id", (e) => globalEventId(e.cluster)],
  ["date", (e) => e.date],
  ["date_grain", (e) => e.dateGrain],
  ["cameo", (e) => e.cameo],
  ["label", (e) => e.label],
  ["root", (e) => e.root],
  ["quad", (e) => e.quad],
  ["penta", (e) => e.penta],
  ["goldstein", (e) => e.goldstein],
  ["mode", (e) => e.mode],
  ...actorColumns("source", (e) => e.source),
  ...actorColumns("target", (e) => e.target),
  ["plover_type", (e) => e.plover?.type],
  ["plover_mode", (e) => e.plover?.mode],
  ["acled_type", (e) => e.acled?.type],
  ["acled_subtype", (e) => e.acled?.subtype],
  ["location", (e) => e.location?.name],
  ["latitude", (e) => e.location?.lat],
  ["longitude", (e) => e.location?.lon],
  ["location_country", (e) => e.location?.country],
  ["size", (e) => sizeText(e.size)],
  ["confidence", (e) => e.confidence],
  ["sentence_id", (e) => e.mention.sentenceId],
  ["sentence_start", (e) => e.evidence.sentence.start],
  ["sentence_end", (e) => e.evidence.sentence.end],
  ["sentence", (e) => e.mention.sentenceText],
  ["trigger", (e) => e.evidence.trigger.text],
  ["trigger_start", (e) => e.evidence.trigger.start],
  ["trigger_end", (e) => e.evidence.trigger.end],
  ["rule", (e) => e.evidence.rule],
  ["article_id", (e) => e.article.id],
  ["article_date", (e) => e.article.date],
  ["title", (e) => e.article.title],
  ["outlet", (e) => e.article.source],
  ["url", (e) => e.article.url],
  ["num_mentions", (e) => e.cluster.numMentions],
  ["num_sources", (e) => e.cluster.numSources],
  ["num_articles", (e) => e.cluster.numArticles],
  ["avg_tone", (e) => e.cluster.avgTone],
  ["date_added", (e) => e.cluster.dateAdded],
] as const satisfies readonly Column[];

export const CSV_COLUMNS: readonly string[] = FLAT_COLUMNS.map(([name]) => name);

/** The mention's flat values, in CSV_COLUMNS order. */
export function flatValues(event: ExportEvent): CellValue[] {
  return FLAT_COLUMNS.map(([, value]) => value(event));
}

export const CSV_HEADER = csvLine(CSV_COLUMNS);

/** One CSV record (RFC 4180), CRLF included. */
export function formatCsvRow(event: ExportEvent): string {
  return csvLine(flatValues(event));
}

/** One JSONL line: the ExportEvent as it is. */
export function formatJsonlLine(event: ExportEvent): string {
  return `${JSON.stringify(event)}\n`;
}
