/**
 * Watch mode: polls feeds (and OPML lists of feeds) every interval with conditional requests,
 * and hands on only the items not handled before — an unchanged feed costs one "304 Not
 * Modified". An OPML list is read in full at each poll, so its feeds are always asked (see
 * from-url.ts). An item that failed is tried again at the next poll: its feed's new validators
 * are not kept, so the feed is fetched in full again. Stops when `signal` is aborted.
 */

import { type Clock, systemClock } from "../fetch/clock.js";
import { createFetcher } from "../fetch/fetcher.js";
import {
  DeferredValidators,
  MemoryValidatorStore,
  type ValidatorStore,
} from "../fetch/validator-store.js";
import type { SourceItem } from "../source-item.js";
import { expandSources, type SourceOptions } from "../sources.js";

export interface WatchOptions extends Omit<SourceOptions, "itemFilter" | "signal" | "validators"> {
  /** Validators kept between polls (and runs, with a persistent store). */
  readonly validators?: ValidatorStore;
  readonly clock?: Clock;
  /** Stop after this many polls; unbounded by default. */
  readonly maxPolls?: number;
}

/** Receives each poll's new items (articles, and errors or skips of new items). */
export type OnArticles = (items: SourceItem[], poll: number) => void | Promise<void>;

export async function watchFeeds(
  feeds: readonly string[],
  everyMs: number,
  onArticles: OnArticles,
  signal: AbortSignal,
  options: WatchOptions = {},
): Promise<void> {
  const clock = options.clock ?? systemClock;
  const validators = options.validators ?? new MemoryValidatorStore();
  const fetcher =
    options.fetcher ??
    createFetcher({
      clock,
      ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
      ...options.fetchOptions,
    });
  /** Keys of the items handled so far, per feed. */
  const handled = new Map<string, Set<string>>();
  const isNew = (feed: string, key: string) => !handled.get(feed)?.has(key);
  try {
    for (let poll = 1; options.maxPolls === undefined || poll <= options.maxPolls; poll++) {
      const items: SourceItem[] = [];
      // Validators are kept only once the poll's items have been handled: a crash in
      // between must not leave a feed marked "seen" whose items were never stored. A feed
      // with a failed item keeps none, so the next poll fetches it and tries the item again.
      const pending = new DeferredValidators(validators);
      const run = pending.track(
        expandSources(feeds, {
          ...options,
          fetcher,
          validators: pending,
          signal,
          itemFilter: (feed, item) => isNew(feed, item.key),
        }),
      );
      try {
        for await (const item of run) {
          // "Not modified" is the normal answer of a quiet feed, not news.
          if (!("skipped" in item && item.skipped.reason === "not-modified")) items.push(item);
        }
      } catch (error) {
        if (signal.aborted) return;
        throw error;
      }
      if (signal.aborted) return;
      await onArticles(items, poll);
      await pending.commit();
      for (const item of items) {
        if (item.from === undefined || "error" in item) continue;
        const keys = handled.get(item.from.feed) ?? new Set<string>();
        keys.add(item.from.key);
        handled.set(item.from.feed, keys);
      }
      if (options.maxPolls !== undefined && poll >= options.maxPolls) return;
      try {
        await clock.sleep(everyMs, signal);
      } catch {
        return; // Aborted while waiting: a normal stop.
      }
    }
  } finally {
    if (options.fetcher === undefined) fetcher.close();
  }
}
