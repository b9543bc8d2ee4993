/**
 * The `--jobs` option of `harbinger code` and `harbinger ingest`: its help lines and its
 * parsing (the rule itself is in src/app/coding-jobs.ts). Kept apart from the coder so that
 * help and usage errors cost no model loading.
 */

import type { Jobs } from "../app/coding-jobs.js";
import { HarbingerError } from "../errors.js";

export const JOBS_HELP = `  --jobs N|auto   threads that code articles: 1 codes on the main thread alone, N on N
                  worker threads; auto (default) uses one worker fewer than the cores (at
                  most 4, and only where that makes 2 or more) once a batch has more than 20
                  articles, the main thread otherwise. The results, and their order, are the
                  same whatever the setting.`;

export function parseJobs(value: string | undefined): Jobs {
  if (value === undefined || value === "auto") return "auto";
  if (!/^\d+$/.test(value) || !(Number(value) > 0 && Number.isSafeInteger(Number(value)))) {
    throw new HarbingerError("E_USAGE", "--jobs", 'expected "auto" or a positive whole number');
  }
  return Number(value);
}
