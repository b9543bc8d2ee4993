/**
 * What the store commands (`ingest`, `events`) share: their signature, the `--db` option, and
 * turning usage and store errors into messages and exit codes (2 for a usage error, 1 when the
 * store cannot be opened or written).
 */

import { type ParseArgsConfig, parseArgs } from "node:util";
import { HarbingerError } from "../errors.js";
import { displayLocation, storeLocation } from "../store/engine.js";
import { type OpenOptions, openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import type { Io } from "./io.js";

export type Env = Readonly<Record<string, string | undefined>>;

export type StoreCommand = (argv: readonly string[], io: Io, env: Env) => Promise<number>;

export const DB_HELP = `  --db PATH|URL   the event store: a SQLite file, or a postgres:// URL (default: the
                  HARBINGER_DB environment variable, else ./harbinger.db)`;

/** Parses a command's options; an unknown or malformed option is a usage error. */
type Parsed<T extends ParseArgsOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: T }>
>;
type ParseArgsOptions = NonNullable<ParseArgsConfig["options"]>;

export function parseOptions<T extends ParseArgsOptions>(
  argv: readonly string[],
  options: T,
  command: string,
): Parsed<T> {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new HarbingerError("E_USAGE", `harbinger ${command}`, detail);
  }
}

export async function openCommandStore(
  flag: string | undefined,
  env: Env,
  options: OpenOptions = {},
): Promise<{ store: Store; location: string }> {
  const location = storeLocation(flag, env);
  return { store: await openStore(location, options), location: displayLocation(location) };
}

/** Runs a command body, reporting usage and store errors the way every command does. */
export async function reportingErrors(io: Io, run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HarbingerError && (error.code === "E_USAGE" || error.code === "E_STORE")) {
      const hint = error.code === "E_USAGE" ? " (see harbinger --help)" : "";
      io.error(`${error.message} [${error.code}]${hint}`);
      return error.code === "E_USAGE" ? 2 : 1;
    }
    throw error;
  }
}
