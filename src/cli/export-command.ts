/**
 * `harbinger export --format F [filters]`: writes the stored events in a published format
 * (GDELT 2.0 Events and Mentions, PLOVER JSONL, ACLED-style CSV, CSV, JSONL) to stdout. A
 * record that cannot be written is reported on stderr and the export goes on.
 */

import { exportRecords } from "../app/export-events.js";
import { asHarbingerError, HarbingerError } from "../errors.js";
import { EXPORT_FORMAT_NAMES, exportFormats, isExportFormatName } from "../export/formats.js";
import { worldCountryLookup } from "../export/world-countries.js";
import { cameoTable } from "../ontology/bundled-cameo.js";
import { eventFilter, FILTER_HELP, parseLimit, QUERY_OPTIONS } from "./event-filter-args.js";
import type { Io } from "./io.js";
import {
  DB_HELP,
  type Env,
  openCommandStore,
  parseOptions,
  reportingErrors,
} from "./store-command.js";

export const EXPORT_HELP = `Usage: harbinger export --format F [options]

Writes the stored events that match the filters, oldest first, in one of these formats:
${EXPORT_FORMAT_NAMES.map((name) => `  ${name.padEnd(15)} ${exportFormats[name].description}`).join("\n")}

Options:
${DB_HELP}
  --format F      one of the formats above (required)
  --limit N       export at most N event mentions
${FILTER_HELP}
  -h, --help      show this help
`;

export function runExportCommand(argv: readonly string[], io: Io, env: Env): Promise<number> {
  return reportingErrors(io, async () => {
    const { values, positionals } = parseOptions(argv, QUERY_OPTIONS, "export");
    if (values.help) {
      await io.write(EXPORT_HELP);
      return 0;
    }
    if (positionals.length > 0) {
      throw new HarbingerError("E_USAGE", "harbinger export", `unexpected "${positionals[0]}"`);
    }
    const name = values.format;
    if (name === undefined || !isExportFormatName(name)) {
      throw new HarbingerError("E_USAGE", "--format", `expected ${EXPORT_FORMAT_NAMES.join(", ")}`);
    }
    const limit = parseLimit(values.limit);
    const filter = eventFilter(values);
    const { store } = await openCommandStore(values.db, env, { mustExist: true });
    let failed = 0;
    try {
      const format = exportFormats[name];
      const records = exportRecords(store, {
        filter,
        cameo: cameoTable(),
        ...(limit !== undefined && { limit }),
      });
      const options = { countries: worldCountryLookup() };
      if (format.header !== null) await io.write(format.header);
      // Formats of real-world events write each story cluster once, from its first mention.
      const seen = new Set<string>();
      for await (const record of records) {
        if (format.unit === "event") {
          if (seen.has(record.cluster.id)) continue;
          seen.add(record.cluster.id);
        }
        let line: string | null;
        try {
          line = format.formatEvent(record, options);
        } catch (error) {
          failed++;
          io.error(asHarbingerError(error, `event mention ${record.mention.id}`).message);
          continue;
        }
        if (line !== null) await io.write(line);
      }
      return failed > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  });
}
