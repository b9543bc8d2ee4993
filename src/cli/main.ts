#!/usr/bin/env node
/**
 * The `harbinger` command: parses arguments, runs a command, sets the exit code. Exit codes:
 * 0 all inputs coded, 1 some inputs failed, 2 usage error.
 */

import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { HarbingerError } from "../errors.js";
import { parseArticleDate } from "../ingest/article-date.js";
import { streamIo } from "./io.js";
import { JOBS_HELP, parseJobs } from "./jobs-option.js";
import { OUTPUT_FORMATS, type OutputFormat } from "./output-formats.js";
import type { StoreCommand } from "./store-command.js";

const HELP = `Usage: harbinger <command> [options]

Commands:
  code [INPUT…]   Code articles into events; writes one JSON object per article (JSONL).
                  INPUT: text files (.txt, .md, optional "---" front matter with id, date,
                  title, source, url), folders (walked recursively), JSONL files with lines
                  {"id","text","date"?,"title"?,"url"?,"source"?}, or "-" / nothing for stdin.
  ingest INPUT…   Code articles and store them with their events and story clusters in the
                  event store (--db PATH|URL, HARBINGER_DB, else ./harbinger.db). INPUT may
                  also be an HTML page, a feed or an OPML list, as a file or an http(s)
                  address; --watch keeps polling feeds.
  events          Query stored events: filters by actor, country, CAMEO code, QuadClass,
                  mode, dates, place or box, minimum sources; --format table|jsonl|csv.
  export          Write stored events as GDELT 2.0 Events or Mentions, PLOVER JSONL,
                  ACLED-style CSV, CSV or JSONL (--format), with the same filters as events.
  show ID         Print a stored article with its events, actors, places and quotes
                  highlighted, each event with its evidence.
                  (harbinger COMMAND --help lists each command's options.)

Options for code:
  --format F      jsonl (default), table or pretty
  --date D        reference date YYYY-MM-DD for articles that carry none
  --max-bytes N   largest article accepted, in bytes (default 10485760)
  --syntax        add the sentence, chunk and clause analysis to each record
${JOBS_HELP}
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 when every input was coded, 1 when some inputs failed, 2 on a usage error.
`;

/**
 * Commands on the event store: each parses its own options. Each is loaded when it runs, so a
 * command pays for its own dependencies only (`code` never loads the HTML reader or the SQL
 * drivers, `events` never the coder).
 */
const STORE_COMMANDS: Readonly<Record<string, () => Promise<StoreCommand>>> = {
  ingest: async () => (await import("./ingest-command.js")).runIngestCommand,
  events: async () => (await import("./events-command.js")).runEventsCommand,
  export: async () => (await import("./export-command.js")).runExportCommand,
  show: async () => (await import("./show-command.js")).runShowCommand,
};

async function main(argv: readonly string[]): Promise<number> {
  const io = streamIo(process.stdout, process.stderr, process.stdin);
  const storeCommand = STORE_COMMANDS[argv[0] ?? ""];
  if (storeCommand !== undefined) return (await storeCommand())(argv.slice(1), io, process.env);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.error(`${error instanceof Error ? error.message : String(error)} (see harbinger --help)`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    await io.write(`${version()}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (values.help || command === undefined || command === "help") {
    await io.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command !== "code") {
    io.error(`unknown command "${command}" (see harbinger --help)`);
    return 2;
  }
  try {
    const format = (values.format ?? "jsonl") as OutputFormat;
    if (!OUTPUT_FORMATS.includes(format)) {
      throw new HarbingerError(
        "E_USAGE",
        "--format",
        `expected one of ${OUTPUT_FORMATS.join(", ")}`,
      );
    }
    const date = values.date === undefined ? undefined : parseArticleDate(values.date, "--date");
    const maxBytes = values["max-bytes"] === undefined ? undefined : Number(values["max-bytes"]);
    const jobs = parseJobs(values.jobs);
    if (inputs.length === 0 && process.stdin.isTTY) {
      throw new HarbingerError(
        "E_USAGE",
        "harbinger code",
        "give files or folders, or pipe text to stdin",
      );
    }
    const { runCode } = await import("./code-command.js");
    const summary = await runCode(
      {
        inputs,
        format,
        syntax: values.syntax ?? false,
        jobs,
        ...(date !== undefined && { date }),
        ...(maxBytes !== undefined && { maxBytes }),
      },
      io,
    );
    if (format !== "jsonl" || process.stderr.isTTY) {
      io.error(
        `coded ${summary.coded} article(s), ${summary.sentences} sentence(s), ${summary.events} event(s); ${summary.failed} input(s) failed`,
      );
    }
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof HarbingerError && error.code === "E_USAGE") {
      io.error(`${error.message} [${error.code}]`);
      return 2;
    }
    throw error;
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: "string" },
      date: { type: "string" },
      "max-bytes": { type: "string" },
      syntax: { type: "boolean" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
}

function version(): string {
  const require = createRequire(import.meta.url);
  for (const candidate of ["../../../package.json", "../../package.json"]) {
    try {
      return (require(candidate) as { version: string }).version;
    } catch {
      // The compiled file sits one level deeper than the source; try the next.
    }
  }
  return "unknown";
}

// "harbinger export … | head": a reader that stops early is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `harbinger: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
