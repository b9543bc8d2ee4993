/**
 * The event store: one interface, two engines (SQLite, PostgreSQL) behind it, one shared test
 * suite over both. It keeps articles with everything coded in them, the event mentions, and
 * the story clusters that group mentions of one real-world event.
 */

import type { Article } from "../model/article.js";
import type { CodedDocument, EventMode, EventOut } from "../model/contract.js";
import type { Engine } from "./engine.js";

export type SaveResult =
  | {
      readonly status: "stored";
      readonly articleId: string;
      readonly events: number;
      /** Clusters this article opened (its other mentions joined existing ones). */
      readonly newClusters: number;
      /** The earlier article this one copies, when it is a syndicated copy. */
      readonly copyOf: string | null;
    }
  | {
      readonly status: "duplicate";
      readonly articleId: string;
      /** The stored article with the same id, or with the same outlet and text. */
      readonly duplicateOf: string;
    };

export interface SaveRequest {
  readonly article: Article;
  readonly coded: CodedDocument;
}

/** The outcome of one article of a batch: failures are reported, not thrown. */
export type BatchResult =
  | SaveResult
  | { readonly status: "failed"; readonly articleId: string; readonly error: Error };

export interface BoundingBox {
  readonly minLon: number;
  readonly minLat: number;
  readonly maxLon: number;
  readonly maxLat: number;
}

/**
 * Filters of `harbinger events`, all optional and combined with AND. A three-letter actor
 * value matches actors of that country, or without a country whose code starts with it
 * (`RUS` finds RUS, RUSGOV, RUSMIL …; `IGO` every intergovernmental body); a longer value
 * matches that exact CAMEO code (`RUSMIL`).
 */
export interface EventFilter {
  /** Source or target. */
  readonly actor?: string;
  readonly source?: string;
  readonly target?: string;
  /** An actor's country or the event's location country. */
  readonly country?: string;
  /** A CAMEO root (2 digits) or a code and its sub-codes (3–4 digits). */
  readonly cameo?: string;
  readonly quad?: number;
  readonly mode?: EventMode;
  /** Inclusive `YYYY-MM-DD` bounds on the event's date (the article's when it has none). */
  readonly since?: string;
  readonly until?: string;
  /** The event's location name, case-blind. */
  readonly place?: string;
  readonly bbox?: BoundingBox;
  /** Story clusters reported by at least this many independent sources. */
  readonly minSources?: number;
  readonly articleId?: string;
  readonly clusterId?: string;
  /** Only the first mention of each story cluster: one row per real-world event. */
  readonly firstMentions?: boolean;
}

export interface PageRequest {
  readonly limit: number;
  /** Resume after this event (the last one of the previous page). */
  readonly after?: { readonly date: string | null; readonly id: string };
}

/** GDELT-style counts of a story cluster; syndicated copies of one wire story are one source. */
export interface ClusterStats {
  readonly id: string;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
  /** When its first report was stored: ISO 8601, UTC. */
  readonly firstSeen: string;
}

/** One stored event mention with where it was reported and the story it belongs to. */
export interface StoredEvent {
  readonly id: string;
  readonly articleId: string;
  /** Position of the event among its article's events. */
  readonly index: number;
  /** The event's date, else its article's (null when neither is known). */
  readonly date: string | null;
  readonly event: EventOut;
  readonly article: {
    readonly date: string | null;
    readonly outlet: string | null;
    readonly title: string | null;
    readonly url: string | null;
    /** Length of the article's text in UTF-16 code units. */
    readonly length: number;
    /** When it was stored: ISO 8601, UTC. */
    readonly storedAt: string;
  };
  readonly cluster: ClusterStats;
}

export interface StoredArticle {
  readonly article: Article;
  readonly coded: CodedDocument;
  readonly copyOf: string | null;
}

export interface StoreCounts {
  readonly articles: number;
  readonly events: number;
  readonly clusters: number;
  readonly outlets: number;
}

/** A fetched feed's ETag / Last-Modified, sent back as If-None-Match / If-Modified-Since. */
export interface FeedValidators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface Store {
  readonly engine: Engine;
  /** Stores an article and all it was coded with in one transaction; a second time, a no-op. */
  saveArticle(article: Article, coded: CodedDocument): Promise<SaveResult>;
  /** Stores many articles in one transaction, each all or nothing (for bulk imports). */
  saveArticles(batch: readonly SaveRequest[]): Promise<BatchResult[]>;
  /** The id of a stored article this one would duplicate, so callers can skip coding it. */
  findDuplicate(article: Article): Promise<string | null>;
  /** Events in (date, id) order; page with `after` set to the last event returned. */
  queryEvents(filter: EventFilter, page: PageRequest): Promise<StoredEvent[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  counts(): Promise<StoreCounts>;
  /** The validators last saved for a feed's address, or null. */
  feedValidators(url: string): Promise<FeedValidators | null>;
  /** Saves a feed's validators, replacing earlier ones. */
  saveFeedValidators(url: string, validators: FeedValidators): Promise<void>;
  close(): Promise<void>;
}
