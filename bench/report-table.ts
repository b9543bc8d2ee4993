/**
 * Formats the figures as a plain-text table for the terminal: right-aligned numbers, one row
 * per phase, columns as listed in COLUMNS.
 */

import type { Figures } from "./figures.js";

interface Column {
  readonly title: string;
  readonly cell: (f: Figures) => string;
}

const whole = (n: number) => Math.round(n).toLocaleString("en-US");
const fixed = (digits: number) => (n: number | null) => (n === null ? "–" : n.toFixed(digits));

const COLUMNS: readonly Column[] = [
  { title: "phase", cell: (f) => f.label },
  { title: "articles/s", cell: (f) => whole(f.articlesPerS) },
  { title: "sentences/s", cell: (f) => whole(f.sentencesPerS) },
  { title: "tokens/s", cell: (f) => whole(f.tokensPerS) },
  { title: "MB/s", cell: (f) => fixed(2)(f.mbPerS) },
  { title: "vs A", cell: (f) => fixed(2)(f.ratioVsA) },
  { title: "vs B", cell: (f) => fixed(2)(f.ratioVsB) },
  { title: "peak RSS MB", cell: (f) => fixed(0)(f.peakRssMb) },
  { title: "wall s", cell: (f) => fixed(2)(f.seconds) },
];

export function formatTable(rows: readonly Figures[]): string {
  const cells = [
    COLUMNS.map((c) => c.title),
    ...rows.map((row) => COLUMNS.map((c) => c.cell(row))),
  ];
  const widths = COLUMNS.map((_, i) =>
    Math.max(...cells.map((line) => (line[i] as string).length)),
  );
  const render = (line: readonly string[]) =>
    line
      // The phase names read best left-aligned, the numbers right-aligned.
      .map((cell, i) =>
        i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number),
      )
      .join("  ");
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return [render(cells[0] as string[]), rule, ...cells.slice(1).map(render)].join("\n");
}
