import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { HarbingerError } from "../errors.js";
import { type InputItem, type ReadOptions, readInputs } from "./read-inputs.js";

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-"));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `content` to `name` under the temp dir (creating folders) and returns its path. */
function write(name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

async function collect(inputs: string[], options: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

/** A compact view of items: `[input, article id]` or `[input, error code]`. */
function summary(items: InputItem[]): [string, string][] {
  return items.map((item) => [item.input, "article" in item ? item.article.id : item.error.code]);
}

function errorOf(item: InputItem | undefined): HarbingerError {
  if (item === undefined || !("error" in item)) throw new Error("expected an error item");
  return item.error;
}

describe("readInputs: text files", () => {
  it("reads a file with front matter and offsets into the verbatim body", async () => {
    const file = write("story.md", "---\r\ndate: 2024-03-05\r\ntitle: Talks\r\n---\r\nBody.\r\n");
    const [item] = await collect([file]);
    expect(item).toEqual({
      input: file,
      article: { id: "story", text: "Body.\r\n", date: "2024-03-05", title: "Talks" },
    });
  });

  it("strips a BOM and reads a file without front matter whole", async () => {
    const file = write("plain.txt", Buffer.from("\uFEFFPlain text.\n"));
    const [item] = await collect([file]);
    expect(item).toEqual({ input: file, article: { id: "plain", text: "Plain text.\n" } });
  });

  it("reports a binary file named explicitly, whatever its extension", async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64),
    ]);
    const file = write("image.png", png);
    const items = await collect([file]);
    expect(summary(items)).toEqual([[file, "E_BINARY"]]);
    expect(errorOf(items[0]).message).toContain(file);
  });

  it("reports invalid UTF-8, empty and whitespace-only files, and carries on", async () => {
    const bad = write("bad.txt", Buffer.from([0x61, 0xc3, 0x28, 0x62]));
    const empty = write("empty.txt", "");
    const blank = write("blank.txt", " \n\t\n");
    const good = write("good.txt", "Fine.");
    const items = await collect([bad, empty, blank, good]);
    expect(summary(items)).toEqual([
      [bad, "E_ENCODING"],
      [empty, "E_EMPTY"],
      [blank, "E_EMPTY"],
      [good, "good"],
    ]);
    expect(errorOf(items[0]).message).toContain(`${bad}: is not valid UTF-8`);
    expect(errorOf(items[0]).message).toContain("byte offset 1");
  });

  it("rejects a 50 MB file from its size alone", async () => {
    const file = path.join(dir, "huge.txt");
    fs.writeFileSync(file, "");
    fs.truncateSync(file, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    const started = performance.now();
    const items = await collect([file]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary(items)).toEqual([[file, "E_TOO_LARGE"]]);
    const { message } = errorOf(items[0]);
    expect(message).toContain(file);
    expect(message).toContain("50.0 MiB");
    expect(message).toContain("10.0 MiB");
    expect(message).toContain("--max-bytes");
  });

  it("honours a smaller maxBytes", async () => {
    const file = write("a.txt", "x".repeat(20));
    expect(summary(await collect([file], { maxBytes: 10 }))).toEqual([[file, "E_TOO_LARGE"]]);
  });

  it("reports a missing path as E_NOT_FOUND and carries on", async () => {
    const missing = path.join(dir, "nope.txt");
    const good = write("good.txt", "Fine.");
    const items = await collect([missing, good]);
    expect(summary(items)).toEqual([
      [missing, "E_NOT_FOUND"],
      [good, "good"],
    ]);
    expect(errorOf(items[0]).message).toBe(`${missing}: no such file or folder`);
  });

  it("rejects a maxBytes that is not a positive whole number", async () => {
    await expect(collect([], { maxBytes: 0 })).rejects.toThrow(/--max-bytes/);
  });
});

