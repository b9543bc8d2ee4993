/**
 * Migration 0004: articles keep the news agency they are credited to (`wire`), which decides
 * their source when they copy no stored article; and the ETag / Last-Modified answers of the
 * feeds fetched, kept between runs so an unchanged feed costs one "304 Not Modified".
 */

import { type Kysely, type Migration, sql } from "kysely";
import type { Engine } from "../engine.js";

export function wireAndFeedValidators(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("articles").addColumn("wire", "text").execute();
      await db.schema
        .createTable("feed_validators")
        // Bytewise on PostgreSQL, as SQLite compares text (see 0001).
        .addColumn("url", "text", (c) =>
          (engine === "postgres" ? c.modifyFront(sql`collate "C"`) : c).primaryKey(),
        )
        .addColumn("etag", "text")
        .addColumn("last_modified", "text")
        .addColumn("updated_at", "text", (c) => c.notNull())
        .execute();
    },
  };
}
