/**
 * End to end: the built `harbinger code` command over the bundled sample corpus and over bad
 * input. The offset property — every span in the output slices the article text exactly — is
 * checked over every article and every annotation, the syntax view included.
 */

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../src/ingest/front-matter.js";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "dist/src/cli/main.js");
const corpus = path.join(root, "examples/articles");

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], {
    encoding: "utf8",
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Every object with numeric start/end and a text field, anywhere in a record. */
function* spans(value: unknown): Generator<{ text: string; start: number; end: number }> {
  if (Array.isArray(value)) {
    for (const item of value) yield* spans(item);
  } else if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && typeof o.text === "string") {
      yield o as { text: string; start: number; end: number };
    }
    for (const child of Object.values(o)) yield* spans(child);
  }
}

beforeAll(() => {
  if (!fs.existsSync(cli)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
});

describe("harbinger code", () => {
  it("codes the whole sample corpus with offsets that slice each article exactly", () => {
    const files = fs.readdirSync(corpus).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThanOrEqual(30);
    const result = run(["code", "--syntax", corpus]);
    expect(result.status).toBe(0);
    const records = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(files.length);
    let checked = 0;
    for (const record of records) {
      const { meta, body } = parseFrontMatter(
        fs.readFileSync(path.join(corpus, `${record.id}.txt`), "utf8"),
      );
      expect(record.date).toBe(meta.date);
      expect(record.source).toBe(meta.source);
      for (const span of spans(record)) {
        expect(body.slice(span.start, span.end)).toBe(span.text);
        checked++;
      }
      expect(record.syntax.length).toBeGreaterThan(5);
    }
    expect(checked).toBeGreaterThan(5_000);
  });

  it("writes the contract's fields for JSONL input and applies --date to undated articles", () => {
    const input = [
      JSON.stringify({
        id: "a",
        text: "Canada closed its embassy in Kyiv.",
        date: "2022-02-12",
        source: "Wire",
      }),
      JSON.stringify({ id: "b", text: "Russia has mobilized 100,000 troops." }),
    ].join("\n");
    const result = run(["code", "--date", "2022-02-13", "-"], input);
    expect(result.status).toBe(0);
    const [a, b] = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(Object.keys(a)).toEqual([
      "id",
      "date",
      "lang",
      "source",
      "entities",
      "places",
      "times",
      "quantities",
      "quotes",
      "events",
    ]);
    expect(a.date).toBe("2022-02-12");
    expect(b.date).toBe("2022-02-13");
  });

  it("reports each bad input by name, codes the rest and exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-cli-"));
    try {
      fs.writeFileSync(
        path.join(dir, "binary.txt"),
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
      );
      fs.writeFileSync(
        path.join(dir, "latin1.txt"),
        Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x28]),
      );
      fs.writeFileSync(path.join(dir, "empty.txt"), "");
      fs.writeFileSync(path.join(dir, "good.txt"), "Russia denies planning to invade Ukraine.");
      fs.writeFileSync(
        path.join(dir, "lines.jsonl"),
        `{"id":"ok","text":"Talks resumed."}\nnot json\n{"id":"notext"}\n`,
      );
      const big = path.join(dir, "big.txt");
      fs.writeFileSync(big, "");
      fs.truncateSync(big, 50 * 1024 * 1024);
      const result = run(["code", dir, path.join(dir, "missing.txt")]);
      expect(result.status).toBe(1);
      const ids = result.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line).id);
      expect(ids).toEqual(["good", "ok"]);
      const errors = result.stderr.trim().split("\n");
      expect(errors).toEqual([
        expect.stringMatching(/big\.txt: is larger than the limit .* \[E_TOO_LARGE\]$/),
        expect.stringMatching(/binary\.txt: looks like a binary file.*\[E_BINARY\]$/),
        expect.stringMatching(/empty\.txt: is empty.*\[E_EMPTY\]$/),
        expect.stringMatching(/latin1\.txt: is not valid UTF-8.*\[E_ENCODING\]$/),
        expect.stringMatching(/lines\.jsonl:2: is not valid JSON.*\[E_JSON\]$/),
        expect.stringMatching(
          /lines\.jsonl:3: has a missing or invalid field.*"text".*\[E_FIELD\]$/,
        ),
        expect.stringMatching(/missing\.txt: no such file or folder \[E_NOT_FOUND\]$/),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with a message on usage errors", () => {
    expect(run(["code", "--format", "xml", corpus]).status).toBe(2);
    expect(run(["code", "--date", "2022-13-45", corpus]).stderr).toMatch(
      /--date: has an invalid date/,
    );
    expect(run(["frobnicate"]).status).toBe(2);
    expect(run(["--help"]).stdout).toMatch(/Usage: harbinger/);
  });

  it("prints a table with one row per article", () => {
    const result = run(["code", "--format", "table", corpus]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("id\tdate\tsource\tsentences\tentities\tevents");
    expect(lines.filter((l) => /^\d{4}-/.test(l)).length).toBe(
      fs.readdirSync(corpus).filter((f) => f.endsWith(".txt")).length,
    );
  });
});
