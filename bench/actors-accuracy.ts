/**
 * Actor recognition against gold actor spans: `npm run bench:actors -- PATH/actors-train.txt`.
 * The file holds one token per line (`token TAG`, tags B-S/I-S source, B-T/I-T target, B-R/I-R
 * both, O) with a blank line between sentences. Each sentence is rebuilt from its tokens and
 * recognised on its own; predicted actor mentions (those with a code) are scored against gold
 * source/target spans: recall exact and with token overlap, precision and F1 with overlap.
 */

import { readFileSync } from "node:fs";
import { createCoder } from "../src/coder.js";

interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly role: "S" | "T" | "R";
}

interface GoldSentence {
  readonly text: string;
  readonly spans: readonly GoldSpan[];
}

export function parseActorGold(content: string): GoldSentence[] {
  const sentences: GoldSentence[] = [];
  for (const block of content.split(/\n\s*\n/)) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    let text = "";
    const spans: GoldSpan[] = [];
    let open = null as { start: number; end: number; role: GoldSpan["role"] } | null;
    for (const line of lines) {
      const cut = line.lastIndexOf(" ");
      const token = line.slice(0, cut);
      const tag = line.slice(cut + 1);
      if (text !== "") text += " ";
      const start = text.length;
      text += token;
      const role = tag.slice(2) as GoldSpan["role"];
      if (tag.startsWith("B-") || (tag.startsWith("I-") && open?.role !== role)) {
        if (open !== null) spans.push(open);
        open = { start, end: text.length, role };
      } else if (tag.startsWith("I-") && open !== null) {
        open.end = text.length;
      } else if (open !== null) {
        spans.push(open);
        open = null;
      }
    }
    if (open !== null) spans.push(open);
    sentences.push({ text, spans });
  }
  return sentences;
}

const DETERMINER = /^(the|a|an)\s+/i;

async function main(path: string | undefined): Promise<void> {
  if (path === undefined) {
    process.stderr.write("usage: npm run bench:actors -- PATH/actors-train.txt\n");
    process.exitCode = 2;
    return;
  }
  const sentences = parseActorGold(readFileSync(path, "utf8"));
  const coder = await createCoder();
  let gold = 0;
  let exact = 0;
  let exactBare = 0;
  let overlapRecall = 0;
  let predicted = 0;
  let predictedHit = 0;
  // Role-aware: event sources and targets against gold S/T spans (R counts as either).
  let rolePredicted = 0;
  let roleHit = 0;
  let roleGoldFound = 0;
  const started = performance.now();
  for (const sentence of sentences) {
    const doc = coder.analyze({ text: sentence.text });
    const actors = doc.mentions.filter((m) => m.code !== null);
    predicted += actors.length;
    for (const m of actors) {
      if (sentence.spans.some((g) => m.start < g.end && g.start < m.end)) predictedHit++;
    }
    const roles: { start: number; end: number; role: "S" | "T" }[] = [];
    for (const event of doc.events) {
      for (const [index, role] of [
        [event.source, "S"],
        [event.target, "T"],
      ] as const) {
        const m = index === null ? undefined : doc.mentions[index];
        if (m !== undefined && !roles.some((r) => r.start === m.start && r.role === role)) {
          roles.push({ start: m.start, end: m.end, role });
        }
      }
    }
    const fits = (g: GoldSpan, r: { start: number; end: number; role: "S" | "T" }) =>
      r.start < g.end && g.start < r.end && (g.role === "R" || g.role === r.role);
    rolePredicted += roles.length;
    roleHit += roles.filter((r) => sentence.spans.some((g) => fits(g, r))).length;
    roleGoldFound += sentence.spans.filter((g) => roles.some((r) => fits(g, r))).length;
    for (const g of sentence.spans) {
      gold++;
      const goldText = sentence.text.slice(g.start, g.end);
      const bare = goldText.replace(DETERMINER, "");
      if (actors.some((m) => m.start === g.start && m.end === g.end)) exact++;
      if (
        actors.some(
          (m) =>
            sentence.text.slice(m.start, m.end).replace(DETERMINER, "") === bare &&
            m.start >= g.start &&
            m.end <= g.end,
        )
      )
        exactBare++;
      if (actors.some((m) => m.start < g.end && g.start < m.end)) overlapRecall++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const recall = ratio(overlapRecall, gold);
  const precision = ratio(predictedHit, predicted);
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  const figures = {
    sentences: sentences.length,
    goldSpans: gold,
    predictedActors: predicted,
    recallExact: ratio(exact, gold),
    recallExactWithoutDeterminer: ratio(exactBare, gold),
    recallOverlap: recall,
    precisionOverlap: precision,
    f1Overlap: f1,
    roleRecall: ratio(roleGoldFound, gold),
    rolePrecision: ratio(roleHit, rolePredicted),
    roleF1: 0,
    sentencesPerSecond: sentences.length / seconds,
  };
  const rr = figures.roleRecall;
  const rp = figures.rolePrecision;
  figures.roleF1 = rr + rp === 0 ? 0 : (2 * rr * rp) / (rr + rp);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  process.stdout.write(
    [
      `actor spans: ${sentences.length} sentences, ${gold} gold source/target spans, ${predicted} predicted actor mentions`,
      `recall, exact span:                 ${pct(figures.recallExact)}`,
      `recall, exact without determiner:   ${pct(figures.recallExactWithoutDeterminer)}`,
      `recall, token overlap:              ${pct(recall)}`,
      `precision, token overlap:           ${pct(precision)}`,
      `F1, token overlap:                  ${pct(f1)}`,
      `role-aware (event source/target vs gold S/T, overlap): precision ${pct(figures.rolePrecision)}, ` +
        `recall ${pct(figures.roleRecall)}, F1 ${pct(figures.roleF1)}`,
      `BENCH_JSON ${JSON.stringify(figures)}`,
      "",
    ].join("\n"),
  );
}

await main(process.argv[2]);
