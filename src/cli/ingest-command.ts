/**
 * `harbinger ingest INPUT…`: codes each article and stores it with its events in the event
 * store, one transaction per article. Re-running over the same inputs stores nothing twice;
 * after an interruption it stores only what is missing. Prints a summary; a bad input is
 * reported on stderr and the rest of the batch goes on.
 */

import { openCoding } from "../app/coding-jobs.js";
import { ingestArticles } from "../app/ingest-articles.js";
import { storeValidators } from "../app/store-validators.js";
import { HarbingerError } from "../errors.js";
import { parseArticleDate } from "../ingest/article-date.js";
import { DeferredValidators } from "../ingest/fetch/validator-store.js";
import { expandSources, type SourceOptions } from "../ingest/sources.js";
import { IngestReport, WEB_HELP, WEB_OPTIONS, watchIngest, webSettings } from "./ingest-web.js";
import type { Io } from "./io.js";
import { JOBS_HELP, parseJobs } from "./jobs-option.js";
import {
  DB_HELP,
  type Env,
  openCommandStore,
  parseOptions,
  reportingErrors,
} from "./store-command.js";

export const INGEST_HELP = `Usage: harbinger ingest [options] INPUT…

Codes articles and stores them, with their events and story clusters, in the event store.
INPUT: text files, folders and JSONL files as for harbinger code, or "-" for stdin; HTML
pages, RSS / Atom / JSON feeds and OPML lists of feeds, as files or http(s) addresses.
Pages are fetched politely (robots.txt, per-site limits); non-English articles are skipped.
A feed's ETag / Last-Modified are kept in the store, so the next run asks whether it changed.

Options:
${DB_HELP}
  --date D        reference date YYYY-MM-DD for articles that carry none
  --max-bytes N   largest article accepted, in bytes (default 10485760)
${JOBS_HELP}
${WEB_HELP}
  -h, --help      show this help

Exit status: 0 when every input was stored or already there, 1 when some failed, 2 on a
usage error.
`;

const OPTIONS = {
  db: { type: "string" },
  date: { type: "string" },
  "max-bytes": { type: "string" },
  jobs: { type: "string" },
  ...WEB_OPTIONS,
  help: { type: "boolean", short: "h" },
} as const;

export function runIngestCommand(argv: readonly string[], io: Io, env: Env): Promise<number> {
  return reportingErrors(io, async () => {
    const { values, positionals } = parseOptions(argv, OPTIONS, "ingest");
    if (values.help) {
      await io.write(INGEST_HELP);
      return 0;
    }
    if (positionals.length === 0) {
      throw new HarbingerError(
        "E_USAGE",
        "harbinger ingest",
        "give files, folders, or - for stdin",
      );
    }
    const date = values.date === undefined ? undefined : usageDate(values.date);
    const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
    if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
      throw new HarbingerError("E_USAGE", "--max-bytes", "expected a positive whole number");
    }
    const jobs = parseJobs(values.jobs);
    const web = webSettings(values);
    const report = new IngestReport(io, web.log);
    const sourceOptions: SourceOptions = {
      ...web.sources,
      summary: report.summary,
      onPlanned: (count) => report.planned(count),
      ...(io.stdin !== undefined && { stdin: io.stdin }),
      ...(maxBytes !== undefined && { maxBytes }),
    };
    // Coding may run on worker threads (started on first use); saving stays here, in order.
    const coding = openCoding({ jobs, ...(date !== undefined && { defaultDate: date }) });
    const { store, location } = await openCommandStore(values.db, env);
    try {
      if (web.watchEveryMs !== undefined) {
        // Each poll holds its feeds' new validators back until its items are stored (and
        // keeps none for a feed with a failed item, so the next poll tries that item again).
        const watchOptions = { ...sourceOptions, validators: storeValidators(store) };
        await watchIngest(positionals, web.watchEveryMs, watchOptions, async (items) => {
          const poll = await ingestArticles(report.inputs(items), coding, store, report.reporter);
          await io.write(`stored ${poll.stored} new article(s) with ${poll.events} event(s)\n`);
        });
        await io.write(report.finish());
        return 0;
      }
      // Feeds' validators are saved once their items are stored, and not at all for a feed
      // with a failed item: a run killed in between, or a failed item, is fetched again next
      // time instead of being told "not modified".
      const validators = new DeferredValidators(storeValidators(store));
      const expanded = expandSources(positionals, { ...sourceOptions, validators });
      const items = report.inputs(validators.track(expanded));
      const summary = await ingestArticles(items, coding, store, report.reporter);
      await validators.commit();
      await io.write(
        `stored ${summary.stored} article(s) with ${summary.events} event(s), ` +
          `${summary.duplicate} already stored, ${summary.failed} failed; store: ${location}\n`,
      );
      await io.write(report.finish());
      return summary.failed > 0 || report.summary.counts.failed > 0 ? 1 : 0;
    } finally {
      await coding.close();
      await store.close();
    }
  });
}

function usageDate(value: string): string {
  try {
    return parseArticleDate(value, "--date");
  } catch (error) {
    throw new HarbingerError("E_USAGE", "--date", (error as Error).message);
  }
}
