/**
 * The source expander behind `harbinger ingest`: turns command-line sources — files, folders
 * (text, Markdown, JSONL, HTML, feeds, OPML), http(s) addresses of pages, feeds or OPML lists,
 * and `-` for stdin — into a stream of articles, each with its own error or skip reason, so a
 * bad source never stops the run. Duplicates within the run are reported; near-duplicates
 * (syndicated copies) are tagged with their group.
 */

import { type ExpandContext, SOURCE_DEFAULTS, type SourceOptions } from "./expand/context.js";
import { fromPath } from "./expand/from-path.js";
import { fromUrl } from "./expand/from-url.js";
import { RunDedupe } from "./expand/run-dedupe.js";
import type { Fetcher } from "./fetch/fetch-types.js";
import { createFetcher } from "./fetch/fetcher.js";
import { readInputs } from "./read-inputs.js";
import type { SourceItem } from "./source-item.js";

export type { SourceOptions } from "./expand/context.js";
export type { FeedOrigin, Skip, SkipReason, SourceItem } from "./source-item.js";

/** True for a source that is fetched rather than read from disk. */
export function isUrlSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export async function* expandSources(
  sources: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceItem> {
  let owned: Fetcher | undefined;
  const context: ExpandContext = {
    options,
    maxBytes: options.maxBytes ?? SOURCE_DEFAULTS.maxBytes,
    minEmbeddedChars: options.minEmbeddedChars ?? SOURCE_DEFAULTS.minEmbeddedChars,
    itemConcurrency: options.itemConcurrency ?? SOURCE_DEFAULTS.itemConcurrency,
    fetcher: () => {
      if (options.fetcher !== undefined) return options.fetcher;
      // Pages are held to the same size limit as files unless the fetch options say otherwise.
      owned ??= createFetcher({
        ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
        ...options.fetchOptions,
      });
      return owned;
    },
    noteFetched: () => options.summary?.noteFetched(),
    noteItems: (count) => options.onPlanned?.(count),
  };
  const dedupe = new RunDedupe();
  try {
    for (const source of sources.length === 0 ? ["-"] : sources) {
      for await (const item of expandOne(source, context)) yield dedupe.check(item);
    }
  } finally {
    owned?.close();
  }
}

async function* expandOne(source: string, context: ExpandContext): AsyncGenerator<SourceItem> {
  if (isUrlSource(source)) {
    yield* fromUrl(source, context);
  } else if (source === "-") {
    const stdin = context.options.stdin;
    for await (const item of readInputs(["-"], {
      maxBytes: context.maxBytes,
      ...(stdin !== undefined && { stdin }),
    })) {
      context.noteItems(1);
      yield item;
    }
  } else {
    yield* fromPath(source, context);
  }
}
