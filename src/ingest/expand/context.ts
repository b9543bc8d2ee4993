/**
 * What one expansion run shares across its sources: the fetcher, the options, and the
 * bookkeeping that spans sources (articles already seen, near-duplicate groups, counts).
 */

import type { FeedItem } from "../feeds/feed.js";
import type { Fetcher, FetcherOptions } from "../fetch/fetch-types.js";
import type { ValidatorStore } from "../fetch/validator-store.js";
import type { IngestSummary } from "../report/summary.js";

export interface SourceOptions {
  /** The fetcher for URLs; one is created from `fetchOptions` when absent (and closed after). */
  readonly fetcher?: Fetcher;
  readonly fetchOptions?: FetcherOptions;
  /** Validators for conditional requests of URLs given as sources (feeds, mostly). */
  readonly validators?: ValidatorStore;
  /** Largest file or article in bytes (10 MiB by default). */
  readonly maxBytes?: number;
  readonly stdin?: NodeJS.ReadableStream;
  /** Fetch the pages of feed items that carry no full text (true by default). */
  readonly fetchPages?: boolean;
  /** Feed content with at least this many characters of text is the article itself. */
  readonly minEmbeddedChars?: number;
  /** Feed item pages fetched in parallel (the fetcher's own limits still apply). */
  readonly itemConcurrency?: number;
  /** Only feed items this returns true for are read (watch mode: the new ones). */
  readonly itemFilter?: (feed: string, item: FeedItem) => boolean;
  /** Counts fetched documents and item outcomes as the run goes. */
  readonly summary?: IngestSummary;
  /** Called with the number of items a source turned out to hold (for a progress bar). */
  readonly onPlanned?: (count: number) => void;
  readonly signal?: AbortSignal;
}

export const SOURCE_DEFAULTS = {
  maxBytes: 10 * 1024 * 1024,
  minEmbeddedChars: 400,
  itemConcurrency: 8,
} as const;

export interface ExpandContext {
  readonly options: SourceOptions;
  /** Created on first use, so file-only runs never open a connection pool. */
  fetcher(): Fetcher;
  readonly maxBytes: number;
  readonly minEmbeddedChars: number;
  readonly itemConcurrency: number;
  noteFetched(): void;
  noteItems(count: number): void;
}
