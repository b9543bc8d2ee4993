import { describe, expect, it } from "vitest";
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
