/**
 * Multi-row inserts in chunks that stay under both engines' limits on bound parameters
 * (SQLite 32,766, PostgreSQL 65,535), so an article with thousands of annotations still saves.
 */

import type { Insertable, Kysely } from "kysely";
import type { Database } from "./schema.js";

const MAX_PARAMETERS = 30_000;

export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const perChunk = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += perChunk) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perChunk) as never)
      .execute();
  }
}
