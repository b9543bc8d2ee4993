/**
 * ETag and Last-Modified validators per address, kept between runs so that polling a feed
 * that has not changed costs one "304 Not Modified". The store is an interface so a database
 * can keep them; a JSON file implementation serves the command line until then.
 */

import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import * as path from "node:path";

export interface Validators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export interface ValidatorStore {
  get(url: string): Promise<Validators | undefined>;
  set(url: string, validators: Validators): Promise<void>;
}

export class MemoryValidatorStore implements ValidatorStore {
  protected readonly entries = new Map<string, Validators>();

  async get(url: string): Promise<Validators | undefined> {
    return this.entries.get(url);
  }

  async set(url: string, validators: Validators): Promise<void> {
    this.entries.set(url, validators);
  }
}

/** Validators in one JSON object keyed by address; written whole, atomically, on each change. */
export class JsonFileValidatorStore extends MemoryValidatorStore {
  private loaded: Promise<void> | undefined;
  /** Writes run one after another, so two changes never race on the temporary file. */
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {
    super();
  }

  private load(): Promise<void> {
    this.loaded ??= readFile(this.file, "utf8").then(
      (text) => {
        const data = JSON.parse(text) as Record<string, Validators>;
        for (const [url, validators] of Object.entries(data)) this.entries.set(url, validators);
      },
      (error: NodeJS.ErrnoException) => {
        // No file yet is the normal first run; anything else is worth knowing about.
        if (error.code !== "ENOENT") throw error;
      },
    );
    return this.loaded;
  }

  override async get(url: string): Promise<Validators | undefined> {
    await this.load();
    return super.get(url);
  }

  override async set(url: string, validators: Validators): Promise<void> {
    await this.load();
    await super.set(url, validators);
    this.writing = this.writing.then(() => this.save());
    await this.writing;
  }

  private async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    // Write then rename: a crash mid-write leaves the previous file, never half a file.
    const temporary = `${this.file}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(Object.fromEntries(this.entries), null, 2)}\n`);
    await rename(temporary, this.file);
  }
}
