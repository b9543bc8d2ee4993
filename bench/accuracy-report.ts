/**
 * Writes the accuracy figures as a plain-text report for the terminal, one section per part.
 * Only formatting happens here; every figure is computed by the parts.
 */

import { CLASS_LABELS, type ClassResult } from "./accuracy-class.js";
import type { FictionalActors } from "./accuracy-fictional-actors.js";
import { MATCH_RULES } from "./accuracy-match.js";
import type { MissAnalysis } from "./accuracy-miss-reasons.js";
import { MODE_SETS, type PetrarchResult } from "./accuracy-petrarch.js";
import type { CoderError } from "./accuracy-predict.js";
import type { ValidationAgents } from "./accuracy-validation-agents.js";
import type { ConversionSummary } from "./accuracy-validation-patterns.js";

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
  if (headline !== undefined && headline.extra > 0) {
    const other =
      headline.extra -
      headline.extraOnNoneRecords -
      headline.extraIntentOrDemand -
      headline.extraReportedBeside;
    lines.push(
      `extra events (main rule) by kind: ${headline.extraOnNoneRecords} on records expecting none; ` +
        `${headline.extraIntentOrDemand} intended or demanded acts whose own code is expected ` +
        "(the record codes the act, Harbinger the intent, threat, appeal or demand); " +
        `${headline.extraReportedBeside} reported acts beside a matched statement; ${other} other`,
    );
  }
  if (r.byCategory.length > 1) {
    const rules = MATCH_RULES.map((rule) => rule.name);
    lines.push(
      "",
      "by category: correct codings under each rule (counted modes); extra events under the main rule",
      `  ${"category".padEnd(12)} ${pad("records", 7)} ${pad("expected", 8)}  ` +
        `${rules.map((name) => pad(name, Math.max(name.length, 5))).join(" ")}  ${pad("extra", 5)}`,
    );
    for (const c of r.byCategory) {
      const cells = rules.map((name) => pad(c.correctByRule[name] ?? 0, Math.max(name.length, 5)));
      lines.push(
        `  ${c.category.padEnd(12)} ${pad(c.records, 7)} ${pad(c.expected, 8)}  ${cells.join(" ")}  ${pad(c.extra, 5)}`,
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

const tally = (counts: ReadonlyMap<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1]).map(([what, n]) => `    ${pad(n, 4)}  ${what}`);

export function formatConversion(c: ConversionSummary, a: ValidationAgents): string[] {
  return [
    `validation verbs: ${c.blocks} blocks, ${c.verbLines} verb lines → ${c.defaultVerbs} verbs ` +
      `with a default code in ${c.defaultPatterns} default patterns; ${c.patternLines} pattern lines, ` +
      `${c.converted} converted → ${c.patterns} Harbinger patterns in all`,
    "  left out (pattern and verb lines, by reason):",
    ...tally(c.skipped),
    "  approximations (times made):",
    ...tally(c.notes),
    `  lemmas with two default codes: ${c.conflicts.join("; ") || "none"}`,
    `validation agents: ${a.entries} entries → ${a.agents.length} agent entries; ` +
      `left out: ${a.skipped.join(", ") || "none"}`,
    `  words the bundled agents code otherwise (validation wins): ${a.overridden.join(", ") || "none"}`,
  ];
}

export function formatMissReasons(misses: MissAnalysis, top = 10): string[] {
  const { reasons, extra } = misses;
  const dyads =
    `extra events (main rule, counted modes): ${extra.events}, of which ${extra.withoutTarget} ` +
    "have no target (PETRARCH's require_dyad drops those, so the records never list them)";
  if (reasons.length === 0) return [dyads, "misses: none"];
  const total = reasons.reduce((n, r) => n + r.count, 0);
  const byKind = new Map<string, number>();
  for (const r of reasons) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + r.count);
  const kinds = [...byKind]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${kind} ${n}`)
    .join(", ");
  const lines = [
    dyads,
    `misses by kind (main rule, counted modes): ${kinds}`,
    "  syntax: parse or role choice; actors: recognition; conversion: what the converted",
    "  patterns cannot say; design: Harbinger codes it otherwise on purpose; mode: not counted",
    "",
    `commonest reasons for the ${total} misses:`,
  ];
  for (const r of reasons.slice(0, top)) {
    const e = r.example;
    lines.push(`  ${pad(r.count, 4)}  [${r.kind}] ${r.reason}`);
    lines.push(
      `        e.g. ${e.id}: ${e.expected} → ${e.predicted.join("; ") || "nothing"}` +
        (e.detail === "" ? "" : ` [${e.detail}]`),
    );
    lines.push(`        ${e.text.length > 120 ? `${e.text.slice(0, 120)}…` : e.text}`);
    const ids = [...new Set(r.ids)];
    if (ids.length > 1) {
      lines.push(`        ids: ${ids.slice(0, 12).join(" ")}${ids.length > 12 ? " …" : ""}`);
    }
  }
  if (reasons.length > top) {
    const rest = reasons.slice(top).reduce((n, r) => n + r.count, 0);
    lines.push(`  ${pad(rest, 4)}  in ${reasons.length - top} other reasons`);
  }
  // The syntax reasons are the parser's to-do list: the rarer ones are listed too.
  const syntax = reasons.slice(top).filter((r) => r.kind === "syntax");
  if (syntax.length > 0) {
    lines.push("", "other syntax reasons:");
    for (const r of syntax) {
      const ids = [...new Set(r.ids)];
      const detail = r.example.detail === "" ? "" : ` [${r.example.detail}]`;
      lines.push(`  ${pad(r.count, 4)}  ${r.reason}: ${ids.slice(0, 8).join(" ")}${detail}`);
    }
  }
  return lines;
}

export function formatErrors(errors: readonly CoderError[]): string[] {
  if (errors.length === 0) return ["coder errors: none"];
  return [
    `coder errors: ${errors.length}`,
    ...errors.slice(0, 5).map((e) => `  ${e.part} ${e.id}: ${e.message} — ${e.text.slice(0, 100)}`),
  ];
}
