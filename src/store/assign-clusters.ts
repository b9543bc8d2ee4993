/**
 * Puts each event mention of a new article into a story cluster, inside the article's
 * transaction: one lookup fetches the stored clusters that could match (same root and actor
 * pair, anchor date in the window), the pure story rule picks the one each mention joins, and
 * the rest open new clusters. Counts follow GDELT: mentions, distinct articles, and distinct
 * sources, where the copies of one wire story are one source.
 */

import type { Kysely } from "kysely";
import { addDays } from "../analyze/calendar-days.js";
import {
  bestStory,
  STORY_RULE,
  type StoryCandidate,
  type StoryClaim,
  type StoryKey,
  type StoryPlace,
} from "../analyze/story-match.js";
import type { ClusterTable, Database } from "./schema.js";

export interface MentionKey {
  readonly id: string;
  readonly key: StoryKey;
}

interface Tally {
  mentions: number;
  readonly created: boolean;
  readonly key: StoryKey;
  /** For a stored cluster without a place: the first place this article gives it. */
  newPlace: StoryPlace | null;
}

/** Returns the cluster id of each mention, in order. */
export async function assignClusters(
  db: Kysely<Database>,
  mentions: readonly MentionKey[],
  sourceKey: string,
  storedAt: string,
): Promise<string[]> {
  const candidates = await storedCandidates(db, mentions);
  const tallies = new Map<string, Tally>();
  const assigned = mentions.map(({ id, key }) => {
    const joined = bestStory(key, candidates, STORY_RULE);
    const clusterId = joined?.id ?? id;
    if (joined === undefined && key.date !== null) candidates.push({ id, key });
    const tally = tallies.get(clusterId) ?? {
      mentions: 0,
      created: joined === undefined,
      key,
      newPlace: null,
    };
    tally.mentions++;
    if (joined !== undefined && joined.key.place === null) tally.newPlace ??= key.place;
    tallies.set(clusterId, tally);
    return clusterId;
  });
  await writeTallies(db, tallies, sourceKey, storedAt);
  return assigned;
}

async function storedCandidates(
  db: Kysely<Database>,
  mentions: readonly MentionKey[],
): Promise<StoryCandidate[]> {
  const dated = mentions.filter((m) => m.key.date !== null);
  if (dated.length === 0) return [];
  const window = STORY_RULE.windowDays;
  const rows = await db
    .selectFrom("clusters")
    .selectAll()
    .where((eb) =>
      eb.or(
        dated.map(({ key }) =>
          eb.and([
            eb("root", "=", key.root),
            eb("claim", "=", key.claim),
            eb("actor_a", "=", key.actors[0]),
            eb("actor_b", "=", key.actors[1]),
            eb("date", ">=", addDays(key.date as string, -window)),
            eb("date", "<=", addDays(key.date as string, window)),
          ]),
        ),
      ),
    )
    .execute();
  return rows.map((row) => ({ id: row.id, key: clusterKey(row) }));
}

function clusterKey(row: ClusterTable): StoryKey {
  return {
    root: row.root,
    claim: row.claim as StoryClaim,
    actors: [row.actor_a, row.actor_b],
    date: row.date,
    place:
      row.location_name === null
        ? null
        : {
            name: row.location_name,
            lat: row.location_lat ?? 0,
            lon: row.location_lon ?? 0,
            country: row.location_country,
          },
  };
}

async function writeTallies(
  db: Kysely<Database>,
  tallies: ReadonlyMap<string, Tally>,
  sourceKey: string,
  storedAt: string,
): Promise<void> {
  const created = [...tallies].filter(([, t]) => t.created);
  if (created.length > 0) {
    await db
      .insertInto("clusters")
      .values(created.map(([id, t]) => newCluster(id, t, storedAt)))
      .execute();
  }
  const newSources = await db
    .insertInto("cluster_sources")
    .values([...tallies.keys()].map((cluster_id) => ({ cluster_id, source_key: sourceKey })))
    .onConflict((oc) => oc.doNothing())
    .returning("cluster_id")
    .execute();
  const sourceIsNew = new Set(newSources.map((row) => row.cluster_id));
  for (const [id, tally] of tallies) {
    if (tally.created) continue;
    await db
      .updateTable("clusters")
      .set((eb) => ({
        num_mentions: eb("num_mentions", "+", tally.mentions),
        num_articles: eb("num_articles", "+", 1),
        num_sources: eb("num_sources", "+", sourceIsNew.has(id) ? 1 : 0),
      }))
      .where("id", "=", id)
      .execute();
    const place = tally.newPlace;
    if (place === null) continue;
    // A cluster opened without a place takes the first place a later report gives.
    await db
      .updateTable("clusters")
      .set({
        location_name: place.name,
        location_lat: place.lat,
        location_lon: place.lon,
        location_country: place.country,
      })
      .where("id", "=", id)
      .where("location_name", "is", null)
      .execute();
  }
}

function newCluster(id: string, tally: Tally, firstSeen: string): ClusterTable {
  const { key } = tally;
  return {
    id,
    root: key.root,
    claim: key.claim,
    actor_a: key.actors[0],
    actor_b: key.actors[1],
    date: key.date,
    location_name: key.place?.name ?? null,
    location_lat: key.place?.lat ?? null,
    location_lon: key.place?.lon ?? null,
    location_country: key.place?.country ?? null,
    num_mentions: tally.mentions,
    num_articles: 1,
    num_sources: 1,
    first_seen: firstSeen,
  };
}
