import { gzipSync } from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  fakeClock,
  type LocalWebServer,
  startLocalWebServer,
} from "../../../test/support/local-web-server.js";
import type { Fetcher, FetcherOptions } from "./fetch-types.js";
import { createFetcher } from "./fetcher.js";

let server: LocalWebServer;
const fetchers: Fetcher[] = [];

beforeAll(async () => {
  server = await startLocalWebServer();
});
afterAll(() => server.close());
afterEach(() => {
  for (const fetcher of fetchers.splice(0)) fetcher.close();
});

/** A fetcher for the local server: private addresses allowed, no politeness delays. */
function localFetcher(options: FetcherOptions = {}) {
  const clock = fakeClock();
  const fetcher = createFetcher({
    allowPrivate: true,
    perHostIntervalMs: 0,
    retryBaseDelayMs: 100,
    random: () => 0.5,
    clock,
    ...options,
  });
  fetchers.push(fetcher);
  return { fetcher, clock };
}

const url = (pathname: string) => `${server.origin}${pathname}`;

describe("fetcher: pages", () => {
  it("fetches a page with Harbinger's User-Agent", async () => {
    const { fetcher } = localFetcher();
    const result = await fetcher.fetch(url("/pages/time-element.html"));
    expect(result.contentType).toBe("text/html");
    expect(Buffer.from(result.body).toString()).toContain("Flood waters recede");
    const seen = server.requests.find((r) => r.path === "/pages/time-element.html");
    expect(seen?.headers["user-agent"]).toMatch(/^Harbinger\/\d+\.\d+\.\d+ \(\+https?:\/\/\S+\)$/);
    expect(fetcher.stats).toMatchObject({ fetched: 1 });
  });

  it("decompresses gzip and sends a custom User-Agent", async () => {
    server.route("/gzip", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(gzipSync("compressed words"));
    });
    const { fetcher } = localFetcher({ userAgent: "NewsDesk/2.0 (+https://desk.test)" });
    const result = await fetcher.fetch(url("/gzip"));
    expect(Buffer.from(result.body).toString()).toBe("compressed words");
    expect(server.requests.at(-1)?.headers["user-agent"]).toBe("NewsDesk/2.0 (+https://desk.test)");
  });

  it("reports 404 without retrying and refuses non-http addresses", async () => {
    const { fetcher } = localFetcher();
    await expect(fetcher.fetch(url("/missing.html"))).rejects.toMatchObject({
      code: "E_HTTP",
      message: expect.stringContaining("HTTP 404 Not Found"),
    });
    expect(server.hits("/missing.html")).toBe(1);
    await expect(fetcher.fetch("ftp://x.test/a")).rejects.toMatchObject({ code: "E_URL" });
    await expect(fetcher.fetch("not a url")).rejects.toMatchObject({ code: "E_URL" });
  });

  it("refuses binary content types before reading them", async () => {
    server.route("/photo.jpg", (_req, res) => {
      res.writeHead(200, { "content-type": "image/jpeg" }).end(Buffer.alloc(50_000));
    });
    const { fetcher } = localFetcher();
    await expect(fetcher.fetch(url("/photo.jpg"))).rejects.toMatchObject({
      code: "E_CONTENT_TYPE",
      input: url("/photo.jpg"),
    });
  });
});

describe("fetcher: size and time limits", () => {
  it("aborts a body that grows past the limit, declared or not", async () => {
    server.route("/huge-chunked", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 50; i++) res.write("x".repeat(1000));
      res.end();
    });
    server.route("/huge-declared", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-length": 50_000 });
      res.end("x".repeat(50_000));
    });
    server.route("/bomb", (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" });
      res.end(gzipSync("x".repeat(1_000_000)));
    });
    const { fetcher } = localFetcher({ maxBytes: 10_000 });
    for (const pathname of ["/huge-chunked", "/huge-declared", "/bomb"]) {
      await expect(fetcher.fetch(url(pathname))).rejects.toMatchObject({ code: "E_TOO_LARGE" });
    }
  });

  it("gives up on a server that does not answer in time", async () => {
    server.route("/silent", () => {
      // Never answers.
    });
    const { fetcher } = localFetcher({ timeoutMs: 150, retries: 0 });
    await expect(fetcher.fetch(url("/silent"))).rejects.toMatchObject({ code: "E_TIMEOUT" });
  });

  it("reports a refused connection as a network error after retrying", async () => {
    const closed = await startLocalWebServer();
    const address = `${closed.origin}/x`;
    await closed.close();
    const { fetcher, clock } = localFetcher({ retries: 1, respectRobots: false });
    await expect(fetcher.fetch(address)).rejects.toMatchObject({ code: "E_NETWORK" });
    expect(clock.sleeps).toEqual([75]);
  });
});

