/**
 * End to end: `harbinger export` in every format and `harbinger show` over a SQLite store of
 * the sample corpus, as a user runs them.
 */

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCsv, readTsv } from "../support/delimited.js";
import { CLI } from "../support/kill-and-resume.js";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(root, "examples/articles");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-export-"));
const db = path.join(dir, "corpus.db");

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
}

beforeAll(() => {
  if (!fs.existsSync(CLI)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  expect(run(["ingest", "--db", db, corpus]).status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("harbinger export", () => {
  const mentions = () =>
    run(["events", "--db", db, "--format", "jsonl"])
      .stdout.trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; cluster: { id: string } });

  it("writes one GDELT Events line of 61 columns per story cluster", () => {
    const out = run(["export", "--db", db, "--format", "gdelt"]);
    expect(out.status).toBe(0);
    const rows = readTsv(out.stdout);
    expect(rows.length).toBe(new Set(mentions().map((m) => m.cluster.id)).size);
    for (const row of rows) expect(row).toHaveLength(61);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
  });

  it("writes one GDELT Mentions line of 16 columns per stored report", () => {
    const out = run(["export", "--db", db, "--format", "gdelt-mentions"]);
    const rows = readTsv(out.stdout);
    expect(rows.length).toBe(mentions().length);
    for (const row of rows) expect(row).toHaveLength(16);
  });

  it("writes CSV with a header and PLOVER records as JSON lines, honouring filters", () => {
    const csv = readCsv(run(["export", "--db", db, "--format", "csv", "--cameo", "19"]).stdout);
    const [header, ...rows] = csv;
    const cameo = (header as string[]).indexOf("cameo");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[cameo]).toMatch(/^19/);
    const plover = run(["export", "--db", db, "--format", "plover", "--limit", "5"]);
    for (const line of plover.stdout.trim().split("\n")) {
      expect(JSON.parse(line)).toMatchObject({ has_event: true, coder: "Harbinger" });
    }
  });

  it("refuses an unknown format as a usage error", () => {
    const out = run(["export", "--db", db, "--format", "xml"]);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain("--format");
  });
});

describe("harbinger show", () => {
  it("prints a stored article with its events and their evidence", () => {
    const id = "2022-01-05-kazakhstan-state-of-emergency";
    const out = run(["show", "--db", db, id]);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(id);
    expect(out.stdout).toContain("verbs/17-coerce#arrest");
    expect(out.stdout).not.toContain("\u001b[");
  });

  it("says so when the article is not in the store", () => {
    const out = run(["show", "--db", db, "no-such-article"]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("no-such-article");
  });
});
