import { describe, expect, it } from "vitest";
import { HarbingerError } from "../../errors.js";
import type { SourceItem } from "../source-item.js";
import { DeferredValidators, MemoryValidatorStore } from "./validator-store.js";

describe("deferred validators", () => {
  it("keeps new validators from the store until they are committed", async () => {
    const store = new MemoryValidatorStore();
    await store.set("https://a.test/feed", { etag: '"old"' });
    const deferred = new DeferredValidators(store);
    await deferred.set("https://a.test/feed", { etag: '"new"' });
    await deferred.set("https://b.test/feed", { lastModified: "Fri, 22 Jul 2022 12:00:00 GMT" });
    // Until the items are stored, the next run would still ask with the old validators.
    expect(await deferred.get("https://a.test/feed")).toEqual({ etag: '"old"' });
    expect(await store.get("https://b.test/feed")).toBeUndefined();
    await deferred.commit();
    expect(await store.get("https://a.test/feed")).toEqual({ etag: '"new"' });
    expect(await store.get("https://b.test/feed")).toEqual({
      lastModified: "Fri, 22 Jul 2022 12:00:00 GMT",
    });
  });
});

describe("deferred validators of a feed with a failed item", () => {
  const feed = "https://a.test/feed";
  const other = "https://b.test/feed";
  const fromFeed = (url: string, key: string) => ({ feed: url, key });
  const failure = (url: string, key: string): SourceItem => ({
    error: new HarbingerError("E_HTTP", `${url}/${key}`, "HTTP 503"),
    input: `${url}/${key}`,
    from: fromFeed(url, key),
  });

  async function* items(...list: SourceItem[]): AsyncGenerator<SourceItem> {
    yield* list;
  }

  it("keeps the old validators of a feed whose item failed, and commits the others", async () => {
    const store = new MemoryValidatorStore();
    await store.set(feed, { etag: '"old"' });
    const deferred = new DeferredValidators(store);
    await deferred.set(feed, { etag: '"new"' });
    await deferred.set(other, { etag: '"b1"' });
    const passed: SourceItem[] = [];
    const skipped: SourceItem = {
      skipped: { reason: "language", detail: "the text is in French (fr)", lang: "fr" },
      input: `${other}/fr`,
      from: fromFeed(other, "fr"),
    };
    for await (const item of deferred.track(items(failure(feed, "one"), skipped))) {
      passed.push(item);
    }
    // Items pass through unchanged.
    expect(passed.map((item) => item.input)).toEqual([`${feed}/one`, `${other}/fr`]);
    await deferred.commit();
    // The failed item's feed asks with its old validators again, so the server answers in
    // full and the item is tried again; a skip on purpose is no failure.
    expect(await store.get(feed)).toEqual({ etag: '"old"' });
    expect(await store.get(other)).toEqual({ etag: '"b1"' });
  });

  it("forgets a failure once committed, so a later success is saved", async () => {
    const store = new MemoryValidatorStore();
    const deferred = new DeferredValidators(store);
    await deferred.set(feed, { etag: '"v1"' });
    deferred.note(failure(feed, "one"));
    // An error that names no feed (the feed itself could not be read) holds nothing back.
    deferred.note({ error: new HarbingerError("E_HTTP", other, "HTTP 500"), input: other });
    await deferred.set(other, { etag: '"b1"' });
    await deferred.commit();
    expect(await store.get(feed)).toBeUndefined();
    expect(await store.get(other)).toEqual({ etag: '"b1"' });

    await deferred.set(feed, { etag: '"v1"' });
    await deferred.commit();
    expect(await store.get(feed)).toEqual({ etag: '"v1"' });
  });
});
