/**
 * The export formats by name, for `--format gdelt|gdelt-mentions|plover|acled|csv|jsonl`.
 * Event-level formats write one line per story cluster (the first mention given of each
 * cluster stands for it), mention-level formats one line per report. `lines` streams, so an
 * export of millions of events never holds them all; a record that cannot be written is
 * passed to `onError` and the rest goes on (without `onError`, the error is thrown).
 */

import { asHarbingerError, type HarbingerError } from "../errors.js";
import { ACLED_HEADER, formatAcledRow } from "./acled-rows.js";
import type { ExportEvent } from "./export-event.js";
import type { ExportOptions } from "./export-options.js";
import { CSV_HEADER, formatCsvRow, formatJsonlLine } from "./flat-rows.js";
import { formatGdeltEvent } from "./gdelt-events.js";
import { formatGdeltMention } from "./gdelt-mentions.js";
import { formatPloverRecord } from "./plover-records.js";

export const EXPORT_FORMAT_NAMES = [
  "gdelt",
  "gdelt-mentions",
  "plover",
  "acled",
  "csv",
  "jsonl",
] as const;

export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export interface FormatOptions extends ExportOptions {
  /** Called with each record that cannot be written; the export goes on. */
  readonly onError?: (error: HarbingerError, event: ExportEvent) => void;
}

export interface ExportFormat {
  readonly name: ExportFormatName;
  readonly description: string;
  /** The file name ending, without the dot (GDELT's own names for its two tables). */
  readonly extension: string;
  /** "event": one line per story cluster; "mention": one line per report. */
  readonly unit: "event" | "mention";
  /** The header line, or null for formats without one. */
  readonly header: string | null;
  /** One record's line (newline included), or null when the format leaves the record out. */
  formatEvent(event: ExportEvent, options?: ExportOptions): string | null;
  /** The header, then one line per written record. */
  lines(events: Iterable<ExportEvent>, options?: FormatOptions): Generator<string>;
  /** The whole file as one string. */
  formatAll(events: Iterable<ExportEvent>, options?: FormatOptions): string;
}

type Spec = Pick<ExportFormat, "name" | "description" | "extension" | "unit" | "header"> & {
  readonly formatEvent: ExportFormat["formatEvent"];
};

function defineFormat(spec: Spec): ExportFormat {
  function* lines(events: Iterable<ExportEvent>, options: FormatOptions = {}) {
    if (spec.header !== null) yield spec.header;
    const seen = new Set<string>();
    for (const event of events) {
      if (spec.unit === "event") {
        if (seen.has(event.cluster.id)) continue;
        seen.add(event.cluster.id);
      }
      let line: string | null;
      try {
        line = spec.formatEvent(event, options);
      } catch (error) {
        if (options.onError === undefined) throw error;
        options.onError(asHarbingerError(error, `mention ${event.mention.id}`), event);
        continue;
      }
      if (line !== null) yield line;
    }
  }
  return {
    ...spec,
    lines,
    formatAll: (events, options) => [...lines(events, options)].join(""),
  };
}

export const exportFormats: Readonly<Record<ExportFormatName, ExportFormat>> = {
  gdelt: defineFormat({
    name: "gdelt",
    description: "GDELT 2.0 Events: 61 tab-separated columns, one line per story cluster",
    extension: "export.CSV",
    unit: "event",
    header: null,
    formatEvent: formatGdeltEvent,
  }),
  "gdelt-mentions": defineFormat({
    name: "gdelt-mentions",
    description: "GDELT 2.0 Mentions: 16 tab-separated columns, one line per report",
    extension: "mentions.CSV",
    unit: "mention",
    header: null,
    formatEvent: formatGdeltMention,
  }),
  plover: defineFormat({
    name: "plover",
    description: "PLOVER JSONL: one record per story cluster with a PLOVER type",
    extension: "jsonl",
    unit: "event",
    header: null,
    formatEvent: formatPloverRecord,
  }),
  acled: defineFormat({
    name: "acled",
    description: "ACLED-style CSV: violence and protest events that happened",
    extension: "csv",
    unit: "event",
    header: ACLED_HEADER,
    formatEvent: formatAcledRow,
  }),
  csv: defineFormat({
    name: "csv",
    description: "CSV (RFC 4180) with a header: one flat row per report",
    extension: "csv",
    unit: "mention",
    header: CSV_HEADER,
    formatEvent: formatCsvRow,
  }),
  jsonl: defineFormat({
    name: "jsonl",
    description: "JSONL: one export record per report",
    extension: "jsonl",
    unit: "mention",
    header: null,
    formatEvent: formatJsonlLine,
  }),
};

/** Whether `name` is an export format's name. */
export function isExportFormatName(name: string): name is ExportFormatName {
  return (EXPORT_FORMAT_NAMES as readonly string[]).includes(name);
}
