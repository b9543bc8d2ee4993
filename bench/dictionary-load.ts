/**
 * Dictionary load time: in a fresh process, the time to import the bundled actor dictionaries
 * (JSON parse), validate every entry against its schema and build the indexes. Run as a child
 * by `npm run bench` (median of five processes) or alone: `node dist/bench/dictionary-load.js`.
 */

import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface DictionaryLoad {
  readonly medianMs: number;
  readonly runsMs: readonly number[];
  readonly names: number;
  readonly agents: number;
  readonly people: number;
}

/** Runs five fresh processes and returns the median load time. */
export function benchDictionaryLoad(runs = 5): DictionaryLoad {
  const self = fileURLToPath(import.meta.url);
  const results: { ms: number; names: number; agents: number; people: number }[] = [];
  for (let n = 0; n < runs; n++) {
    const child = spawnSync(process.execPath, [self, "--child"], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`dictionary load failed: ${child.stderr}`);
    results.push(JSON.parse(child.stdout));
  }
  const runsMs = results.map((r) => r.ms);
  const sorted = [...runsMs].sort((a, b) => a - b);
  const last = results.at(-1) as { names: number; agents: number; people: number };
  return { medianMs: sorted[Math.floor(sorted.length / 2)] as number, runsMs, ...last };
}

async function child(): Promise<void> {
  const started = performance.now();
  const { bundledActorLexicon } = await import("../src/lexicon/bundled-actors.js");
  const lexicon = bundledActorLexicon();
  const ms = performance.now() - started;
  process.stdout.write(
    JSON.stringify({
      ms,
      names: lexicon.names.size,
      agents: lexicon.agents.size,
      people: lexicon.dictionaries.people.length,
    }),
  );
}

if (process.argv[2] === "--child") {
  await child();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // Run alone: print the figure.
  const load = benchDictionaryLoad();
  process.stdout.write(
    `dictionaries: ${load.names} name keys, ${load.agents} agent words, ${load.people} people; ` +
      `load + validate + index median ${load.medianMs.toFixed(0)} ms (runs: ${load.runsMs.map((x) => x.toFixed(0)).join(", ")})\n`,
  );
}
