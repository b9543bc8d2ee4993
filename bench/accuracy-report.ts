/**
 * Writes the accuracy figures as a plain-text report for the terminal, one section per part.
 * Only formatting happens here; every figure is computed by the parts.
 */

import { CLASS_LABELS, type ClassResult } from "./accuracy-class.js";
import type { FictionalActors } from "./accuracy-fictional-actors.js";
import { MATCH_RULES } from "./accuracy-match.js";
import { MODE_SETS, type PetrarchResult } from "./accuracy-petrarch.js";
import type { CoderError } from "./accuracy-predict.js";

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string | number, width: number) => String(s).padStart(width);
const rate = (seconds: number, perSecond: number) =>
  `${seconds.toFixed(1)} s, ${Math.round(perSecond)} sentences/s`;

export function formatClass(r: ClassResult): string[] {
  const lines = [
    `accuracy ${pct(r.accuracy)}   macro-F1 ${r.macroF1.toFixed(3)}   ` +
      `coverage ${pct(r.coverage)} (any event, any mode: ${pct(r.anyEventShare)})   ` +
      `accuracy on covered ${pct(r.accuracyOnCovered)}`,
    `timing: ${rate(r.seconds, r.sentencesPerSecond)}; coder errors: ${r.errors.length}`,
    "",
    "class  support  precision  recall     F1",
    ...r.perClass.map(
      (c) =>
        `${pad(c.label, 5)}  ${pad(c.support, 7)}  ${pad(pct(c.precision), 9)}  ` +
        `${pad(pct(c.recall), 6)}  ${pad(c.f1.toFixed(3), 5)}`,
    ),
    "",
    "confusion (rows gold, columns predicted):",
    `gold ${[...CLASS_LABELS, "none"].map((l) => pad(l, 5)).join("")}`,
    ...r.confusion.map((row, g) => `${pad(g, 4)} ${row.map((n) => pad(n, 5)).join("")}`),
  ];
  return lines;
}

export function formatPetrarch(r: PetrarchResult): string[] {
  const [main, other] = MODE_SETS;
  const lines = [
    `${r.records} records (${r.datedRecords} dated), ${r.expectedCodings} expected codings, ` +
      `${r.noneRecords} records expecting no event` +
      (r.expectedErrorRecords > 0
        ? ` (${r.expectedErrorRecords} of them error/discard records)`
        : ""),
    `timing: ${rate(r.seconds, r.sentencesPerSecond)}; coder errors: ${r.errors.length}`,
    `counted events: ${[...(main?.modes ?? [])].join(", ")}` +
      ` (right-hand columns: ${[...(other?.modes ?? [])].join(", ")} only)`,
    "",
    "rule            correct  uncoded  extra/records  |  correct  uncoded  extra/records",
  ];
  for (const rule of MATCH_RULES) {
    const cells = MODE_SETS.map((m) => {
      const s = r.scores[m.name]?.[rule.name];
      if (s === undefined) return "";
      return `${pad(pct(s.correctShare), 7)}  ${pad(pct(s.uncodedShare), 7)}  ${pad(pct(s.extraPerRecord), 13)}`;
    });
    lines.push(`${rule.name.padEnd(14)}  ${cells.join("  |  ")}   ${rule.description}`);
  }
  const headline = r.scores[main?.name ?? ""]?.[MATCH_RULES[0]?.name ?? ""];
  if (headline !== undefined && r.noneRecords > 0) {
    lines.push(
      `records expecting no event: ${headline.cleanNoneRecords} of ${r.noneRecords} got none; ` +
        `${headline.extraOnNoneRecords} extra events on them`,
    );
  }
  if (r.byCategory.length > 1) {
    lines.push("", "by category (main rule): category  records  correct/expected  extra");
    for (const c of r.byCategory) {
      lines.push(
        `  ${c.category.padEnd(12)} ${pad(c.records, 4)}  ${pad(`${c.correct}/${c.expected}`, 9)}  ${pad(c.extra, 4)}`,
      );
    }
  }
  if (r.misses.length > 0) {
    lines.push("", "first misses (expected → predicted, all modes):");
    for (const m of r.misses) {
      lines.push(`  ${m.id}: ${m.expected} → ${m.predicted.join("; ") || "nothing"}`);
      lines.push(`    ${m.text.length > 140 ? `${m.text.slice(0, 140)}…` : m.text}`);
    }
  }
  return lines;
}

export function formatFictional(a: FictionalActors): string[] {
  return [
    `fictional actors: ${a.entries} dictionary entries → ${a.countries.length} country entries`,
    `  without a usable code: ${a.uncoded.join(", ") || "none"}`,
    `  ${a.shadowed.length} forms already in the bundled lexicon, kept as bundled; ` +
      `of them coded as another country: ${a.conflicts.join(", ") || "none"}`,
  ];
}

export function formatErrors(errors: readonly CoderError[]): string[] {
  if (errors.length === 0) return ["coder errors: none"];
  return [
    `coder errors: ${errors.length}`,
    ...errors.slice(0, 5).map((e) => `  ${e.part} ${e.id}: ${e.message} — ${e.text.slice(0, 100)}`),
  ];
}
