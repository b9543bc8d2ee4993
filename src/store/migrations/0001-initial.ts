/**
 * Migration 0001: the first schema (see ../schema.ts for what each column holds). Written once
 * with Kysely's schema builder for both engines; the one engine difference is that PostgreSQL
 * key columns compare bytewise (`collate "C"`), as SQLite's do, so both sort rows the same way
 * whatever locale the PostgreSQL database was created with.
 */

import { type ColumnDefinitionBuilder, type Kysely, type Migration, sql } from "kysely";
import type { Engine } from "../engine.js";

type Column = (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;

export function initialSchema(engine: Engine): Migration {
  const bytewise = (col: ColumnDefinitionBuilder) =>
    engine === "postgres" ? col.modifyFront(sql`collate "C"`) : col;
  const key: Column = (col) => bytewise(col).notNull();
  const notNull: Column = (col) => col.notNull();
  const article: Column = (col) => col.notNull().references("articles.id");

  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("outlets")
        .addColumn("name", "text", (c) => key(c).primaryKey())
        .execute();
      await db.schema
        .createTable("articles")
        .addColumn("id", "text", (c) => key(c).primaryKey())
        .addColumn("outlet", "text", (c) => c.references("outlets.name"))
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("date", "text", bytewise)
        .addColumn("lang", "text", notNull)
        .addColumn("text", "text", notNull)
        .addColumn("content_hash", "text", (c) => c.notNull().unique())
        .addColumn("copy_of", "text", key)
        .addColumn("source_key", "text", key)
        .addColumn("text_length", "integer", notNull)
        .addColumn("num_events", "integer", notNull)
        .addColumn("stored_at", "text", notNull)
        .execute();
      await db.schema
        .createTable("article_sketches")
        .addColumn("hash", "integer", notNull)
        .addColumn("article_id", "text", (c) => key(c).references("articles.id"))
        .addPrimaryKeyConstraint("article_sketches_pk", ["hash", "article_id"])
        .execute();

      const annotation = (table: string) =>
        db.schema
          .createTable(table)
          .addColumn("article_id", "text", (c) => key(c).references("articles.id"))
          .addColumn("idx", "integer", notNull)
          .addColumn("text", "text", notNull)
          .addColumn("span_start", "integer", notNull)
          .addColumn("span_end", "integer", notNull)
          .addPrimaryKeyConstraint(`${table}_pk`, ["article_id", "idx"]);
      await annotation("entities")
        .addColumn("type", "text", notNull)
        .addColumn("actor_code", "text", bytewise)
        .addColumn("actor_country", "text", bytewise)
        .addColumn("actor_sectors", "text")
        .addColumn("actor_name", "text")
        .execute();
      await annotation("places")
        .addColumn("name", "text", notNull)
        .addColumn("geonameid", "integer")
        .addColumn("country", "text", bytewise)
        .addColumn("admin1", "text")
        .addColumn("lat", "double precision", notNull)
        .addColumn("lon", "double precision", notNull)
        .addColumn("feature", "text", notNull)
        .execute();
      await annotation("times")
        .addColumn("value", "text", notNull)
        .addColumn("grain", "text", notNull)
        .execute();
      await annotation("quotes")
        .addColumn("kind", "text", notNull)
        .addColumn("speaker_text", "text")
        .addColumn("speaker_start", "integer")
        .addColumn("speaker_end", "integer")
        .addColumn("speaker_resolved", "text")
        .addColumn("cue_text", "text")
        .addColumn("cue_start", "integer")
        .addColumn("cue_end", "integer")
        .execute();

      await db.schema
        .createTable("clusters")
        .addColumn("id", "text", (c) => key(c).primaryKey())
        .addColumn("root", "text", key)
        .addColumn("claim", "text", key)
        .addColumn("actor_a", "text", key)
        .addColumn("actor_b", "text", key)
        .addColumn("date", "text", bytewise)
        .addColumn("location_name", "text")
        .addColumn("location_lat", "double precision")
        .addColumn("location_lon", "double precision")
        .addColumn("location_country", "text", bytewise)
        .addColumn("num_mentions", "integer", notNull)
        .addColumn("num_articles", "integer", notNull)
        .addColumn("num_sources", "integer", notNull)
        .addColumn("first_seen", "text", notNull)
        .execute();
      await db.schema
        .createTable("cluster_sources")
        .addColumn("cluster_id", "text", (c) => key(c).references("clusters.id"))
        .addColumn("source_key", "text", key)
        .addPrimaryKeyConstraint("cluster_sources_pk", ["cluster_id", "source_key"])
        .execute();

      let events = db.schema
        .createTable("events")
        .addColumn("id", "text", (c) => key(c).primaryKey())
        .addColumn("article_id", "text", article)
        .addColumn("idx", "integer", notNull)
        .addColumn("cluster_id", "text", (c) => key(c).references("clusters.id"))
        .addColumn("date_key", "text", key)
        .addColumn("event_date", "text", bytewise);
      for (const side of ["source", "target"]) {
        events = events
          .addColumn(`${side}_text`, "text")
          .addColumn(`${side}_start`, "integer")
          .addColumn(`${side}_end`, "integer")
          .addColumn(`${side}_code`, "text", bytewise)
          .addColumn(`${side}_country`, "text", bytewise)
          .addColumn(`${side}_sectors`, "text")
          .addColumn(`${side}_group`, "text", bytewise);
      }
      await events
        .addColumn("cameo", "text", key)
        .addColumn("root", "text", key)
        .addColumn("quad", "integer", notNull)
        .addColumn("penta", "integer", notNull)
        .addColumn("goldstein", "double precision", notNull)
        .addColumn("plover_type", "text")
        .addColumn("plover_mode", "text")
        .addColumn("acled_type", "text")
        .addColumn("acled_subtype", "text")
        .addColumn("mode", "text", key)
        .addColumn("location_name", "text")
        .addColumn("location_lat", "double precision")
        .addColumn("location_lon", "double precision")
        .addColumn("location_country", "text", bytewise)
        .addColumn("place_key", "text", bytewise)
        .addColumn("geo_cell", "integer")
        .addColumn("size", "text")
        .addColumn("sentence_start", "integer", notNull)
        .addColumn("sentence_end", "integer", notNull)
        .addColumn("trigger_text", "text", notNull)
        .addColumn("trigger_start", "integer", notNull)
        .addColumn("trigger_end", "integer", notNull)
        .addColumn("rule", "text", notNull)
        .addColumn("confidence", "double precision", notNull)
        .execute();
      await createIndexes(db);
    },
  };
}