describe("readInputs: JSONL files", () => {
  it("yields one item per line with path:LINE names, skipping blank lines", async () => {
    const file = write(
      "feed.jsonl",
      [
        '{"id":"a1","text":"Good line.","date":"2024-03-05","extra":1}',
        "this is not json",
        '{"id":"a3","title":"No text"}',
        "",
        '{"text":"Bad date.","date":"2024-02-31"}',
        "",
      ].join("\n"),
    );
    const items = await collect([file]);
    expect(summary(items)).toEqual([
      [`${file}:1`, "a1"],
      [`${file}:2`, "E_JSON"],
      [`${file}:3`, "E_FIELD"],
      [`${file}:5`, "E_DATE"],
    ]);
    expect(items[0]).toEqual({
      input: `${file}:1`,
      article: { id: "a1", text: "Good line.", date: "2024-03-05" },
    });
    for (const item of items.slice(1)) {
      expect(errorOf(item).message.startsWith(`${item.input}: `)).toBe(true);
    }
    expect(errorOf(items[2]).message).toContain('missing "text"');
  });

  it("defaults ids to name:LINE and reports bad UTF-8 and over-long lines per line", async () => {
    const file = write(
      "feed.ndjson",
      Buffer.concat([
        Buffer.from('\uFEFF{"text":"one"}\r\n'),
        Buffer.from([0x7b, 0x22, 0x74, 0xc3, 0x28, 0x0a]),
        Buffer.from(`{"text":"${"x".repeat(100)}"}\n`),
        Buffer.from('{"text":"four"}'),
      ]),
    );
    const items = await collect([file], { maxBytes: 50 });
    expect(summary(items)).toEqual([
      [`${file}:1`, "feed.ndjson:1"],
      [`${file}:2`, "E_ENCODING"],
      [`${file}:3`, "E_TOO_LARGE"],
      [`${file}:4`, "feed.ndjson:4"],
    ]);
  });

  it("reports a JSONL file without records and a binary one once", async () => {
    const empty = write("empty.jsonl", "\n\n");
    const binary = write("binary.jsonl", Buffer.concat([Buffer.alloc(100), Buffer.from("\n\n")]));
    expect(summary(await collect([empty, binary]))).toEqual([
      [empty, "E_EMPTY"],
      [binary, "E_BINARY"],
    ]);
  });
});

describe("readInputs: folders", () => {
  it("walks recursively in sorted order, skipping hidden entries and other extensions", async () => {
    write("b.md", "B");
    write("a.txt", "A");
    write("sub/c.text", "C");
    write("sub/deeper/d.TXT", "D");
    write("z.ndjson", '{"id":"z1","text":"Z"}\n');
    write(".hidden.txt", "hidden");
    write(".git/e.txt", "hidden too");
    write("image.png", Buffer.alloc(10));
    write("notes.docx", "not an article");
    fs.symlinkSync(dir, path.join(dir, "sub", "loop"));

    const items = await collect([dir]);
    expect(summary(items)).toEqual([
      [path.join(dir, "a.txt"), "a"],
      [path.join(dir, "b.md"), "b"],
      [path.join(dir, "sub", "c.text"), "c"],
      [path.join(dir, "sub", "deeper", "d.TXT"), "d"],
      [`${path.join(dir, "z.ndjson")}:1`, "z1"],
    ]);
  });

  it("yields nothing for a folder without articles", async () => {
    write("image.png", Buffer.alloc(10));
    expect(await collect([dir])).toEqual([]);
  });
});

describe("readInputs: stdin", () => {
  it("reads text (with front matter) as one article with id stdin", async () => {
    const stdin = Readable.from(["---\ndate: 2024-03-05\n", "---\nStdin text.\n"]);
    expect(await collect(["-"], { stdin })).toEqual([
      { input: "<stdin>", article: { id: "stdin", text: "Stdin text.\n", date: "2024-03-05" } },
    ]);
  });

  it("reads stdin when no input is given", async () => {
    const stdin = Readable.from([Buffer.from("Just text.")]);
    expect(summary(await collect([], { stdin }))).toEqual([["<stdin>", "stdin"]]);
  });

  it("reads JSONL when the first non-blank character is {", async () => {
    const stdin = Readable.from([
      "\n  ",
      '{"id":"s1","text":"One"}\n{"te',
      'xt":"Two"}\n',
      "oops\n",
    ]);
    expect(summary(await collect(["-"], { stdin }))).toEqual([
      ["<stdin>:2", "s1"],
      ["<stdin>:3", "stdin:3"],
      ["<stdin>:4", "E_JSON"],
    ]);
  });

  it("reports empty and oversized stdin, and stdin named twice", async () => {
    const empty = await collect(["-", "-"], { stdin: Readable.from([]) });
    expect(summary(empty)).toEqual([
      ["<stdin>", "E_EMPTY"],
      ["<stdin>", "E_USAGE"],
    ]);
    const large = await collect(["-"], { stdin: Readable.from(["x".repeat(30)]), maxBytes: 20 });
    expect(summary(large)).toEqual([["<stdin>", "E_TOO_LARGE"]]);
    expect(errorOf(large[0]).message).toContain("<stdin>");
  });
});
