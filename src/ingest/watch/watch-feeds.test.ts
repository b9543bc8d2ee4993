import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeClock,
  type LocalWebServer,
  startLocalWebServer,
} from "../../../test/support/local-web-server.js";
import { createFetcher } from "../fetch/fetcher.js";
import { MemoryValidatorStore } from "../fetch/validator-store.js";
import type { SourceItem } from "../source-item.js";
import { parseDuration } from "./parse-duration.js";
import { watchFeeds } from "./watch-feeds.js";

let server: LocalWebServer;
beforeAll(async () => {
  server = await startLocalWebServer();
});
afterAll(() => server.close());

const STORY =
  "The port authority said on Tuesday that the northern quay would close for repairs for " +
  "three weeks, and that ships would be sent to the southern terminal while the work goes " +
  "on. Ferry companies said their timetables would not change, but cargo lines warned of " +
  "delays of a day or two for containers bound for inland depots during the busiest weeks.";

function feed(version: number): string {
  const item = (key: string, title: string) =>
    `<item><title>${title}</title><guid isPermaLink="false">${key}</guid>` +
    `<pubDate>Tue, 14 Mar 2023 09:00:00 +0000</pubDate>` +
    `<description><![CDATA[<p>${title}. ${STORY}</p>]]></description></item>`;
  const linked =
    "<item><title>Flood waters recede</title><link>/pages/time-element.html</link>" +
    "<guid>flood</guid></item>";
  return (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Port news</title>' +
    item("quay", "Quay closes") +
    item("ferry", "Ferries keep timetable") +
    (version >= 2 ? linked : "") +
    "</channel></rss>"
  );
}

