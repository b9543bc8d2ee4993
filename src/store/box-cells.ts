/**
 * How a bounding-box query reads the events: through the grid-cell index when the box holds
 * few of them (fetch them all, sort, cut the page), or in date order testing each location
 * when it holds many (the page fills long before the end). A capped count over the cell index
 * tells which, at the cost of reading at most CAP index entries.
 */

import { type Kysely, sql } from "kysely";
import { type Box, boxCells } from "./geo-cells.js";
import type { Database } from "./schema.js";

const CAP = 5000;

/** The cells to read through, or null to read in date order. */
export async function cellsWorthReading(db: Kysely<Database>, box: Box): Promise<number[] | null> {
  const cells = boxCells(box);
  if (cells === null) return null;
  const probe = await db
    .selectFrom(
      db
        .selectFrom("events")
        .select(sql<number>`1`.as("one"))
        .where("geo_cell", "in", cells)
        .limit(CAP)
        .as("p"),
    )
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(probe.n) < CAP ? cells : null;
}
