/**
 * End to end: the built `harbinger ingest` and `harbinger events` commands on a SQLite store,
 * and the crash test: an ingest killed with SIGKILL and resumed stores exactly what one
 * uninterrupted run does.
 */

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, killAndResume, writeBatch } from "../support/kill-and-resume.js";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(root, "examples/articles");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-ingest-"));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("harbinger ingest and events", () => {
  const db = path.join(dir, "corpus.db");
  const articles = fs.readdirSync(corpus).filter((f) => f.endsWith(".txt")).length;

  it("stores the sample corpus once, however often it is ingested", () => {
    const first = run(["ingest", "--db", db, "--log", "text", corpus]);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(
        `^stored ${articles} article\\(s\\) with \\d+ event\\(s\\), 0 already stored, 0 failed`,
      ),
    );
    const second = run(["ingest", corpus], { HARBINGER_DB: db });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(
      `stored 0 article(s) with 0 event(s), ${articles} already stored`,
    );
  });

  it("prints the stored events as JSONL, CSV and a table", () => {
    const stored = Number(/with (\d+) event/.exec(run(["ingest", "--db", db, corpus]).stdout)?.[1]);
    const jsonl = run(["events", "--db", db, "--format", "jsonl"]);
    expect(jsonl.status).toBe(0);
    const events = jsonl.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.length).toBeGreaterThan(articles);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const dates = events.map((e) => e.date ?? "");
    expect([...dates].sort()).toEqual(dates);
    expect(stored).toBe(0);
    const csv = run(["events", "--db", db, "--format", "csv", "--limit", "5"]);
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(6);
    const table = run(["events", "--db", db, "--cameo", events[0].event.root, "--limit", "3"]);
    expect(table.stdout.split("\n")[0]).toMatch(/^date\tcameo\tmode/);
    expect(table.stdout.trim().split("\n").length).toBeGreaterThan(1);
  });

  it("filters by actor and date on the command line as in the store", () => {
    const all = run(["events", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const russian = run([
      "events",
      "--db",
      db,
      "--format",
      "jsonl",
      "--actor",
      "rus",
      "--since",
      "2022-02-01",
    ])
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line).id);
    const expected = all
      .filter((e) => e.date !== null && e.date >= "2022-02-01")
      .filter((e) =>
        [e.event.source, e.event.target].some(
          (a) => a !== null && (a.country ?? a.code.slice(0, 3)) === "RUS",
        ),
      )
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(russian).toEqual(expected);
  });

  it("reports a bad input and stores the rest, exiting 1", () => {
    const other = path.join(dir, "bad-input.db");
    const missing = path.join(dir, "no-such-file.txt");
    const one = path.join(corpus, fs.readdirSync(corpus).sort()[0] as string);
    const result = run(["ingest", "--db", other, "--log", "text", missing, one]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${missing}: no such file or folder [E_NOT_FOUND]`);
    expect(result.stdout).toMatch(/^stored 1 article\(s\)/);
  });

  it("refuses bad options and a missing store", () => {
    expect(run(["events", "--db", db, "--quad", "9"]).status).toBe(2);
    expect(run(["events", "--db", db, "--format", "xml"]).stderr).toContain("--format");
    expect(run(["ingest", "--db", db]).status).toBe(2);
    const absent = run(["events", "--db", path.join(dir, "absent.db")]);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toContain("[E_STORE]");
    expect(fs.existsSync(path.join(dir, "absent.db"))).toBe(false);
  });
});

describe("an ingest killed mid-run", () => {
  it("resumes with nothing lost and nothing stored twice", async () => {
    const batch = path.join(dir, "batch.jsonl");
    writeBatch(batch, 60);
    await killAndResume(batch, 60, path.join(dir, "killed.db"), path.join(dir, "clean.db"));
  }, 180_000);
});
