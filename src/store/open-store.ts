/**
 * Opens the store a location names (a SQLite file or a PostgreSQL URL) and brings its schema
 * to the latest migration.
 */

import { HarbingerError } from "../errors.js";
import { displayLocation, engineOf } from "./engine.js";
import { kyselyStore } from "./kysely-store.js";
import { migrateToLatest } from "./migrate.js";
import { openPostgres } from "./postgres-engine.js";
import { openSqlite } from "./sqlite-engine.js";
import type { Store } from "./store.js";

export interface OpenOptions {
  /** For a SQLite file: fail instead of creating it when it does not exist. */
  readonly mustExist?: boolean;
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<Store> {
  const engine = engineOf(location);
  const db = engine === "postgres" ? openPostgres(location) : openSqlite(location, options);
  try {
    await migrateToLatest(db, engine);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    if (error instanceof HarbingerError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new HarbingerError("E_STORE", displayLocation(location), detail);
  }
  return kyselyStore(db, engine);
}
