/**
 * ETag and Last-Modified validators per address, kept between polls and runs so that fetching
 * a feed that has not changed costs one "304 Not Modified". The store is an interface: memory
 * for one process, the event store (see src/app/store-validators.ts) across runs.
 */

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
 * never stored, or the next run's "not modified" would lose them.
 */
export class DeferredValidators implements ValidatorStore {
  private readonly pending = new Map<string, Validators>();

  constructor(private readonly store: ValidatorStore) {}

  get(url: string): Promise<Validators | undefined> {
    return this.store.get(url);
  }

  async set(url: string, validators: Validators): Promise<void> {
    this.pending.set(url, validators);
  }

  async commit(): Promise<void> {
    for (const [url, validators] of this.pending) await this.store.set(url, validators);
    this.pending.clear();
  }
}