describe("fetcher: retries", () => {
  it("retries 503 with exponential backoff, then succeeds", async () => {
    let calls = 0;
    server.route("/flaky", (_req, res) => {
      calls++;
      if (calls <= 2) res.writeHead(503).end();
      else res.writeHead(200, { "content-type": "text/plain" }).end("finally");
    });
    const { fetcher, clock } = localFetcher();
    const result = await fetcher.fetch(url("/flaky"));
    expect(Buffer.from(result.body).toString()).toBe("finally");
    // Equal jitter with random() = 0.5: three quarters of 100 ms, then of 200 ms.
    expect(clock.sleeps).toEqual([75, 150]);
    expect(fetcher.stats.retries).toBe(2);
  });

  it("honours Retry-After on 429 and stops after the last retry", async () => {
    server.route("/busy", (_req, res) => res.writeHead(429, { "retry-after": "3" }).end());
    const { fetcher, clock } = localFetcher({ retries: 2 });
    await expect(fetcher.fetch(url("/busy"))).rejects.toMatchObject({
      code: "E_HTTP",
      message: expect.stringContaining("429"),
    });
    expect(clock.sleeps).toEqual([3000, 3000]);
    expect(server.hits("/busy")).toBe(3);
  });

  it("does not wait longer than the cap for a Retry-After", async () => {
    server.route("/later", (_req, res) => res.writeHead(503, { "retry-after": "3600" }).end());
    const { fetcher, clock } = localFetcher();
    await expect(fetcher.fetch(url("/later"))).rejects.toMatchObject({ code: "E_HTTP" });
    expect(clock.sleeps).toEqual([]);
  });
});

describe("fetcher: redirects", () => {
  it("follows redirects and reports the final address", async () => {
    server.route("/old", (_req, res) => res.writeHead(301, { location: "/newer" }).end());
    server.route("/newer", (_req, res) =>
      res.writeHead(302, { location: `${server.origin}/pages/time-element.html` }).end(),
    );
    const { fetcher } = localFetcher();
    const result = await fetcher.fetch(url("/old"));
    expect(result.url).toBe(url("/pages/time-element.html"));
  });

  it("stops a redirect loop and a redirect to another scheme", async () => {
    server.route("/loop", (_req, res) => res.writeHead(302, { location: "/loop" }).end());
    server.route("/to-file", (_req, res) =>
      res.writeHead(302, { location: "file:///etc/passwd" }).end(),
    );
    const { fetcher } = localFetcher({ maxRedirects: 3 });
    await expect(fetcher.fetch(url("/loop"))).rejects.toMatchObject({
      code: "E_REDIRECT",
      message: expect.stringContaining("more than 3 redirects"),
    });
    expect(server.hits("/loop")).toBe(4);
    await expect(fetcher.fetch(url("/to-file"))).rejects.toMatchObject({ code: "E_REDIRECT" });
  });

  it("checks the address guard again on every redirect", async () => {
    server.route("/to-loopback", (_req, res) => {
      const port = new URL(server.origin).port;
      res.writeHead(302, { location: `http://[::1]:${port}/pages/time-element.html` }).end();
    });
    // Only the test server's own address is allowed: the redirect target is refused.
    const { fetcher } = localFetcher({ allowAddress: (address) => address === "127.0.0.1" });
    await expect(fetcher.fetch(url("/to-loopback"))).rejects.toMatchObject({
      code: "E_BLOCKED_ADDRESS",
    });
  });

  it("refuses loopback addresses without allowPrivate", async () => {
    const { fetcher } = localFetcher({ allowPrivate: false });
    await expect(fetcher.fetch(url("/pages/time-element.html"))).rejects.toMatchObject({
      code: "E_BLOCKED_ADDRESS",
    });
    const port = new URL(server.origin).port;
    await expect(fetcher.fetch(`http://localhost:${port}/`)).rejects.toMatchObject({
      code: "E_BLOCKED_ADDRESS",
    });
  });
});

