/**
 * The coding pool with real workers (the compiled worker, so `npm run build` runs first when
 * it is missing) and with stand-in workers that fail on cue, to check what a batch sees when an
 * article throws, a worker dies, a worker cannot start, or the batch is aborted.
 */

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHORT_ARTICLES } from "../../test/support/short-articles.js";
import type { Article } from "../model/article.js";
import { CodingPool } from "./coding-pool.js";
import type { Coded } from "./ordered-coding.js";

const root = path.resolve(import.meta.dirname, "../..");
const compiled = (file: string) => path.join(root, "dist/src", file);

async function codeAll<T>(pool: CodingPool, items: readonly T[], articleOf: (i: T) => Article) {
  const out: Coded<T>[] = [];
  async function* source() {
    yield* items;
  }
  for await (const coded of pool.codeInOrder(source(), articleOf)) out.push(coded);
  return out;
}

/** A stand-in worker speaking the pool's protocol: "die" exits, "hang" never answers. */
function fakeWorker(onStart = 'parentPort.postMessage({ kind: "ready" });'): URL {
  const source = `
    import { parentPort } from "node:worker_threads";
    parentPort.on("message", ({ job, article }) => {
      if (article.text === "die") process.exit(3);
      if (article.text === "hang") return;
      parentPort.postMessage({ kind: "coded", job, result: { coded: { id: article.id }, sentences: 1 } });
    });
    ${onStart}`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

const text = (id: string, body = id): Article => ({ id, text: body });

describe("the coding pool with real workers", () => {
  let pool: CodingPool;
  beforeAll(async () => {
    if (!existsSync(compiled("app/coding-worker.js"))) {
      execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
    }
    pool = await CodingPool.start({
      workers: 2,
      defaultDate: "2023-01-01",
      syntax: true,
      inFlight: 3,
    });
  });
  afterAll(() => pool?.close());

  it("codes a batch in input order, each result equal to coding it on the main thread", async () => {
    // The same compiled code the workers run, so a stale build cannot make the two differ.
    const { createCoder } = (await import(compiled("coder.js"))) as typeof import("../coder.js");
    const { codeArticle } = (await import(
      compiled("app/code-article.js")
    )) as typeof import("./code-article.js");
    const coder = await createCoder({ defaultDate: "2023-01-01" });

    const batch = [...SHORT_ARTICLES, ...SHORT_ARTICLES.map((a) => ({ ...a, id: `${a.id}-2` }))];
    const coded = await codeAll(pool, batch, (a) => a);
    expect(coded.map((c) => c.item.id)).toEqual(batch.map((a) => a.id));
    for (const { item, outcome } of coded) {
      expect(outcome).toEqual({ result: codeArticle(coder, item, true) });
    }
    const undated = coded.find((c) => c.item.id === "kyiv-embassy")?.outcome;
    expect(undated && "result" in undated && undated.result.coded.date).toBe("2023-01-01");
    expect(
      coded.some(
        (c) => c.outcome && "result" in c.outcome && c.outcome.result.coded.events.length > 0,
      ),
    ).toBe(true);
  });

  it("reports an article that throws and codes the rest", async () => {
    const broken = { id: "broken", text: 42 } as unknown as Article;
    const batch = [SHORT_ARTICLES[0] as Article, broken, SHORT_ARTICLES[1] as Article];
    const coded = await codeAll(pool, batch, (a) => a);
    expect(coded.map((c) => c.item.id)).toEqual(["ankara-talks", "broken", "nairobi-arrests"]);
    const [first, failed, last] = coded.map((c) => c.outcome);
    expect(first && "result" in first).toBe(true);
    expect(failed && "error" in failed && failed.error.message).toMatch(
      /expecting a valid Javascript string/,
    );
    expect(last && "result" in last).toBe(true);
  });
});

describe("the coding pool when things go wrong", () => {
  it("reports a worker that dies for the article it was coding, and carries on with a new one", async () => {
    const pool = await CodingPool.start({ workers: 1, workerUrl: fakeWorker() });
    try {
      const coded = await codeAll(pool, ["a", "b", "c", "d", "e"], (id) =>
        text(id, id === "b" ? "die" : id),
      );
      expect(coded.map((c) => c.item)).toEqual(["a", "b", "c", "d", "e"]);
      const errors = coded.map((c) =>
        c.outcome && "error" in c.outcome ? c.outcome.error.message : null,
      );
      expect(errors[1]).toMatch(
        /a coding worker stopped while coding it: exit code 3; a new worker takes its place/,
      );
      expect(errors.filter((e) => e !== null)).toHaveLength(1);
    } finally {
      await pool.close();
    }
  });

  it("fails to start with the reason a worker could not load its coder", async () => {
    const failing = fakeWorker(
      'parentPort.postMessage({ kind: "start-failed", error: { message: "gazetteer.json: a data file failed validation (missing)", code: "E_DATA", input: "gazetteer.json" } });',
    );
    await expect(CodingPool.start({ workers: 2, workerUrl: failing })).rejects.toMatchObject({
      name: "HarbingerError",
      code: "E_DATA",
      message: "gazetteer.json: a data file failed validation (missing)",
    });
  });

  it("ends the batch with the abort's reason and stops its workers", async () => {
    const abort = new AbortController();
    const pool = await CodingPool.start({
      workers: 1,
      workerUrl: fakeWorker(),
      signal: abort.signal,
    });
    const seen: string[] = [];
    const run = async () => {
      for await (const { item } of pool.codeInOrder(
        (async function* () {
          yield* ["a", "b", "c"];
        })(),
        (id) => text(id, id === "b" ? "hang" : id),
      )) {
        seen.push(item);
        if (item === "a") setTimeout(() => abort.abort(new Error("stopped by the user")), 10);
      }
    };
    await expect(run()).rejects.toThrow("stopped by the user");
    expect(seen).toEqual(["a"]);
    await expect(pool.submit(text("late"))).resolves.toMatchObject({
      error: { message: "stopped by the user" },
    });
  });
});
