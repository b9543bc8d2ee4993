/**
 * Migration 0003: each mention records whether it opened its story cluster. "One row per
 * cluster" queries filtered on that flag; comparing two columns (id = cluster_id) instead left
 * PostgreSQL's planner guessing how many rows pass, and it guessed so few that it read every
 * matching row and sorted them rather than reading a page in date order.
 */

import { type Kysely, type Migration, sql } from "kysely";

export function firstMentions(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable("events")
        .addColumn("opens_cluster", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await sql`update events set opens_cluster = 1 where id = cluster_id`.execute(db);
    },
  };
}