/** A page that answers `status` the first time it is asked, and the story after that. */
function routeFlakyPage(route: string, status: number): void {
  let up = false;
  server.route(route, (_req, res) => {
    if (!up) {
      up = true;
      res.writeHead(status).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html" }).end(`<p>${STORY}</p>`);
  });
}

type Clock = ReturnType<typeof fakeClock>;
type WatchOptions = NonNullable<Parameters<typeof watchFeeds>[4]>;

/** Runs watchFeeds with a polite-off fetcher; each poll's items as `label` names them. */
async function watchPolls(
  feeds: readonly string[],
  everyMs: number,
  label: (item: SourceItem) => string,
  options: Omit<WatchOptions, "fetcher" | "clock"> & { clock?: Clock; stopAfter?: number },
): Promise<string[][]> {
  const { stopAfter, clock = fakeClock(), ...watch } = options;
  const fetcher = createFetcher({ allowPrivate: true, perHostIntervalMs: 0, retries: 0, clock });
  const controller = new AbortController();
  const polls: string[][] = [];
  try {
    await watchFeeds(
      feeds.map((feed) => `${server.origin}${feed}`),
      everyMs,
      (items) => {
        polls.push(items.map(label));
        if (polls.length === stopAfter) controller.abort();
      },
      controller.signal,
      { ...watch, fetcher, clock },
    );
  } finally {
    fetcher.close();
  }
  return polls;
}

const titleOrOther = (item: SourceItem) =>
  "article" in item ? (item.article.title ?? "?") : "other";

/** The If-None-Match header of each request for `route`, in order. */
function askedEtags(route: string): (string | string[] | undefined)[] {
  return server.requests
    .filter((seen) => seen.path === route)
    .map((seen) => seen.headers["if-none-match"]);
}

describe("watchFeeds", () => {
  it("polls with conditional requests and hands on only new items", async () => {
    let version = 1;
    server.route("/feeds/port.xml", (req, res) => {
      const etag = `"port-${version}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(feed(version));
    });
    const clock = fakeClock();
    const sleep = clock.sleep;
    let slept = 0;
    clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (ms < 900_000) return; // The fetcher's own (zero) waits.
      slept++;
      if (slept === 2) version = 2; // The feed changes during the second wait.
    };
    const polls = await watchPolls(["/feeds/port.xml"], parseDuration("15m"), titleOrOther, {
      clock,
      stopAfter: 4,
      validators: new MemoryValidatorStore(),
    });
    expect(polls).toEqual([
      ["Quay closes", "Ferries keep timetable"],
      [],
      ["Flood waters recede in river towns"],
      [],
    ]);
    expect(clock.sleeps).toEqual([900_000, 900_000, 900_000]);
    expect(askedEtags("/feeds/port.xml")).toEqual([undefined, '"port-1"', '"port-1"', '"port-2"']);
    expect(server.hits("/pages/time-element.html")).toBe(1);
  });

  it("stops after maxPolls and tries a failed item again when the feed changes", async () => {
    let version = 1;
    server.route("/feeds/retry.xml", (_req, res) => {
      const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>R</title><item><title>Flood</title><link>/flaky-page</link></item>${version > 1 ? "<item><title>x</title><guid>x</guid><description>short</description></item>" : ""}</channel></rss>`;
      res
        .writeHead(200, { "content-type": "application/rss+xml", etag: `"r${version}"` })
        .end(body);
      version++;
    });
    routeFlakyPage("/flaky-page", 404);
    const kind = (item: SourceItem) =>
      "article" in item ? "article" : "error" in item ? item.error.code : item.skipped.reason;
    const polls = await watchPolls(["/feeds/retry.xml"], 60_000, kind, {
      maxPolls: 2,
      fetchPages: true,
    });
    expect(polls).toEqual([["E_HTTP"], ["article", "article"]]);
  });

  it("fetches a feed in full again at the next poll while one of its items failed", async () => {
    server.route("/feeds/steady.xml", (req, res) => {
      // The feed never changes: only held-back validators make the server answer in full.
      if (req.headers["if-none-match"] === '"steady"') {
        res.writeHead(304).end();
        return;
      }
      const body =
        '<?xml version="1.0"?><rss version="2.0"><channel><title>S</title>' +
        "<item><title>Quay</title><link>/steady-page</link></item></channel></rss>";
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"steady"' }).end(body);
    });
    routeFlakyPage("/steady-page", 503);
    const kind = (item: SourceItem) => ("article" in item ? "article" : "other");
    const polls = await watchPolls(["/feeds/steady.xml"], 60_000, kind, {
      maxPolls: 3,
      validators: new MemoryValidatorStore(),
    });
    expect(polls).toEqual([["other"], ["article"], []]);
    expect(askedEtags("/feeds/steady.xml")).toEqual([undefined, undefined, '"steady"']);
  });

  it("polls the feeds of an unchanged OPML list at every poll", async () => {
    let version = 1;
    server.route("/feeds/listed.xml", (req, res) => {
      const etag = `"listed-${version}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag }).end(feed(version));
    });
    server.route("/lists/port.opml", (req, res) => {
      // The list never changes; a 304 for it must not stop its feed from being polled.
      if (req.headers["if-none-match"] === '"list"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/x-opml", etag: '"list"' });
      res.end(
        '<?xml version="1.0"?><opml version="2.0"><head><title>L</title></head><body>' +
          '<outline type="rss" text="Port" xmlUrl="/feeds/listed.xml"/></body></opml>',
      );
    });
    const clock = fakeClock();
    const sleep = clock.sleep;
    clock.sleep = async (ms, signal) => {
      await sleep(ms, signal);
      if (ms >= 60_000) version = 2; // The feed changes during the first wait.
    };
    const polls = await watchPolls(["/lists/port.opml"], 60_000, titleOrOther, {
      clock,
      maxPolls: 3,
      validators: new MemoryValidatorStore(),
    });
    expect(polls).toEqual([
      ["Quay closes", "Ferries keep timetable"],
      ["Flood waters recede in river towns"],
      [],
    ]);
    expect(askedEtags("/lists/port.opml")).toEqual([undefined, undefined, undefined]);
    expect(askedEtags("/feeds/listed.xml")).toEqual([undefined, '"listed-1"', '"listed-2"']);
  });
});

describe("parseDuration", () => {
  it.each([
    ["15m", 900_000],
    ["1h30m", 5_400_000],
    ["90s", 90_000],
    ["500ms", 500],
    ["1.5h", 5_400_000],
    ["2d", 172_800_000],
  ])("reads %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["", "15", "fast", "0m", "15 minutes", "-5m"])("refuses %j", (text) => {
    expect(() => parseDuration(text)).toThrow(expect.objectContaining({ code: "E_USAGE" }));
  });
});
