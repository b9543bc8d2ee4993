import { describe, expect, it } from "vitest";
import type { Article } from "../model/article.js";
import type { CodingOutcome } from "./code-article.js";
import { codeInWindow } from "./coding-pool-order.js";

/** A fake coding: each article's outcome arrives after its own delay, so they finish out of order. */
function delayedSubmit(delays: Record<string, number>, started: string[]) {
  return (article: Article) => {
    started.push(article.id);
    return new Promise<CodingOutcome>((resolve) =>
      setTimeout(
        () => resolve({ result: { coded: { id: article.id } as never, sentences: 1 } }),
        delays[article.id] ?? 0,
      ),
    );
  };
}

async function* counted(ids: readonly string[], pulled: { count: number }) {
  for (const id of ids) {
    pulled.count++;
    yield id;
  }
}

describe("codeInWindow", () => {
  it("yields items in input order however late their outcomes arrive", async () => {
    const started: string[] = [];
    const submit = delayedSubmit({ a: 30, b: 1, c: 15, d: 0 }, started);
    const out: string[] = [];
    const items = counted(["a", "b", "c", "d"], { count: 0 });
    for await (const { item, outcome } of codeInWindow(
      items,
      (id) => ({ id, text: id }),
      submit,
      4,
    )) {
      expect(outcome).toEqual({ result: { coded: { id: item }, sentences: 1 } });
      out.push(item);
    }
    expect(out).toEqual(["a", "b", "c", "d"]);
    // All four were coded at once, not one after another.
    expect(started).toEqual(["a", "b", "c", "d"]);
  });

  it("passes items without an article through in their place, uncoded", async () => {
    const started: string[] = [];
    const submit = delayedSubmit({ a: 20 }, started);
    const articleOf = (id: string) => (id.startsWith("bad") ? undefined : { id, text: id });
    const out: (string | null)[] = [];
    const items = counted(["a", "bad-1", "b", "bad-2"], { count: 0 });
    for await (const { item, outcome } of codeInWindow(items, articleOf, submit, 3)) {
      out.push(outcome === null ? `${item} (passed)` : item);
    }
    expect(out).toEqual(["a", "bad-1 (passed)", "b", "bad-2 (passed)"]);
    expect(started).toEqual(["a", "b"]);
  });

  it("reads no further ahead than its limit while the consumer is busy", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `n${i}`);
    const pulled = { count: 0 };
    const submit = delayedSubmit({}, []);
    let yielded = 0;
    for await (const _ of codeInWindow(
      counted(ids, pulled),
      (id) => ({ id, text: id }),
      submit,
      5,
    )) {
      yielded++;
      // A slow consumer: the window fills up meanwhile, and stops there.
      await new Promise((resolve) => setTimeout(resolve, 2));
      expect(pulled.count - yielded).toBeLessThanOrEqual(5);
    }
    expect(yielded).toBe(30);
  });

  it("stops reading the input when the consumer stops", async () => {
    const pulled = { count: 0 };
    const ids = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const window = codeInWindow(
      counted(ids, pulled),
      (id) => ({ id, text: id }),
      delayedSubmit({}, []),
      4,
    );
    for await (const { item } of window) if (item === "n2") break;
    expect(pulled.count).toBeLessThanOrEqual(2 + 1 + 4);
  });

  it("ends with the input's error when reading fails", async () => {
    async function* failing() {
      yield "a";
      throw new Error("disk gone");
    }
    const window = codeInWindow(failing(), (id) => ({ id, text: id }), delayedSubmit({}, []), 4);
    const drain = async () => {
      for await (const _ of window);
    };
    await expect(drain()).rejects.toThrow("disk gone");
  });
});