/** The lookups the store makes on every save and the filters `harbinger events` offers. */
const INDEXES: Readonly<Record<string, readonly [string, readonly string[]]>> = {
  articles_date: ["articles", ["date"]],
  articles_outlet: ["articles", ["outlet"]],
  article_sketches_article: ["article_sketches", ["article_id"]],
  clusters_story: ["clusters", ["root", "actor_a", "actor_b", "claim", "date"]],
  events_article: ["events", ["article_id"]],
  events_cluster: ["events", ["cluster_id"]],
  events_date: ["events", ["date_key", "id"]],
  events_source_code: ["events", ["source_code", "date_key"]],
  events_source_group: ["events", ["source_group", "date_key"]],
  events_target_code: ["events", ["target_code", "date_key"]],
  events_target_group: ["events", ["target_group", "date_key"]],
  events_dyad: ["events", ["source_group", "target_group", "date_key"]],
  events_root: ["events", ["root", "date_key"]],
  events_location_country: ["events", ["location_country", "date_key"]],
  events_place: ["events", ["place_key", "date_key"]],
  events_cell: ["events", ["geo_cell", "date_key"]],
};

async function createIndexes(db: Kysely<unknown>): Promise<void> {
  for (const [name, [table, columns]] of Object.entries(INDEXES)) {
    await db.schema
      .createIndex(name)
      .on(table)
      .columns([...columns])
      .execute();
  }
}