describe("fetcher: robots.txt", () => {
  it("obeys Disallow for Harbinger, reads robots.txt once per site, and slows to Crawl-delay", async () => {
    const site = await startLocalWebServer({
      "/robots.txt": (_req, res) =>
        res
          .writeHead(200, { "content-type": "text/plain" })
          .end(
            "User-agent: *\nDisallow: /\n\nUser-agent: Harbinger\nDisallow: /private/\nCrawl-delay: 2\n",
          ),
    });
    try {
      const { fetcher, clock } = localFetcher({ respectRobots: true });
      await expect(fetcher.fetch(`${site.origin}/private/a.html`)).rejects.toMatchObject({
        code: "E_ROBOTS",
        message: expect.stringContaining("line 5"),
      });
      await fetcher.fetch(`${site.origin}/pages/time-element.html`);
      await fetcher.fetch(`${site.origin}/pages/broken-markup.html`);
      expect(site.hits("/robots.txt")).toBe(1);
      expect(site.hits("/private/a.html")).toBe(0);
      expect(clock.sleeps).toContain(2000);
    } finally {
      await site.close();
    }
  });

  it("allows everything when robots.txt is missing and nothing when the site fails", async () => {
    const broken = await startLocalWebServer({
      "/robots.txt": (_req, res) => res.writeHead(500).end(),
    });
    try {
      const { fetcher } = localFetcher({ retries: 0 });
      await fetcher.fetch(url("/pages/time-element.html"));
      await expect(fetcher.fetch(`${broken.origin}/pages/time-element.html`)).rejects.toMatchObject(
        { code: "E_ROBOTS", message: expect.stringContaining("HTTP 500") },
      );
      expect(broken.hits("/pages/time-element.html")).toBe(0);
    } finally {
      await broken.close();
    }
  });
});

describe("fetcher: politeness", () => {
  it("spaces request starts to one host and caps concurrency per host", async () => {
    let active = 0;
    let most = 0;
    server.route("/slow", (_req, res) => {
      active++;
      most = Math.max(most, active);
      setTimeout(() => {
        active--;
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      }, 30);
    });
    const { fetcher, clock } = localFetcher({ perHostIntervalMs: 500, perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, () => fetcher.fetch(url("/slow"))));
    expect(most).toBeLessThanOrEqual(2);
    expect(clock.sleeps.filter((ms) => ms === 500).length).toBeGreaterThanOrEqual(4);
  });
});

describe("fetcher: conditional requests", () => {
  it("sends validators and reports 'not modified'", async () => {
    server.route("/feed.xml", (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, {
        "content-type": "application/rss+xml",
        etag: '"v1"',
        "last-modified": "Wed, 26 Jan 2022 10:00:00 GMT",
      });
      res.end("<rss/>");
    });
    const { fetcher } = localFetcher();
    const first = await fetcher.fetch(url("/feed.xml"));
    expect(first.validators).toEqual({
      etag: '"v1"',
      lastModified: "Wed, 26 Jan 2022 10:00:00 GMT",
    });
    const second = await fetcher.fetch(url("/feed.xml"), { validators: first.validators });
    expect(second).toMatchObject({ notModified: true, body: new Uint8Array(0) });
    expect(server.requests.at(-1)?.headers["if-modified-since"]).toBe(
      "Wed, 26 Jan 2022 10:00:00 GMT",
    );
    expect(fetcher.stats.notModified).toBe(1);
  });
});
