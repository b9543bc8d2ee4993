/**
 * Part of the shared store suite (see store-suite.ts), run on every engine: stories credited
 * to one news agency count as one source, and feeds' validators are kept between runs.
 */

import { expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { type Report, report } from "./coded-fixtures.js";

const EVENT = { cameo: "190", target: "UKR" };

/** One agency story as two outlets printed it, each in its own words: no shingle copy. */
const GAZETTE_TEXT =
  "Canada has moved the soldiers of its training mission from Ukraine to a safer place, " +
  "the defence minister said on Saturday, citing the build-up of Russian forces nearby.";
const COURIER_TEXT =
  "Ottawa's military trainers are leaving their base in western Ukraine for now. Speaking " +
  "to reporters at the weekend, Anita Anand pointed to troops massing along the frontier.";

function story(id: string, outlet: string, text: string, wire?: string): Report {
  const base = report({ id, outlet, date: "2022-02-12", text, events: [EVENT] });
  return { ...base, article: { ...base.article, ...(wire !== undefined && { wire }) } };
}

export function wireAndValidatorTests(open: () => Promise<Store>) {
  it("counts two outlets' stories credited to one wire as one source", async () => {
    const store = await open();
    const gazette = story("gazette", "Gazette", GAZETTE_TEXT, "The Canadian Press");
    // The same agency, its name spaced and cased differently.
    const courier = story("courier", "Courier", COURIER_TEXT, "the Canadian  Press");
    for (const { article, coded } of [gazette, courier]) {
      expect(await store.saveArticle(article, coded)).toMatchObject({
        status: "stored",
        copyOf: null,
      });
    }
    const [first] = await store.queryEvents({}, { limit: 10 });
    expect(first?.cluster).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 1 });
    expect((await store.getArticle("gazette"))?.article).toEqual(gazette.article);
    expect((await store.getArticle("courier"))?.article.wire).toBe("the Canadian  Press");
  });

  it("counts the same two stories without a wire credit as two sources", async () => {
    const store = await open();
    for (const { article, coded } of [
      story("gazette", "Gazette", GAZETTE_TEXT),
      story("courier", "Courier", COURIER_TEXT),
    ]) {
      await store.saveArticle(article, coded);
    }
    const [first] = await store.queryEvents({}, { limit: 10 });
    expect(first?.cluster).toMatchObject({ numMentions: 2, numArticles: 2, numSources: 2 });
    expect((await store.getArticle("gazette"))?.article.wire).toBeUndefined();
  });

  it("keeps each feed's ETag and Last-Modified, the latest replacing the earlier", async () => {
    const store = await open();
    const feed = "https://news.example/feed.xml";
    expect(await store.feedValidators(feed)).toBeNull();
    await store.saveFeedValidators(feed, {
      etag: '"v1"',
      lastModified: "Sat, 12 Feb 2022 10:00:00 GMT",
    });
    expect(await store.feedValidators(feed)).toEqual({
      etag: '"v1"',
      lastModified: "Sat, 12 Feb 2022 10:00:00 GMT",
    });
    await store.saveFeedValidators(feed, { etag: '"v2"' });
    expect(await store.feedValidators(feed)).toEqual({ etag: '"v2"' });
    expect(await store.feedValidators("https://news.example/other.xml")).toBeNull();
  });
}
