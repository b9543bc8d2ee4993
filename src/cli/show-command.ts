/**
 * `harbinger show ARTICLE`: prints one stored article with its events, actors, places and
 * quotes highlighted, each event followed by its evidence.
 */

import { HarbingerError } from "../errors.js";
import { cameoTable } from "../ontology/bundled-cameo.js";
import type { Io } from "./io.js";
import { cameoLabels, formatArticleView } from "./show-format.js";
import {
  DB_HELP,
  type Env,
  openCommandStore,
  parseOptions,
  reportingErrors,
} from "./store-command.js";

export const SHOW_HELP = `Usage: harbinger show ARTICLE-ID [options]

Prints a stored article with its events (triggers), actors, places and quotes highlighted,
then each event with its code, mode, actors, date, place and evidence.

Options:
${DB_HELP}
  --no-color      plain text with bracket marks (also when NO_COLOR is set or not a terminal)
  -h, --help      show this help
`;

const OPTIONS = {
  db: { type: "string" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export function runShowCommand(argv: readonly string[], io: Io, env: Env): Promise<number> {
  return reportingErrors(io, async () => {
    const { values, positionals } = parseOptions(argv, OPTIONS, "show");
    if (values.help) {
      await io.write(SHOW_HELP);
      return 0;
    }
    const [id, ...rest] = positionals;
    if (id === undefined || rest.length > 0) {
      throw new HarbingerError("E_USAGE", "harbinger show", "expected one article id");
    }
    const { store } = await openCommandStore(values.db, env, { mustExist: true });
    try {
      const stored = await store.getArticle(id);
      if (stored === null) {
        io.error(`${id}: no such article in the store [E_NOT_FOUND]`);
        return 1;
      }
      const color = !values["no-color"] && env.NO_COLOR === undefined && io.isTerminal === true;
      const { text, wire } = stored.article;
      const view = { document: stored.coded, text, ...(wire !== undefined && { wire }) };
      await io.write(formatArticleView({ ...view, label: cameoLabels(cameoTable()) }, { color }));
      return 0;
    } finally {
      await store.close();
    }
  });
}
