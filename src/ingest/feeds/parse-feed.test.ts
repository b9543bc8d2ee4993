import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFeed, parseOpml, sniffDocument } from "./parse-feed.js";

const FEEDS = path.resolve(import.meta.dirname, "../../../test/fixtures/web/feeds");
const read = (name: string) => readFileSync(path.join(FEEDS, name), "utf8");
const BASE = "http://news.test/feeds/";

describe("parseFeed: RSS 2.0", () => {
  const feed = parseFeed(read("world-rss.xml"), "world-rss.xml", `${BASE}world-rss.xml`);

  it("reads the channel and every item", () => {
    expect(feed).toMatchObject({
      format: "rss",
      title: "Northern Ledger — World",
      language: "en-ca",
    });
    expect(feed.items.map((item) => item.key)).toEqual([
      "ledger-4411",
      "../pages/training-mission.html",
      "http://news.test/pages/french-article.html",
    ]);
  });

  it("reads content:encoded, creator and the publisher's own day from pubDate", () => {
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      link: "https://www.northernledger.example/world/baltic-air-patrols?utm_source=rss",
      title: "Baltic ministers call for more air patrols",
      date: "2022-01-27",
      author: "Marta Kowalski",
    });
    expect(first?.contentHtml).toMatch(/^<p>The defence ministers of Estonia/);
    // Relative links resolve against the feed's address; escaped HTML is unescaped once.
    expect(second).toMatchObject({
      link: "http://news.test/pages/training-mission.html",
      date: "2022-01-26",
      summaryHtml: "<p>Trainers relocated as a precaution, the minister says.</p>",
    });
  });
});

describe("parseFeed: Atom and JSON Feed", () => {
  it("reads html, xhtml and summary-only Atom entries", () => {
    const feed = parseFeed(read("world-atom.xml"), "atom", `${BASE}world-atom.xml`);
    expect(feed).toMatchObject({ format: "atom", title: "Harbour Gazette", language: "en" });
    const [html, xhtml, summary] = feed.items;
    expect(html).toMatchObject({
      key: "tag:harbourgazette.example,2022:port-reopens",
      link: "https://harbourgazette.example/news/port-reopens",
      title: "Port reopens after storm & flooding",
      date: "2022-07-21",
      author: "Ahmet Yilmaz",
    });
    expect(html?.contentHtml).toMatch(/^<p>The city's port reopened/);
    expect(xhtml?.date).toBe("2022-07-20");
    expect(xhtml?.contentHtml).toMatch(/<p>Several hundred fishing crews/);
    expect(summary).toMatchObject({
      link: "http://news.test/pages/wire-copy-harbour-gazette.html",
      summaryHtml: "Ministers agree to resume grain shipments.",
    });
  });

  it("reads a JSON Feed with text content as paragraphs", () => {
    const feed = parseFeed(read("valley.json"), "valley.json", `${BASE}valley.json`);
    expect(feed).toMatchObject({ format: "json-feed", title: "Valley Times", language: "en" });
    expect(feed.items[0]).toMatchObject({
      key: "vt-2022-0722-grain",
      link: "http://news.test/pages/wire-copy-valley-times.html",
      date: "2022-07-22",
    });
    expect(feed.items[1]?.author).toBe("Dana Ortiz");
    expect(feed.items[1]?.contentHtml).toMatch(/^<p>The river bridge.*<\/p><p>Crews replaced/);
  });
});

describe("parseFeed: local addresses", () => {
  const feed = (link: string) =>
    `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>${link}</link></item></channel></rss>`;

  it("never lets a fetched feed point at local files", () => {
    const [item] = parseFeed(feed("file:///etc/passwd"), "feed", "https://news.test/rss").items;
    expect(item?.link).toBeUndefined();
  });

  it("resolves a local feed's relative links to local files", () => {
    const [item] = parseFeed(feed("pages/a.html"), "feed", "file:///data/feeds/rss.xml").items;
    expect(item?.link).toBe("file:///data/feeds/pages/a.html");
  });
});

describe("parseOpml", () => {
  it("lists the feeds at any depth, once each, resolved against the list's address", () => {
    expect(parseOpml(read("subscriptions.opml"), "subs", `${BASE}subscriptions.opml`)).toEqual([
      { url: `${BASE}world-rss.xml`, title: "Northern Ledger World" },
      { url: `${BASE}world-atom.xml`, title: "Harbour Gazette" },
      { url: `${BASE}valley.json`, title: "Valley Times" },
    ]);
  });
});

describe("parseFeed: errors", () => {
  it("reports malformed XML with its line", () => {
    expect(() => parseFeed(read("malformed.xml"), "malformed.xml")).toThrow(
      expect.objectContaining({ code: "E_FEED", message: expect.stringMatching(/line \d+/) }),
    );
  });

  it.each([
    ["<html><body>Not a feed</body></html>", /expected <rss>, <feed> or <rdf:RDF>, found <html>/],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "x"}]}', /items\.0\.id/],
    ['{"title": "no version"}', /JSON Feed "version"/],
    ["{ not json", /not valid JSON/],
  ])("reports %j", (text, message) => {
    expect(() => parseFeed(text, "feed")).toThrow(message);
  });

  it("refuses an OPML document without a body, and a feed given as OPML", () => {
    expect(() => parseOpml("<opml><head/></opml>", "subs")).toThrow(/without a <body>/);
    expect(() => parseOpml(read("world-rss.xml"), "subs")).toThrow(/expected an <opml>/);
  });
});

describe("parseFeed: size", () => {
  it("reads a feed of 10,000 items", () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>Story ${i}</title><link>https://big.test/story/${i}</link>` +
        `<pubDate>Mon, 03 Jan 2022 10:00:00 GMT</pubDate><description>Summary &amp; more ${i}</description></item>`,
    ).join("\n");
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>${items}</channel></rss>`;
    const feed = parseFeed(xml, "big.xml");
    expect(feed.items).toHaveLength(10_000);
    expect(feed.items[9_999]).toMatchObject({
      key: "https://big.test/story/9999",
      summaryHtml: "Summary & more 9999",
      date: "2022-01-03",
    });
  });
});

describe("sniffDocument", () => {
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', "", "feed"],
    ['<feed xmlns="http://www.w3.org/2005/Atom">', "", "feed"],
    ['{"version":"https://jsonfeed.org/version/1","items":[]}', "", "feed"],
    ['<?xml version="1.0"?><opml version="2.0">', "", "opml"],
    ["<!DOCTYPE html><html>", "", "html"],
    ["Plain words.", "text/plain", "text"],
    ["<p>A fragment</p>", "", "html"],
    ["anything", "application/rss+xml", "feed"],
  ])("takes %j (%s) for %s", (text, type, kind) => {
    expect(sniffDocument(text, type)).toBe(kind);
  });
});
