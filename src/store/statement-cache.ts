/**
 * Kysely's SQLite driver prepares every query anew; parsing the SQL of a wide multi-row insert
 * costs as much as running it. Saving an article runs the same dozen statements every time, so
 * the store hands Kysely a database whose `prepare` reuses statements, least recently used
 * dropped first. Safe because the driver runs one query at a time on its single connection.
 */

import type { Database as BetterSqlite, Statement } from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

export function cachingStatements(database: BetterSqlite, size = 256): SqliteDatabase {
  const cache = new Map<string, Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement !== undefined) {
        // Re-inserting moves the entry to the end of the Map's order: most recently used.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= size) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
