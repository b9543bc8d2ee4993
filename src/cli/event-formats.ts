/**
 * How `harbinger events` prints stored events: a terminal table, JSONL (one stored event per
 * line: its id, date, the coded event, its article and its story cluster) or CSV with a header.
 */

import type { EventActorOut } from "../model/contract.js";
import type { StoredEvent } from "../store/store.js";

export const EVENT_FORMATS = ["table", "jsonl", "csv"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export interface EventPrinter {
  readonly header: string;
  row(event: StoredEvent): string;
}

const actor = (a: EventActorOut | null) => a?.code ?? "-";

const TABLE_COLUMNS = [
  "date",
  "cameo",
  "mode",
  "source",
  "target",
  "quad",
  "goldstein",
  "place",
  "sources",
  "articles",
  "mentions",
  "trigger",
  "id",
];

function tableRow(e: StoredEvent): string {
  const { event, cluster } = e;
  return `${[
    e.date ?? "-",
    event.cameo,
    event.mode,
    actor(event.source),
    actor(event.target),
    String(event.quad),
    event.goldstein.toFixed(1),
    event.location?.name ?? "-",
    String(cluster.numSources),
    String(cluster.numArticles),
    String(cluster.numMentions),
    JSON.stringify(event.evidence.trigger.text),
    e.id,
  ].join("\t")}\n`;
}

const CSV_COLUMNS: readonly [string, (e: StoredEvent) => string | number | null][] = [
  ["id", (e) => e.id],
  ["date", (e) => e.date],
  ["article_id", (e) => e.articleId],
  ["outlet", (e) => e.article.outlet],
  ["url", (e) => e.article.url],
  ["cluster_id", (e) => e.cluster.id],
  ["num_mentions", (e) => e.cluster.numMentions],
  ["num_sources", (e) => e.cluster.numSources],
  ["num_articles", (e) => e.cluster.numArticles],
  ["source_code", (e) => e.event.source?.code ?? null],
  ["source_country", (e) => e.event.source?.country ?? null],
  ["source_text", (e) => e.event.source?.text ?? null],
  ["target_code", (e) => e.event.target?.code ?? null],
  ["target_country", (e) => e.event.target?.country ?? null],
  ["target_text", (e) => e.event.target?.text ?? null],
  ["cameo", (e) => e.event.cameo],
  ["root", (e) => e.event.root],
  ["quad", (e) => e.event.quad],
  ["penta", (e) => e.event.penta],
  ["goldstein", (e) => e.event.goldstein],
  ["mode", (e) => e.event.mode],
  ["plover_type", (e) => e.event.plover?.type ?? null],
  ["acled_type", (e) => e.event.acled?.type ?? null],
  ["acled_subtype", (e) => e.event.acled?.subtype ?? null],
  ["location", (e) => e.event.location?.name ?? null],
  ["location_country", (e) => e.event.location?.country ?? null],
  ["lat", (e) => e.event.location?.lat ?? null],
  ["lon", (e) => e.event.location?.lon ?? null],
  ["size", (e) => (e.event.size === null ? null : JSON.stringify(e.event.size))],
  ["trigger", (e) => e.event.evidence.trigger.text],
  ["rule", (e) => e.event.evidence.rule],
  ["confidence", (e) => e.event.confidence],
];

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function eventPrinter(format: EventFormat): EventPrinter {
  switch (format) {
    case "table":
      return { header: `${TABLE_COLUMNS.join("\t")}\n`, row: tableRow };
    case "jsonl":
      return { header: "", row: (e) => `${JSON.stringify(e)}\n` };
    case "csv":
      return {
        header: `${CSV_COLUMNS.map(([name]) => name).join(",")}\r\n`,
        row: (e) => `${CSV_COLUMNS.map(([, get]) => csvField(get(e))).join(",")}\r\n`,
      };
  }
}
