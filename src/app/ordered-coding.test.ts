/**
 * Coding on the main thread: batches of the articles at hand go through the coder stage by
 * stage, and each item still comes back in its place with its own outcome.
 */

import { beforeAll, describe, expect, it } from "vitest";
import { SHORT_ARTICLES } from "../../test/support/short-articles.js";
import { type Coder, createCoder } from "../coder.js";
import type { Article } from "../model/article.js";
import { codeArticle } from "./code-article.js";
import { type Coded, inProcessCoding } from "./ordered-coding.js";

let coder: Coder;
beforeAll(async () => {
  coder = await createCoder();
});

async function codeAll<T>(items: readonly T[], articleOf: (item: T) => Article | undefined) {
  async function* source() {
    yield* items;
  }
  const out: Coded<T>[] = [];
  for await (const coded of inProcessCoding(coder).codeInOrder(source(), articleOf))
    out.push(coded);
  return out;
}

describe("coding on the main thread", () => {
  it("gives each article of a batch what coding it alone gives", async () => {
    const articles = SHORT_ARTICLES.slice(0, 3);
    const coded = await codeAll(articles, (a) => a);
    expect(coded.map((c) => c.outcome)).toEqual(
      articles.map((a) => ({ result: codeArticle(coder, a, false) })),
    );
  });

  it("passes items without an article through in place and fails only the article that throws", async () => {
    const broken = { id: "broken", text: 42 } as unknown as Article;
    const items = [SHORT_ARTICLES[0], "stored already", broken, SHORT_ARTICLES[1]];
    const coded = await codeAll(items, (item) => (typeof item === "string" ? undefined : item));
    expect(coded.map((c) => c.item)).toEqual(items);
    const [first, skipped, failed, last] = coded.map((c) => c.outcome);
    expect(first && "result" in first).toBe(true);
    expect(skipped).toBeNull();
    expect(failed && "error" in failed && failed.error.message).toMatch(
      /expecting a valid Javascript string/,
    );
    expect(last && "result" in last && last.result.coded.id).toBe(SHORT_ARTICLES[1]?.id);
  });
});
