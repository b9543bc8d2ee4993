import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  fakeClock,
  type LocalWebServer,
  startLocalWebServer,
  WEB_FIXTURES,
} from "../../test/support/local-web-server.js";
import { createFetcher } from "./fetch/fetcher.js";
import { MemoryValidatorStore } from "./fetch/validator-store.js";
import { IngestSummary } from "./report/summary.js";
import { expandSources, type SourceItem, type SourceOptions } from "./sources.js";

let server: LocalWebServer;
let dir: string;

beforeAll(async () => {
  server = await startLocalWebServer();
});
afterAll(() => server.close());
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-sources-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGES = path.join(WEB_FIXTURES, "pages");
const FEEDS = path.join(WEB_FIXTURES, "feeds");

async function collect(sources: string[], options: SourceOptions = {}): Promise<SourceItem[]> {
  const fetcher = createFetcher({
    allowPrivate: true,
    perHostIntervalMs: 0,
    retries: 0,
    clock: fakeClock(),
  });
  const items: SourceItem[] = [];
  try {
    for await (const item of expandSources(sources, { fetcher, ...options })) items.push(item);
  } finally {
    fetcher.close();
  }
  return items;
}

/** One line per item: `article <title>`, `skipped <reason>` or `error <code>`. */
function outline(items: SourceItem[]): string[] {
  return items.map((item) => {
    if ("article" in item) return `article ${item.article.title ?? item.article.id}`;
    if ("skipped" in item) return `skipped ${item.skipped.reason}`;
    return `error ${item.error.code}`;
  });
}

function articles(items: SourceItem[]) {
  return items.flatMap((item) => ("article" in item ? [item] : []));
}

describe("expandSources: files and folders", () => {
  it("reads a folder of HTML pages and text files, skipping other languages", async () => {
    for (const name of fs.readdirSync(PAGES)) {
      fs.copyFileSync(path.join(PAGES, name), path.join(dir, name));
    }
    fs.writeFileSync(path.join(dir, "notes.txt"), "---\ndate: 2022-01-27\n---\nA plain note.\n");
    fs.writeFileSync(path.join(dir, "picture.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]));
    const items = await collect([dir]);
    expect(outline(items)).toEqual([
      "article Port workers strike over pay",
      "skipped language",
      "skipped language",
      "article Mayor of Zürich welcomes café owners to talks",
      "article notes",
      "article Flood waters recede in river towns",
      "article Canada moves military trainers west as tensions rise",
      "article Ministers agree to resume grain shipments",
      "article Grain deal signed in Istanbul",
    ]);
    const [gazette, valley] = articles(items).slice(-2);
    // Two outlets' copies of one agency story: one near-duplicate group.
    expect(valley?.nearDuplicate?.key).toBe(gazette?.article.id);
    expect(valley?.nearDuplicate?.similarity).toBeGreaterThan(0.5);
    expect(gazette?.nearDuplicate).toBeUndefined();
  });

  it("reads a local feed whose items link to local pages", async () => {
    const items = await collect([path.join(FEEDS, "world-rss.xml")]);
    expect(outline(items)).toEqual([
      "article Baltic ministers call for more air patrols",
      "article Canada moves military trainers west as tensions rise",
      "skipped language",
    ]);
    const [baltic, trainers] = articles(items);
    expect(baltic?.article).toMatchObject({
      date: "2022-01-27",
      byline: "Marta Kowalski",
      outlet: "Northern Ledger — World",
      canonicalUrl: "https://www.northernledger.example/world/baltic-air-patrols",
    });
    expect(baltic?.article.text).not.toContain("Share this story");
    expect(baltic?.from).toEqual({ feed: path.join(FEEDS, "world-rss.xml"), key: "ledger-4411" });
    expect(trainers?.article.date).toBe("2022-01-26");
  });

  it("reads every feed of an OPML list once and links syndicated copies", async () => {
    const items = await collect([path.join(FEEDS, "subscriptions.opml")]);
    expect(outline(items)).toEqual([
      "article Baltic ministers call for more air patrols",
      "article Canada moves military trainers west as tensions rise",
      "skipped language",
      "article Port reopens after storm & flooding",
      "article Fishing crews protest new quotas",
      "article Ministers agree to resume grain shipments",
      "article Grain deal signed in Istanbul",
      "article River bridge reopens to traffic",
    ]);
    const grain = articles(items).filter((item) => /grain/i.test(item.article.title ?? ""));
    expect(grain[1]?.nearDuplicate?.key).toBe(grain[0]?.article.id);
  });

  it("gives each bad source its own error and carries on", async () => {
    const binary = path.join(dir, "photo.html");
    fs.writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0, 0, 0, 0x10]));
    const items = await collect([
      path.join(dir, "missing.html"),
      path.join(FEEDS, "malformed.xml"),
      binary,
      path.join(PAGES, "time-element.html"),
    ]);
    expect(outline(items)).toEqual([
      "error E_NOT_FOUND",
      "error E_FEED",
      "error E_BINARY",
      "article Flood waters recede in river towns",
    ]);
  });

  it("reads stdin for '-'", async () => {
    const stdin = Readable.from(["Talks resumed in Geneva on Monday.\n"]);
    const items = await collect(["-"], { stdin });
    expect(items).toEqual([
      { input: "<stdin>", article: { id: "stdin", text: "Talks resumed in Geneva on Monday.\n" } },
    ]);
  });
});

