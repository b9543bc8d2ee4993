/**
 * Politeness per host: at most `perHost` requests at once to one host, request starts spaced
 * by the host's interval (the configured one, or a longer robots.txt Crawl-delay), and at most
 * `total` requests at once overall.
 */

import type { Clock } from "./clock.js";
import { Semaphore } from "./semaphore.js";

export interface LimiterOptions {
  readonly total: number;
  readonly perHost: number;
  readonly intervalMs: number;
  readonly clock: Clock;
}

interface HostState {
  readonly slots: Semaphore;
  /** Earliest time the next request to this host may start. */
  nextStart: number;
  intervalMs: number;
}

export class HostLimiter {
  private readonly total: Semaphore;
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly options: LimiterOptions) {
    this.total = new Semaphore(options.total);
  }

  private host(name: string): HostState {
    let state = this.hosts.get(name);
    if (state === undefined) {
      state = {
        slots: new Semaphore(this.options.perHost),
        nextStart: 0,
        intervalMs: this.options.intervalMs,
      };
      this.hosts.set(name, state);
    }
    return state;
  }

  /** Lengthens a host's interval (a Crawl-delay); never shortens the configured one. */
  slowDown(name: string, intervalMs: number): void {
    const state = this.host(name);
    state.intervalMs = Math.max(this.options.intervalMs, intervalMs);
  }

  async run<T>(name: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const state = this.host(name);
    return state.slots.run(async () => {
      // Reserve a start time first, then wait for it: requests keep their order and spacing.
      const now = this.options.clock.now();
      const start = Math.max(now, state.nextStart);
      state.nextStart = start + state.intervalMs;
      await this.options.clock.sleep(start - now, signal);
      return this.total.run(task);
    });
  }
}
