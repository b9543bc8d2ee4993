/**
 * ETag and Last-Modified validators per address, kept between polls and runs so that fetching
 * a feed that has not changed costs one "304 Not Modified". The store is an interface: memory
 * for one process, the event store (see src/app/store-validators.ts) across runs.
 */

import type { SourceItem } from "../source-item.js";

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface ValidatorStore {
  get(url: string): Promise<Validators | undefined>;
  set(url: string, validators: Validators): Promise<void>;
}

export class MemoryValidatorStore implements ValidatorStore {
  private readonly entries = new Map<string, Validators>();

  async get(url: string): Promise<Validators | undefined> {
    return this.entries.get(url);
  }

  async set(url: string, validators: Validators): Promise<void> {
    this.entries.set(url, validators);
  }
}

/**
 * Holds new validators back until `commit`, which the caller runs once the items fetched with
 * them are stored: a crash in between must not leave a feed marked "seen" whose items were
 * never stored, or the next run's "not modified" would lose them. For the same reason a feed
 * one of whose items failed (its page answered 503, timed out…) keeps its old validators: the
 * next run or poll then fetches the feed in full and tries the item again. Items skipped on
 * purpose (another language, a duplicate) do not count as failures.
 */
export class DeferredValidators implements ValidatorStore {
  private readonly pending = new Map<string, Validators>();
  /** Feeds with an item that failed since the last commit. */
  private readonly failedFeeds = new Set<string>();

  constructor(private readonly store: ValidatorStore) {}

  get(url: string): Promise<Validators | undefined> {
    return this.store.get(url);
  }

  async set(url: string, validators: Validators): Promise<void> {
    this.pending.set(url, validators);
  }

  /** Notes an item's outcome: an error from a feed holds that feed's validators back. */
  note(item: SourceItem): void {
    if ("error" in item && item.from !== undefined) this.failedFeeds.add(item.from.feed);
  }

  /** Hands the items on unchanged, noting each one's outcome on the way. */
  async *track<T extends SourceItem>(items: AsyncIterable<T>): AsyncGenerator<T> {
    for await (const item of items) {
      this.note(item);
      yield item;
    }
  }

  /** Saves the validators held back, except those of feeds with a failed item. */
  async commit(): Promise<void> {
    for (const [url, validators] of this.pending) {
      if (!this.failedFeeds.has(url)) await this.store.set(url, validators);
    }
    this.pending.clear();
    this.failedFeeds.clear();
  }
}
