/**
 * How `harbinger code` prints each coded document: JSONL (the contract, one object a line), a
 * terminal table, or a pretty, indented view.
 */

import type { CodedDocument } from "../model/contract.js";
import type { SentenceView } from "../output/syntax-view.js";

export const OUTPUT_FORMATS = ["jsonl", "table", "pretty"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CodedOutput {
  readonly coded: CodedDocument;
  readonly syntax?: readonly SentenceView[];
  /** Sentence count, for the table and the summary. */
  readonly sentences: number;
}

export function formatJsonl(out: CodedOutput): string {
  const record = out.syntax === undefined ? out.coded : { ...out.coded, syntax: out.syntax };
  return `${JSON.stringify(record)}\n`;
}

export function formatPretty(out: CodedOutput): string {
  const record = out.syntax === undefined ? out.coded : { ...out.coded, syntax: out.syntax };
  return `${JSON.stringify(record, null, 2)}\n`;
}

const TABLE_COLUMNS = ["id", "date", "source", "sentences", "entities", "events"] as const;

export function tableHeader(): string {
  return `${TABLE_COLUMNS.join("\t")}\n`;
}

/** One row per document and, under it, one indented row per event. */
export function formatTableRow(out: CodedOutput): string {
  const { coded } = out;
  const cells = [
    coded.id,
    coded.date ?? "-",
    coded.source ?? "-",
    String(out.sentences),
    String(coded.entities.length),
    String(coded.events.length),
  ];
  const lines = [cells.join("\t")];
  for (const e of coded.events) {
    const source = e.source?.code ?? "-";
    const target = e.target?.code ?? "-";
    lines.push(`  ${e.cameo}\t${e.mode}\t${source} → ${target}\t"${e.evidence.trigger.text}"`);
  }
  return `${lines.join("\n")}\n`;
}
