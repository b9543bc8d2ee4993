/**
 * End to end: `--jobs 2` (coding on worker threads) against `--jobs 1` (the main thread alone)
 * on the built CLI. Output and stored events must be identical, in the same order, including
 * a bad input and an article that copies another one in the same batch.
 */

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { SHORT_ARTICLES } from "../support/short-articles.js";
import { snapshot } from "../support/store-snapshot.js";

const root = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(root, "dist/src/cli/main.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-jobs-"));
const articles = path.join(dir, "articles");

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  fs.mkdirSync(articles);
  for (const [i, a] of SHORT_ARTICLES.entries()) {
    const meta = [`id: ${a.id}`, ...(a.date ? [`date: ${a.date}`] : []), `source: ${a.source}`];
    const file = path.join(articles, `${i}-${a.id}.txt`);
    fs.writeFileSync(file, `---\n${meta.join("\n")}\n---\n${a.text}\n`);
  }
  // The same story again from the same outlet: stored once, the copy reported as a duplicate.
  const first = SHORT_ARTICLES[0];
  fs.writeFileSync(
    path.join(articles, "5-copy.txt"),
    `---\nid: copy\ndate: ${first?.date}\nsource: ${first?.source}\n---\n${first?.text}\n`,
  );
  fs.writeFileSync(path.join(articles, "6-empty.txt"), "");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--jobs", () => {
  it("harbinger code writes the same records in the same order on workers", () => {
    const one = run(["code", "--jobs", "1", "--syntax", "--date", "2023-01-01", articles]);
    const two = run(["code", "--jobs", "2", "--syntax", "--date", "2023-01-01", articles]);
    expect(one.status).toBe(1); // the empty file
    expect(one.stderr).toMatch(/6-empty\.txt: is empty/);
    const ids = one.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).id);
    expect(ids).toEqual([...SHORT_ARTICLES.map((a) => a.id), "copy"]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
  });

  it("harbinger ingest stores the same articles, events and clusters on workers", async () => {
    const stores: unknown[] = [];
    for (const jobs of ["1", "2"]) {
      const db = path.join(dir, `jobs-${jobs}.db`);
      const result = run(["ingest", "--db", db, "--jobs", jobs, "--log", "text", articles]);
      expect(result.stdout).toMatch(
        /^stored 5 article\(s\) with \d+ event\(s\), 1 already stored, 1 failed/,
      );
      const store = await openStore(db);
      try {
        stores.push(await snapshot(store));
      } finally {
        await store.close();
      }
    }
    expect(stores[1]).toEqual(stores[0]);
  });

  it("rejects a --jobs that is not a positive whole number", () => {
    for (const bad of ["0", "-2", "two", "1.5"]) {
      const result = run(["code", `--jobs=${bad}`, articles]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--jobs: invalid command-line usage");
    }
  });
});
