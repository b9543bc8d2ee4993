/**
 * `harbinger events [filters]`: prints the stored events that match, oldest first, as a
 * table, JSONL or CSV. Reads the store only; a missing SQLite file is an error, not a new store.
 */

import { streamEvents } from "../app/event-stream.js";
import { HarbingerError } from "../errors.js";
import { eventFilter, FILTER_HELP, parseLimit, QUERY_OPTIONS } from "./event-filter-args.js";
import { EVENT_FORMATS, type EventFormat, eventPrinter } from "./event-formats.js";
import type { Io } from "./io.js";
import {
  DB_HELP,
  type Env,
  openCommandStore,
  parseOptions,
  reportingErrors,
} from "./store-command.js";

export const EVENTS_HELP = `Usage: harbinger events [options]

Prints the stored events (one row per report; --clusters for one per real-world event),
oldest first, with their story cluster's counts of sources, articles and mentions.

Options:
${DB_HELP}
  --format F      table (default), jsonl or csv
  --limit N       print at most N events
${FILTER_HELP}
  -h, --help      show this help
`;

export function runEventsCommand(argv: readonly string[], io: Io, env: Env): Promise<number> {
  return reportingErrors(io, async () => {
    const { values, positionals } = parseOptions(argv, QUERY_OPTIONS, "events");
    if (values.help) {
      await io.write(EVENTS_HELP);
      return 0;
    }
    if (positionals.length > 0) {
      throw new HarbingerError("E_USAGE", "harbinger events", `unexpected "${positionals[0]}"`);
    }
    const format = (values.format ?? "table") as EventFormat;
    if (!EVENT_FORMATS.includes(format)) {
      throw new HarbingerError("E_USAGE", "--format", `expected ${EVENT_FORMATS.join(", ")}`);
    }
    const limit = parseLimit(values.limit);
    const filter = eventFilter(values);
    const { store } = await openCommandStore(values.db, env, { mustExist: true });
    try {
      const printer = eventPrinter(format);
      await io.write(printer.header);
      const events = streamEvents(store, filter, limit === undefined ? {} : { limit });
      for await (const event of events) await io.write(printer.row(event));
      return 0;
    } finally {
      await store.close();
    }
  });
}
