/**
 * Saves one coded article in one transaction: the article, its outlet, entities, places,
 * times, quotes, event mentions and their story clusters all commit together or not at all,
 * so a process killed at any moment leaves no half-stored article. Saving an article whose id,
 * or whose outlet and text, is already stored changes nothing and reports the duplicate.
 */

import type { Kysely } from "kysely";
import { storyKey } from "../analyze/story-match.js";
import { shingleHashes, sketch } from "../analyze/syndication.js";
import type { Article } from "../model/article.js";
import type { CodedDocument } from "../model/contract.js";
import { entityRows, placeRows, quantityRows, timeRows } from "./annotation-rows.js";
import { assignClusters } from "./assign-clusters.js";
import { contentHash } from "./content-hash.js";
import { eventRow, mentionId } from "./event-rows.js";
import { findCopy } from "./find-copy.js";
import { insertRows } from "./insert-rows.js";
import { quoteRows } from "./quote-rows.js";
import type { Database } from "./schema.js";
import type { BatchResult, SaveRequest, SaveResult } from "./store.js";

/** `wire:the canadian press`: one source key per agency, however its name was spaced or cased. */
function wireSourceKey(wire: string | null): string | null {
  return wire === null ? null : `wire:${wire.toLowerCase().replace(/\s+/g, " ")}`;
}

export async function findDuplicate(
  db: Kysely<Database>,
  article: Article,
  hash = contentHash(article),
): Promise<string | null> {
  const row = await db
    .selectFrom("articles")
    .select("id")
    .where((eb) => eb.or([eb("id", "=", article.id), eb("content_hash", "=", hash)]))
    .orderBy("id")
    .executeTakeFirst();
  return row?.id ?? null;
}

export function saveArticle(
  db: Kysely<Database>,
  article: Article,
  coded: CodedDocument,
): Promise<SaveResult> {
  return db.transaction().execute((trx) => saveInTransaction(trx, article, coded));
}

/**
 * Saves many articles in one transaction, each behind its own savepoint: an article that
 * fails is rolled back alone and reported, the others commit together. Bulk imports pay one
 * commit per batch instead of one per article; a crash loses (and a re-run redoes) the batch.
 */
export async function saveArticles(
  db: Kysely<Database>,
  batch: readonly SaveRequest[],
): Promise<BatchResult[]> {
  const trx = await db.startTransaction().execute();
  const results: BatchResult[] = [];
  try {
    for (const { article, coded } of batch) {
      const savepoint = await trx.savepoint("article").execute();
      try {
        results.push(await saveInTransaction(savepoint, article, coded));
        await savepoint.releaseSavepoint("article").execute();
      } catch (error) {
        await savepoint.rollbackToSavepoint("article").execute();
        await savepoint.releaseSavepoint("article").execute();
        const reason = error instanceof Error ? error : new Error(String(error));
        results.push({ status: "failed", articleId: article.id, error: reason });
      }
    }
    await trx.commit().execute();
  } catch (error) {
    await trx.rollback().execute();
    throw error;
  }
  return results;
}

async function saveInTransaction(
  db: Kysely<Database>,
  article: Article,
  coded: CodedDocument,
): Promise<SaveResult> {
  const storedAt = new Date().toISOString();
  const hash = contentHash(article);
  const earlier = await findDuplicate(db, article, hash);
  if (earlier !== null) return { status: "duplicate", articleId: article.id, duplicateOf: earlier };

  const outlet = article.source ?? null;
  const shingles = shingleHashes(article.text);
  const sketchHashes = sketch(shingles);
  const copy = await findCopy(db, shingles, sketchHashes);
  // Copies of one wire story count as the source that first published it; a story credited
  // to a wire, even rewritten so that no copy is found, counts as that wire.
  const wire = article.wire?.trim() || null;
  const sourceKey = copy?.sourceKey ?? wireSourceKey(wire) ?? outlet ?? `article:${article.id}`;
  if (outlet !== null) {
    await db
      .insertInto("outlets")
      .values({ name: outlet })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const inserted = await db
    .insertInto("articles")
    .values({
      id: article.id,
      outlet,
      title: article.title ?? null,
      url: article.url ?? null,
      date: article.date ?? null,
      lang: coded.lang,
      text: article.text,
      text_length: article.text.length,
      content_hash: hash,
      copy_of: copy?.copyOf ?? article.id,
      source_key: sourceKey,
      wire,
      num_events: coded.events.length,
      stored_at: storedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
    // Another writer stored the same article between the lookup and the insert.
    const other = (await findDuplicate(db, article, hash)) ?? article.id;
    return { status: "duplicate", articleId: article.id, duplicateOf: other };
  }
  await insertRows(
    db,
    "article_sketches",
    sketchHashes.map((h) => ({ hash: h, article_id: article.id })),
  );

  const articleDate = article.date ?? null;
  const mentions = coded.events.map((event, i) => ({
    id: mentionId(article.id, i),
    key: storyKey(event, articleDate),
  }));
  const clusters =
    mentions.length === 0 ? [] : await assignClusters(db, mentions, sourceKey, storedAt);
  await insertRows(
    db,
    "events",
    coded.events.map((e, i) => eventRow(article.id, i, e, articleDate, clusters[i] as string)),
  );
  await insertRows(db, "entities", entityRows(article.id, coded.entities));
  await insertRows(db, "places", placeRows(article.id, coded.places));
  await insertRows(db, "times", timeRows(article.id, coded.times));
  await insertRows(db, "quantities", quantityRows(article.id, coded.quantities ?? []));
  await insertRows(db, "quotes", quoteRows(article.id, coded.quotes));
  return {
    status: "stored",
    articleId: article.id,
    events: coded.events.length,
    newClusters: clusters.filter((id, i) => id === mentions[i]?.id).length,
    copyOf: copy?.copyOf ?? null,
  };
}
