/**
 * Opens a SQLite store file through better-sqlite3. WAL lets readers query while an ingest
 * writes; synchronous=NORMAL in WAL mode loses no committed transaction when the process is
 * killed (only a power cut may drop the last few), and keeps commits cheap enough to commit
 * every article on its own.
 */

import * as fs from "node:fs";
import * as path from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { HarbingerError } from "../errors.js";
import type { Database } from "./schema.js";
import { cachingStatements } from "./statement-cache.js";

export interface SqliteOptions {
  /** Refuse to create a file that does not exist (for commands that only read). */
  readonly mustExist?: boolean;
}

export function openSqlite(file: string, options: SqliteOptions = {}): Kysely<Database> {
  if (file !== ":memory:") {
    if (options.mustExist === true && !fs.existsSync(file)) {
      throw new HarbingerError("E_STORE", file, "no event store here yet; run harbinger ingest");
    }
    const folder = path.dirname(path.resolve(file));
    if (!fs.existsSync(folder)) {
      throw new HarbingerError("E_STORE", file, `the folder ${folder} does not exist`);
    }
  }
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 10000");
    // 64 MiB of page cache (the default is 2 MiB): a store of millions of events keeps its
    // indexes' upper levels in memory, which keeps inserts at random index positions cheap.
    database.pragma("cache_size = -65536");
  } catch (error) {
    throw new HarbingerError(
      "E_STORE",
      file,
      error instanceof Error ? error.message : String(error),
    );
  }
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(database) }),
  });
}
