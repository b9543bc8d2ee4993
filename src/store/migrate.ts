/**
 * Versioned migrations, kept in code (no migration files to find at run time) and applied by
 * Kysely's Migrator, which records them in `kysely_migration` and takes a lock so that two
 * processes opening one PostgreSQL database do not both migrate it.
 */

import { type Kysely, type Migration, Migrator } from "kysely";
import type { Engine } from "./engine.js";
import { initialSchema } from "./migrations/0001-initial.js";
import type { Database } from "./schema.js";

export function storeMigrations(engine: Engine): Record<string, Migration> {
  return {
    "0001-initial": initialSchema(engine),
  };
}

export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<void> {
  const migrations = storeMigrations(engine);
  // Migrations see the database as it was at their version, not as the current schema says.
  const untyped = db as unknown as Kysely<unknown>;
  const migrator = new Migrator({
    db: untyped,
    provider: { getMigrations: async () => migrations },
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) throw error;
}
