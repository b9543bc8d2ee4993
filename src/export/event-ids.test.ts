import { describe, expect, it } from "vitest";
import { globalEventId, hashEventId } from "./event-ids.js";

describe("GLOBALEVENTID", () => {
  it("uses the cluster's own number when it has one", () => {
    expect(globalEventId({ id: "a#0", globalEventId: 7 } as never)).toBe(7);
  });

  it("derives a stable positive safe integer from a text id", () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `article-${i}#${i % 7}`);
    const numbers = ids.map(hashEventId);
    for (const n of numbers) expect(Number.isSafeInteger(n) && n > 0).toBe(true);
    expect(new Set(numbers).size).toBe(ids.length);
    expect(hashEventId("border-story#0")).toBe(hashEventId("border-story#0"));
    expect(hashEventId("border-story#0")).not.toBe(hashEventId("border-story#1"));
  });
});
