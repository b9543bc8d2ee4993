/**
 * Preloaded into the CLI with `node --import`: when the process exits, records its peak RSS as
 * JSON `{"maxRssKb": N}`, to the file named by HARBINGER_BENCH_RSS_FILE or else to stderr.
 * The CLI itself stays untouched; the bench measures it exactly as a user runs it.
 */

import { writeFileSync } from "node:fs";

const target = process.env.HARBINGER_BENCH_RSS_FILE;

process.on("exit", () => {
  const json = JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS });
  // A file, because writes to a piped stderr may be lost at exit on platforms where they are async.
  if (target !== undefined && target !== "") writeFileSync(target, json);
  else process.stderr.write(`BENCH_RSS ${json}\n`);
});
