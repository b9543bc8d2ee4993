/**
 * Command-line options of `npm run bench:accuracy`: a gold folder (holding cameo-sentences/ and
 * petrarch/) and/or single files. Resolved once here into one path per part, or null with the
 * reason the part is skipped, so the parts never look at argv or the file system layout.
 */

import { existsSync } from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

/** A file a part reads, or why the part cannot run. */
export type Input = { readonly path: string } | { readonly missing: string };

export interface AccuracyArgs {
  readonly classFile: Input;
  readonly gsrFile: Input;
  readonly unitFile: Input;
  readonly actorsFile: Input;
  /** PETRARCH's validation verb and agent dictionaries, for the unit tests' own-dictionary run. */
  readonly verbsFile: Input;
  readonly agentsFile: Input;
}

export const USAGE =
  "usage: npm run bench:accuracy -- [GOLD_DIR] [--class FILE] [--gsr FILE] [--unit FILE --actors FILE [--verbs FILE --agents FILE]]\n";

const IN_GOLD_DIR = {
  class: "cameo-sentences/class-train.tsv",
  gsr: "petrarch/PETR2_GSR_validation.xml",
  unit: "petrarch/PETR.UnitTest.records.xml",
  actors: "petrarch/PETR.Validate.actors.txt",
  verbs: "petrarch/PETR.Validate.verbs.txt",
  agents: "petrarch/PETR.Validate.agents.txt",
} as const;

export function parseAccuracyArgs(argv: readonly string[]): AccuracyArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      class: { type: "string" },
      gsr: { type: "string" },
      unit: { type: "string" },
      actors: { type: "string" },
      verbs: { type: "string" },
      agents: { type: "string" },
    },
  });
  if (positionals.length > 1) throw new Error(`expected one GOLD_DIR, got ${positionals.length}`);
  const dir = positionals[0];
  if (dir === undefined && Object.values(values).every((v) => v === undefined)) {
    throw new Error("give a GOLD_DIR or at least one file");
  }
  // An explicit file wins over the gold folder's copy, so one file can be swapped for a trial.
  const pick = (key: keyof typeof IN_GOLD_DIR): Input => {
    const given = values[key];
    const file = given ?? (dir === undefined ? undefined : path.join(dir, IN_GOLD_DIR[key]));
    if (file === undefined) return { missing: `no --${key} and no GOLD_DIR` };
    return existsSync(file) ? { path: path.resolve(file) } : { missing: `${file} not found` };
  };
  return {
    classFile: pick("class"),
    gsrFile: pick("gsr"),
    unitFile: pick("unit"),
    actorsFile: pick("actors"),
    verbsFile: pick("verbs"),
    agentsFile: pick("agents"),
  };
}
