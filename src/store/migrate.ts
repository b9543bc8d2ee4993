/**
 * Versioned migrations, kept in code (no migration files to find at run time) and applied by
 * Kysely's Migrator, which records them in `kysely_migration`. On PostgreSQL the Migrator
 * locks and runs them in a transaction. On SQLite it does neither, so the store does: one
 * IMMEDIATE transaction around the whole run, which makes a second process wait and makes a
 * migration killed half-way leave no trace.
 */

import { type Kysely, type Migration, Migrator, sql } from "kysely";
import type { Engine } from "./engine.js";
import { initialSchema } from "./migrations/0001-initial.js";
import { quantitiesAndQuoteDetails } from "./migrations/0002-quantities-quote-details.js";
import { firstMentions } from "./migrations/0003-first-mentions.js";
import { wireAndFeedValidators } from "./migrations/0004-wire-feed-validators.js";
import type { Database } from "./schema.js";

export function storeMigrations(engine: Engine): Record<string, Migration> {
  return {
    "0001-initial": initialSchema(engine),
    "0002-quantities-quote-details": quantitiesAndQuoteDetails(),
    "0003-first-mentions": firstMentions(),
    "0004-wire-feed-validators": wireAndFeedValidators(engine),
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
  if (engine === "postgres") {
    const { error } = await migrator.migrateToLatest();
    if (error !== undefined) throw error;
    return;
  }
  // Kysely's SQLite driver holds one connection, so the Migrator's statements run inside this.
  await sql`begin immediate`.execute(db);
  const { error } = await migrator.migrateToLatest();
  await sql.raw(error === undefined ? "commit" : "rollback").execute(db);
  if (error !== undefined) throw error;
}
