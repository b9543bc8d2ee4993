/**
 * The crash test of `harbinger ingest`: a real child process ingests a batch, is killed with
 * SIGKILL part-way, and a second run resumes. The result must equal one uninterrupted run:
 * nothing lost, nothing stored twice, every article with all its events.
 */

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import SqliteDatabase from "better-sqlite3";
import pg from "pg";
import { expect } from "vitest";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";
import { engineOf } from "../../src/store/engine.js";
import { openStore } from "../../src/store/open-store.js";
import { snapshot } from "./store-snapshot.js";

const root = path.resolve(import.meta.dirname, "../..");
export const CLI = path.join(root, "dist/src/cli/main.js");

/** A JSONL batch of `count` articles: the sample corpus over and over, each copy its own story. */
export function writeBatch(file: string, count: number): void {
  const corpus = path.join(root, "examples/articles");
  const articles = fs
    .readdirSync(corpus)
    .sort()
    .map((name) => parseFrontMatter(fs.readFileSync(path.join(corpus, name), "utf8")));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const { meta, body } = articles[i % articles.length] as (typeof articles)[number];
    const round = Math.floor(i / articles.length);
    lines.push(
      JSON.stringify({
        id: `batch-${String(i).padStart(4, "0")}`,
        text: round === 0 ? body : `Update ${round}. ${body}`,
        date: meta.date,
        source: `${meta.source ?? "Wire"} ${round}`,
      }),
    );
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

function ingest(batch: string, db: string) {
  // Plain error lines: a clean run leaves stderr empty.
  const args = [CLI, "ingest", "--db", db, "--log", "text", batch];
  return spawnSync(process.execPath, args, { encoding: "utf8" });
}

/** Articles stored so far, read without migrating or locking (the ingest may still run). */
async function storedArticles(db: string): Promise<number> {
  if (engineOf(db) === "postgres") {
    const client = new pg.Client({ connectionString: db });
    await client.connect();
    try {
      const result = await client.query("select count(*) as n from articles");
      return Number(result.rows[0].n);
    } finally {
      await client.end();
    }
  }
  const sqlite = new SqliteDatabase(db, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("select count(*) as n from articles").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

export async function killAndResume(batch: string, total: number, db: string, cleanDb: string) {
  const clean = ingest(batch, cleanDb);
  expect(clean.stderr).toBe("");
  expect(clean.status).toBe(0);

  const child = spawn(process.execPath, [CLI, "ingest", "--db", db, batch], { stdio: "ignore" });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  let before = 0;
  while (before < 5 && child.exitCode === null) {
    await sleep(25);
    before = await storedArticles(db).catch(() => 0);
  }
  child.kill("SIGKILL");
  await exited;
  const killedAt = await storedArticles(db);
  // Killed part-way, not after the end: otherwise the test proves nothing.
  expect(child.signalCode).toBe("SIGKILL");
  expect(killedAt).toBeGreaterThanOrEqual(5);
  expect(killedAt).toBeLessThan(total);

  const resumed = ingest(batch, db);
  expect(resumed.status).toBe(0);
  expect(resumed.stdout).toContain(`stored ${total - killedAt} article(s)`);
  expect(resumed.stdout).toContain(`${killedAt} already stored, 0 failed`);
  const again = ingest(batch, db);
  expect(again.stdout).toContain(`stored 0 article(s) with 0 event(s), ${total} already stored`);

  const [a, b] = [await openStore(db), await openStore(cleanDb)];
  try {
    const [resumedSnapshot, cleanSnapshot] = [await snapshot(a), await snapshot(b)];
    expect(resumedSnapshot.counts.articles).toBe(total);
    expect(resumedSnapshot).toEqual(cleanSnapshot);
  } finally {
    await a.close();
    await b.close();
  }
}
