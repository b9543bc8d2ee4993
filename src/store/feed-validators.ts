/**
 * The ETag / Last-Modified answers of fetched feeds, one row per address, so the next run
 * asks "changed since?" and an unchanged feed costs one "304 Not Modified".
 */

import type { Kysely } from "kysely";
import type { Database } from "./schema.js";
import type { FeedValidators } from "./store.js";

export async function feedValidators(
  db: Kysely<Database>,
  url: string,
): Promise<FeedValidators | null> {
  const row = await db
    .selectFrom("feed_validators")
    .select(["etag", "last_modified"])
    .where("url", "=", url)
    .executeTakeFirst();
  if (row === undefined) return null;
  return {
    ...(row.etag !== null && { etag: row.etag }),
    ...(row.last_modified !== null && { lastModified: row.last_modified }),
  };
}

export async function saveFeedValidators(
  db: Kysely<Database>,
  url: string,
  validators: FeedValidators,
): Promise<void> {
  const values = {
    etag: validators.etag ?? null,
    last_modified: validators.lastModified ?? null,
    updated_at: new Date().toISOString(),
  };
  await db
    .insertInto("feed_validators")
    .values({ url, ...values })
    .onConflict((oc) => oc.column("url").doUpdateSet(values))
    .execute();
}
