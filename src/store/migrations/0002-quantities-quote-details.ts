/**
 * Migration 0002: what the output contract gained after the first schema. Counted quantities
 * get their own table; events keep the precision of their date; quotes keep their quoted
 * parts, the events they report, the rule that found them and the speaker's actor. List and
 * record fields are JSON text, NULL where a record did not carry the field at all.
 */

import type { Kysely, Migration } from "kysely";

export function quantitiesAndQuoteDetails(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("quantities")
        .addColumn("article_id", "text", (c) => c.notNull().references("articles.id"))
        .addColumn("idx", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("value", "double precision", (c) => c.notNull())
        .addColumn("min", "double precision")
        .addColumn("max", "double precision")
        // 0 or 1: one integer type reads back the same from both engines, a boolean does not.
        .addColumn("approximate", "integer", (c) => c.notNull())
        .addColumn("role", "text")
        .addColumn("unit", "text")
        .addPrimaryKeyConstraint("quantities_pk", ["article_id", "idx"])
        .execute();
      // SQLite adds one column per ALTER TABLE statement.
      await db.schema.alterTable("events").addColumn("date_grain", "text").execute();
      for (const column of ["parts", "event_indices", "rule", "speaker_actor"]) {
        await db.schema.alterTable("quotes").addColumn(column, "text").execute();
      }
    },
  };
}
