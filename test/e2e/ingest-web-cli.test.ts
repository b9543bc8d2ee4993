/**
 * End to end: the built `harbinger ingest` over a local web server — a feed, pages, a folder
 * of HTML files and an OPML list — storing clean, dated, deduplicated articles with their
 * events; re-ingesting changes nothing; a feed's ETag and Last-Modified are kept in the store,
 * so the next run's conditional request finds it unchanged (unless one of its items failed
 * and must be tried again), while an OPML list is read in full every run so that its feeds
 * are asked too; private addresses need --allow-private; off a terminal, item logs
 * are JSON lines unless --log text asks for plain error lines; --watch polls until
 * interrupted.
 */

import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalWebServer,
  startLocalWebServer,
  WEB_FIXTURES,
} from "../support/local-web-server.js";

const root = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(root, "dist/src/cli/main.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-web-"));
let server: LocalWebServer;

interface Result {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI without blocking this process, which serves the pages it fetches. */
function run(args: string[], untilStdout?: RegExp): Promise<Result> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let interrupted = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      // One Ctrl-C stops a watch cleanly; a second one would kill it.
      if (!interrupted && untilStdout?.test(stdout)) {
        interrupted = true;
        child.kill("SIGINT");
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

beforeAll(async () => {
  if (!fs.existsSync(CLI)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
  server = await startLocalWebServer();
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("harbinger ingest from the web", () => {
  const db = path.join(dir, "web.db");

  // Each CLI run loads the coder's dictionaries: generous limits for a busy machine.
  it("stores a feed, pages and a folder of HTML once, with their events", {
    timeout: 180_000,
  }, async () => {
    const sources = [
      "--db",
      db,
      "--log",
      "text",
      "--allow-private",
      `${server.origin}/feeds/world-rss.xml`,
      `${server.origin}/pages/wire-copy-valley-times.html`,
      path.join(WEB_FIXTURES, "pages"),
    ];
    const first = await run(["ingest", ...sources]);
    expect(first.status).toBe(0);
    // The trainers page comes twice with one canonical address (a duplicate within the run);
    // the Valley Times page twice under two ids (its address, its file), which the store
    // recognises as the same outlet's same text.
    expect(first.stdout).toMatch(
      /^stored 7 article\(s\) with [1-9]\d* event\(s\), 1 already stored, 0 failed/,
    );
    expect(first.stdout).toContain("new 7, duplicate 2, skipped 3 (language 3), failed 0");
    expect(first.stderr).toContain('french-article.html: skipped, the text is detected as "fr"');

    const again = await run(["ingest", ...sources]);
    expect(again.stdout).toMatch(/^stored 0 article\(s\) with 0 event\(s\), 8 already stored/);

    const events = execFileSync(
      process.execPath,
      [CLI, "events", "--db", db, "--format", "jsonl"],
      {
        encoding: "utf8",
      },
    )
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const dateOf = (title: string) =>
      new Set(events.filter((e) => e.article.title === title).map((e) => e.article.date));
    // The feed item's date, and the date of the page's own metadata.
    expect(dateOf("Baltic ministers call for more air patrols")).toEqual(new Set(["2022-01-27"]));
    expect(dateOf("Ministers agree to resume grain shipments")).toEqual(new Set(["2022-07-22"]));
  });

  it("asks the next run whether a feed changed, and stores nothing when it did not", {
    timeout: 120_000,
  }, async () => {
    const feed = fs.readFileSync(path.join(WEB_FIXTURES, "feeds", "valley.json"));
    const validators = { etag: '"valley-1"', "last-modified": "Fri, 22 Jul 2022 12:00:00 GMT" };
    server.route("/feeds/conditional.json", (request, response) => {
      if (request.headers["if-none-match"] === validators.etag) {
        response.writeHead(304, validators).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/feed+json", ...validators });
      response.end(feed);
    });
    const args = [
      "ingest",
      "--db",
      path.join(dir, "conditional.db"),
      "--allow-private",
      `${server.origin}/feeds/conditional.json`,
    ];
    const first = await run(args);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^stored 2 article\(s\)/);
    const conditional = () => server.requests.filter((r) => r.path === "/feeds/conditional.json");
    expect(conditional().at(-1)?.headers["if-none-match"]).toBeUndefined();
    const pages = server.hits("/pages/wire-copy-valley-times.html");

    const second = await run(args);
    expect(second.status).toBe(0);
    expect(conditional().at(-1)?.headers).toMatchObject({
      "if-none-match": '"valley-1"',
      "if-modified-since": "Fri, 22 Jul 2022 12:00:00 GMT",
    });
    expect(second.stdout).toMatch(/^stored 0 article\(s\) with 0 event\(s\), 0 already stored/);
    expect(second.stdout).toContain("fetched 0, new 0, duplicate 0, skipped 1 (not-modified 1)");
    expect(server.hits("/pages/wire-copy-valley-times.html")).toBe(pages);

    // Watch mode asks with the same stored validators from its first poll on.
    const asked = conditional().length;
    const watch = await run([...args, "--watch", "--every", "1h"], /stored 0 new article\(s\)/);
    expect(watch.status).toBe(0);
    expect(
      conditional()
        .slice(asked)
        .map((r) => r.headers["if-none-match"]),
    ).toEqual(['"valley-1"']);
  });

  it("fetches a feed again on the next run while one of its items failed", {
    timeout: 180_000,
  }, async () => {
    const etag = '"flaky-1"';
    const feed = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Valley Times",
      language: "en",
      items: [
        {
          id: "vt-flaky-grain",
          url: "/pages/flaky-grain.html",
          title: "Grain deal signed in Istanbul",
          date_published: "2022-07-22T14:00:00+03:00",
        },
      ],
    });
    server.route("/feeds/flaky.json", (request, response) => {
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, { etag }).end();
        return;
      }
      response.writeHead(200, { "content-type": "application/feed+json", etag }).end(feed);
    });
    const page = fs.readFileSync(path.join(WEB_FIXTURES, "pages", "wire-copy-valley-times.html"));
    let pageUp = false;
    server.route("/pages/flaky-grain.html", (_request, response) => {
      if (!pageUp) {
        // Longer than the fetcher waits for a retry: the item fails at once.
        response.writeHead(503, { "retry-after": "3600" }).end();
        return;
      }
      response.writeHead(200, { "content-type": "text/html" }).end(page);
    });
    const args = [
      "ingest",
      "--db",
      path.join(dir, "flaky.db"),
      "--allow-private",
      `${server.origin}/feeds/flaky.json`,
    ];
    const feedRequests = () => server.requests.filter((r) => r.path === "/feeds/flaky.json");

    const first = await run(args);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(
      /^stored 0 article\(s\) with 0 event\(s\), 0 already stored, 1 failed/,
    );

    pageUp = true;
    const second = await run(args);
    // The failed item kept the feed's validators from being saved: no "not modified".
    expect(feedRequests().at(-1)?.headers["if-none-match"]).toBeUndefined();
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(
      /^stored 1 article\(s\) with [1-9]\d* event\(s\), 0 already stored, 0 failed/,
    );
    expect(server.hits("/pages/flaky-grain.html")).toBe(2);

    // Once every item is stored, the validators are kept and the next run asks conditionally.
    const third = await run(args);
    expect(feedRequests().at(-1)?.headers["if-none-match"]).toBe(etag);
    expect(third.stdout).toContain("skipped 1 (not-modified 1)");
    expect(server.hits("/pages/flaky-grain.html")).toBe(2);
  });

  it("reads the feeds of an unchanged OPML list on every run, each asked conditionally", {
    timeout: 240_000,
  }, async () => {
    const story = (what: string) =>
      `${what} The regional council said on Monday that the work would be paid for from ` +
      "this year's roads budget and finished before the winter. Villages along the route " +
      "will get signposted detours, and the bus company said it would add a stop at the " +
      "market square while the main road is closed. Residents were invited to a meeting " +
      "at the town hall next week to hear how the closures will be phased.";
    const stories = [
      story("The coast road between the two harbours will be widened to three lanes."),
      story("The old ferry ramp at the northern harbour will be rebuilt in concrete."),
      story("A new cycle path will run beside the canal from the station to the port."),
    ];
    let version = 1;
    server.route("/feeds/listed.json", (request, response) => {
      const etag = `"listed-${version}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304, { etag }).end();
        return;
      }
      const items = stories.slice(0, version).map((text, i) => ({
        id: `listed-${i}`,
        title: `Roads plan ${i + 1}`,
        date_published: "2023-03-13T09:00:00Z",
        content_text: text,
      }));
      response.writeHead(200, { "content-type": "application/feed+json", etag });
      response.end(
        JSON.stringify({ version: "https://jsonfeed.org/version/1.1", language: "en", items }),
      );
    });
    const list = (feed: string) =>
      '<?xml version="1.0"?><opml version="2.0"><head><title>Roads</title></head><body>' +
      `<outline type="rss" text="Roads" xmlUrl="${feed}"/></body></opml>`;
    const listEtag = '"list-1"';
    server.route("/lists/roads.opml", (request, response) => {
      // The list itself never changes: a 304 here must not hide its feed's new items.
      if (request.headers["if-none-match"] === listEtag) {
        response.writeHead(304, { etag: listEtag }).end();
        return;
      }
      response.writeHead(200, { "content-type": "text/x-opml", etag: listEtag });
      response.end(list("/feeds/listed.json"));
    });
    const db = path.join(dir, "opml.db");
    const byUrl = ["ingest", "--db", db, "--allow-private", `${server.origin}/lists/roads.opml`];
    const asked = (route: string) =>
      server.requests.filter((r) => r.path === route).map((r) => r.headers["if-none-match"]);

    const first = await run(byUrl);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^stored 1 article\(s\)/);

    version = 2; // The feed gains an item; the list stays the same.
    const second = await run(byUrl);
    expect(second.status).toBe(0);
    // The feed changed, so it comes in full: its first item again, already stored.
    expect(second.stdout).toMatch(/^stored 1 article\(s\) with \d+ event\(s\), 1 already stored/);
    expect(asked("/lists/roads.opml")).toEqual([undefined, undefined]);
    expect(asked("/feeds/listed.json")).toEqual([undefined, '"listed-1"']);

    // An OPML file naming the feed: the feed is asked with its kept validators all the same.
    const file = path.join(dir, "roads.opml");
    fs.writeFileSync(file, list(`${server.origin}/feeds/listed.json`));
    const byFile = ["ingest", "--db", db, "--allow-private", file];
    const unchanged = await run(byFile);
    expect(unchanged.stdout).toContain("skipped 1 (not-modified 1)");
    version = 3;
    const third = await run(byFile);
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(/^stored 1 article\(s\) with \d+ event\(s\), 2 already stored/);
    expect(asked("/feeds/listed.json").slice(2)).toEqual(['"listed-2"', '"listed-2"']);
  });

  it("refuses the local server without --allow-private, and carries on", async () => {
    const blocked = `${server.origin}/pages/time-element.html`;
    const result = await run([
      "ingest",
      "--db",
      path.join(dir, "private.db"),
      blocked,
      path.join(WEB_FIXTURES, "pages", "time-element.html"),
    ]);
    expect(result.status).toBe(1);
    // stderr is a pipe here, so the default log is JSON lines.
    const records = result.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.find((r) => r.event === "failed")).toMatchObject({
      input: blocked,
      code: "E_BLOCKED_ADDRESS",
    });
    expect(records.at(-1)).toMatchObject({ event: "summary", new: 1, failed: 1 });
    expect(result.stdout).toMatch(/^stored 1 article\(s\)/);
  });

  it("writes one JSON object per item with --log json", async () => {
    const result = await run([
      "ingest",
      "--db",
      path.join(dir, "json.db"),
      "--allow-private",
      "--log",
      "json",
      `${server.origin}/feeds/valley.json`,
      `${server.origin}/missing`,
    ]);
    const records = result.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.event)).toEqual(["article", "article", "failed", "summary"]);
    expect(records[0]).toMatchObject({ stored: "new", title: "Grain deal signed in Istanbul" });
    expect(records[3]).toMatchObject({ new: 2, failed: 1 });
  });

  it("polls feeds with --watch until interrupted", async () => {
    const result = await run(
      [
        "ingest",
        "--db",
        path.join(dir, "watch.db"),
        "--allow-private",
        "--watch",
        "--every",
        "1h",
        `${server.origin}/feeds/valley.json`,
      ],
      /stored 2 new article\(s\)/,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("fetched 2, new 2");
  });

  it("refuses a bad web option as a usage error", async () => {
    expect((await run(["ingest", "--db", db, "--every", "5m", "x.html"])).status).toBe(2);
  });
});
