/**
 * Gazetteer load bench: `npm run build && node --expose-gc dist/bench/gazetteer-load.js`.
 * Loads the bundled index the way `createCoder()` does and reports the time and the memory it
 * adds (heap after a collection, and resident set size), with a few lookups as a check.
 */

import { bundledGazetteer } from "../src/lexicon/bundled-gazetteer.js";

const collect = () => (globalThis as { gc?: () => void }).gc?.();
collect();
const before = process.memoryUsage();
const started = performance.now();
const gazetteer = await bundledGazetteer();
const ms = performance.now() - started;
collect();
const after = process.memoryUsage();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `gazetteer: ${gazetteer.size.toLocaleString("en-US")} places loaded in ${ms.toFixed(0)} ms`,
);
console.log(
  `memory: heap +${mb(after.heapUsed - before.heapUsed)} MB, RSS +${mb(after.rss - before.rss)} MB${(globalThis as { gc?: unknown }).gc === undefined ? " (run with --expose-gc for a settled heap)" : ""}`,
);
for (const key of ["kiev", "lviv", "ottawa", "donbas"]) {
  const refs = gazetteer.lookup(key);
  console.log(`  ${key} → ${refs.map((r) => gazetteer.place(r.place).name).join(", ")}`);
}
