/**
 * `npm run bench:accuracy -- GOLD_DIR`: measures the event coder against human-coded data —
 * 1. penta-class of CAMEO codebook sentences, 2. the PETRARCH-2 GSR validation records,
 * 3. the PETRARCH unit-test records with their fictional actors, (a) with Harbinger's patterns and
 * (b) with PETRARCH's validation dictionary converted, whose codes the records expect — then
 * prints a report and one `BENCH_JSON {...}` line with every figure. A part whose file is missing
 * is skipped with a note.
 */

import { readFileSync } from "node:fs";
import { type Coder, createCoder } from "../src/coder.js";
import { type AccuracyArgs, type Input, parseAccuracyArgs, USAGE } from "./accuracy-args.js";
import { type ClassResult, runClassPart } from "./accuracy-class.js";
import { type FictionalActors, fictionalLexicon } from "./accuracy-fictional-actors.js";
import { type PetrarchResult, runPetrarchPart } from "./accuracy-petrarch.js";
import { parsePetrarchRecords } from "./accuracy-petrarch-records.js";
import type { CoderError } from "./accuracy-predict.js";
import {
  formatClass,
  formatConversion,
  formatErrors,
  formatFictional,
  formatMissReasons,
  formatPetrarch,
} from "./accuracy-report.js";
import { runValidationPart, type ValidationRun } from "./accuracy-unit-validation.js";

const out = (lines: readonly string[]) => process.stdout.write(`${lines.join("\n")}\n`);
const heading = (title: string) => out(["", `== ${title}`]);

/** Figures of a part for the JSON line: examples and error texts stay in the printed report. */
function petrarchJson(r: PetrarchResult) {
  const { misses: _misses, errors, ...figures } = r;
  return { ...figures, errors: errors.length };
}

function classJson(r: ClassResult) {
  const { errors, ...figures } = r;
  return { ...figures, errors: errors.length };
}

async function timed<T>(run: () => T | Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, (performance.now() - started) / 1000];
}

async function main(args: AccuracyArgs): Promise<void> {
  const started = performance.now();
  const json: Record<string, unknown> = {};
  const errors: CoderError[] = [];
  const skip = (part: string, input: Input & { missing: string }) => {
    out([`skipped: ${input.missing}`]);
    json[part] = { skipped: input.missing };
  };
  out(["Harbinger event coder accuracy"]);

  let bundledCoder: Coder | null = null;
  const bundled = async () => {
    if (bundledCoder === null) {
      const [coder, seconds] = await timed(() => createCoder());
      json.coderSetupSeconds = seconds;
      bundledCoder = coder;
    }
    return bundledCoder;
  };

  heading(
    "1. penta-class, CAMEO codebook sentences (main event: asserted/reported/intended/demanded)",
  );
  if ("missing" in args.classFile) skip("class", args.classFile);
  else {
    const result = runClassPart(await bundled(), args.classFile.path);
    out(formatClass(result));
    errors.push(...result.errors);
    json.class = classJson(result);
  }

  heading("2. PETRARCH-2 GSR validation records (bundled actors)");
  if ("missing" in args.gsrFile) skip("gsr", args.gsrFile);
  else {
    const records = parsePetrarchRecords(readFileSync(args.gsrFile.path, "utf8"));
    const result = runPetrarchPart(await bundled(), records, "gsr");
    out(formatPetrarch(result));
    errors.push(...result.errors);
    json.gsr = petrarchJson(result);
  }

  heading("3a. PETRARCH unit tests, real patterns (bundled + fictional actors)");
  if ("missing" in args.unitFile) skip("unit", args.unitFile);
  else if ("missing" in args.actorsFile) skip("unit", args.actorsFile);
  else {
    const content = readFileSync(args.actorsFile.path, "utf8");
    const [{ coder, actors }, seconds] = await timed(async () => {
      const { lexicon, actors } = fictionalLexicon(content);
      return { coder: await createCoder({ actors: lexicon }), actors };
    });
    out(formatFictional(actors));
    const records = parsePetrarchRecords(readFileSync(args.unitFile.path, "utf8"));
    const result = runPetrarchPart(coder, records, "unit");
    out(formatPetrarch(result));
    errors.push(...result.errors);
    json.unit = {
      ...petrarchJson(result),
      fictionalActors: actorsJson(actors),
      setupSeconds: seconds,
    };

    heading(
      "3b. PETRARCH unit tests, validation dictionary (its verbs converted, its agents added; " +
        "codes as the patterns give them, before recoding for mode)",
    );
    if ("missing" in args.verbsFile) skip("unitValidation", args.verbsFile);
    else if ("missing" in args.agentsFile) skip("unitValidation", args.agentsFile);
    else {
      const run = await runValidationPart(records, {
        actors: content,
        verbs: readFileSync(args.verbsFile.path, "utf8"),
        agents: readFileSync(args.agentsFile.path, "utf8"),
      });
      out(formatConversion(run.conversion, run.agents));
      out(formatPetrarch(run.result));
      out(["", ...formatMissReasons(run.misses)]);
      errors.push(...run.result.errors);
      json.unitValidation = validationJson(run);
    }
  }

  heading("coder errors");
  out(formatErrors(errors));
  json.coderErrors = errors.length;
  json.firstCoderErrors = errors.slice(0, 5).map((e) => `${e.part} ${e.id}`);
  json.totalSeconds = (performance.now() - started) / 1000;
  out([
    "",
    `total: ${(json.totalSeconds as number).toFixed(1)} s`,
    `BENCH_JSON ${JSON.stringify(json)}`,
  ]);
}

function validationJson(run: ValidationRun) {
  const { conversion: c, agents: a } = run;
  return {
    ...petrarchJson(run.result),
    setupSeconds: run.setupSeconds,
    conversion: {
      blocks: c.blocks,
      defaultVerbs: c.defaultVerbs,
      patternLines: c.patternLines,
      converted: c.converted,
      patterns: c.patterns,
      skipped: Object.fromEntries(c.skipped),
      conflicts: c.conflicts.length,
    },
    agents: { entries: a.entries, kept: a.agents.length, skipped: a.skipped.length },
    extraWithoutTarget: run.misses.extra.withoutTarget,
    missReasons: run.misses.reasons.map((r) => ({
      kind: r.kind,
      reason: r.reason,
      count: r.count,
      example: r.example.id,
    })),
  };
}

function actorsJson(a: FictionalActors) {
  return {
    entries: a.entries,
    countries: a.countries.length,
    uncoded: a.uncoded.length,
    shadowed: a.shadowed.length,
    conflicts: a.conflicts.length,
  };
}

let args: AccuracyArgs | null = null;
try {
  args = parseAccuracyArgs(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 2;
}
if (args !== null) await main(args);
