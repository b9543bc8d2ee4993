/**
 * Opens a PostgreSQL store through a `pg` connection pool, for teams and for many ingest
 * workers writing to one database.
 */

import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

export function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
