import { describe, expect, it } from "vitest";
import { readyBatches } from "./ready-batches.js";

async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const batch of batches) out.push(batch);
  return out;
}

async function* buffered<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** Yields each item after a timer, as a slow feed would. */
async function* slow<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield item;
  }
}

describe("readyBatches", () => {
  it("fills batches from a source whose items are at hand", async () => {
    expect(await collect(readyBatches(buffered([1, 2, 3, 4, 5]), 2))).toEqual([
      [1, 2],
      [3, 4],
      [5],
    ]);
  });

  it("counts only the items that count towards the size, keeping the others in place", async () => {
    const items = ["a", "-", "b", "-", "c"];
    expect(await collect(readyBatches(buffered(items), 2, (x) => x !== "-"))).toEqual([
      ["a", "-", "b"],
      ["-", "c"],
    ]);
  });

  it("sends what it has rather than wait for a slow source, losing and repeating nothing", async () => {
    expect(await collect(readyBatches(slow([1, 2, 3]), 16))).toEqual([[1], [2], [3]]);
  });

  it("passes on the source's failure", async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error("feed broke");
    }
    const seen: number[][] = [];
    await expect(
      (async () => {
        for await (const batch of readyBatches(failing(), 4)) seen.push(batch);
      })(),
    ).rejects.toThrow("feed broke");
    expect(seen).toEqual([[1]]);
  });
});
