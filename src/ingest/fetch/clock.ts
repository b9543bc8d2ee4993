/**
 * Time as the fetcher sees it: injectable, so that rate limits, backoff and watch intervals
 * are tested by what was waited for, never by how long a test took.
 */

import { setTimeout as wait } from "node:timers/promises";

export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason when it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: async (ms, signal) => {
    if (ms <= 0) {
      signal?.throwIfAborted();
      return;
    }
    await wait(ms, undefined, signal === undefined ? {} : { signal });
  },
};