describe("expandSources: addresses", () => {
  const url = (pathname: string) => `${server.origin}${pathname}`;

  it("fetches pages, feeds and OPML lists, with per-item errors", async () => {
    server.route("/picture", (_req, res) =>
      res.writeHead(200, { "content-type": "image/png" }).end("x"),
    );
    server.route("/note.txt", (_req, res) =>
      res
        .writeHead(200, { "content-type": "text/plain" })
        .end("The envoy arrived in Paris on Friday."),
    );
    const summary = new IngestSummary();
    const items = await collect(
      [
        url("/pages/training-mission.html"),
        url("/feeds/world-rss.xml"),
        url("/missing.html"),
        url("/picture"),
        url("/note.txt"),
      ],
      { summary },
    );
    expect(outline(items).slice(0, 6)).toEqual([
      "article Canada moves military trainers west as tensions rise",
      "article Baltic ministers call for more air patrols",
      "skipped duplicate",
      "skipped language",
      "error E_HTTP",
      "error E_CONTENT_TYPE",
    ]);
    // The page read again as a feed item is the same article: one id, reported once.
    expect(items[2]).toMatchObject({ skipped: { id: articles(items)[0]?.article.id } });
    expect(items[6]).toMatchObject({
      article: { text: "The envoy arrived in Paris on Friday.", domain: "127.0.0.1" },
    });
    // The first page, the feed, its two linked pages and the text note.
    expect(summary.counts.fetched).toBe(5);
  });

  it("fetches only what changed when validators are kept", async () => {
    let version = 1;
    server.route("/feeds/live.json", (req, res) => {
      const etag = `"v${version}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/feed+json", etag });
      res.end(fs.readFileSync(path.join(FEEDS, "valley.json")));
    });
    const validators = new MemoryValidatorStore();
    const first = await collect([url("/feeds/live.json")], { validators });
    expect(outline(first)).toEqual([
      "article Grain deal signed in Istanbul",
      "article River bridge reopens to traffic",
    ]);
    expect(outline(await collect([url("/feeds/live.json")], { validators }))).toEqual([
      "skipped not-modified",
    ]);
    version = 2;
    expect(articles(await collect([url("/feeds/live.json")], { validators }))).toHaveLength(2);
  });

  it("reads a feed of 10,000 items", async () => {
    const body = (i: number) =>
      `<p>Item ${i}: the harbour authority reported that ship number ${i} docked safely on Monday ` +
      "after waiting two days outside the port for the weather to clear, and that its cargo " +
      "of grain would be unloaded over the following week by crews working in shifts.</p>";
    const xml = [
      '<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
      "<channel><title>Big feed</title>",
      ...Array.from(
        { length: 10_000 },
        (_, i) =>
          `<item><title>Ship ${i}</title><guid>ship-${i}</guid><pubDate>Mon, 03 Jan 2022 10:00:00 GMT</pubDate>` +
          `<content:encoded><![CDATA[${body(i)}]]></content:encoded></item>`,
      ),
      "</channel></rss>",
    ].join("\n");
    server.route("/feeds/big.xml", (_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(xml),
    );
    let planned = 0;
    let count = 0;
    let last: SourceItem | undefined;
    const fetcher = createFetcher({ allowPrivate: true, perHostIntervalMs: 0 });
    try {
      const stream = expandSources([url("/feeds/big.xml")], {
        fetcher,
        onPlanned: (n) => {
          planned += n;
        },
      });
      for await (const item of stream) {
        count++;
        last = item;
      }
    } finally {
      fetcher.close();
    }
    expect(planned).toBe(10_000);
    expect(count).toBe(10_000);
    expect(last).toMatchObject({ article: { title: "Ship 9999", date: "2022-01-03" } });
  });
});
