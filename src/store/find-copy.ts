/**
 * Finds the earlier article a new one copies (a syndicated wire story), through the shingle
 * sketches: candidates share at least two sketch values with the new text, the best few are
 * compared in full, and the first true copy gives its wire story's id and source.
 */

import type { Kysely } from "kysely";
import { isSyndicatedCopy, shingleHashes } from "../analyze/syndication.js";
import type { Database } from "./schema.js";

/** Candidates compared in full; copies share most sketch values, so they come first. */
const MAX_CANDIDATES = 8;

export interface CopySource {
  readonly copyOf: string;
  readonly sourceKey: string;
}

export async function findCopy(
  db: Kysely<Database>,
  shingles: ReadonlySet<number>,
  sketch: readonly number[],
): Promise<CopySource | null> {
  if (sketch.length === 0) return null;
  const candidates = await db
    .selectFrom("article_sketches")
    .select(["article_id", (eb) => eb.fn.countAll().as("shared")])
    .where("hash", "in", [...sketch])
    .groupBy("article_id")
    .having((eb) => eb.fn.countAll(), ">=", Math.min(2, sketch.length))
    .orderBy("shared", "desc")
    .orderBy("article_id")
    .limit(MAX_CANDIDATES)
    .execute();
  for (const { article_id } of candidates) {
    const earlier = await db
      .selectFrom("articles")
      .select(["text", "copy_of", "source_key"])
      .where("id", "=", article_id)
      .executeTakeFirst();
    if (earlier !== undefined && isSyndicatedCopy(shingles, shingleHashes(earlier.text))) {
      return { copyOf: earlier.copy_of, sourceKey: earlier.source_key };
    }
  }
  return null;
}
