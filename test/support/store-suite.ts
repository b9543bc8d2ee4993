/**
 * The one store test suite, run against every engine (see test/store/*.test.ts): saving and
 * reading back, duplicates, syndicated copies, story clusters, every query filter, paging and
 * transactions. `freshLocation` gives the location of a new, empty store for each test.
 */

import { Migrator } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import type { CodedDocument } from "../../src/model/contract.js";
import { engineOf } from "../../src/store/engine.js";
import { storeMigrations } from "../../src/store/migrate.js";
import { openStore } from "../../src/store/open-store.js";
import { openPostgres } from "../../src/store/postgres-engine.js";
import { openSqlite } from "../../src/store/sqlite-engine.js";
import type { EventFilter, Store, StoredEvent } from "../../src/store/store.js";
import { type Report, report } from "./coded-fixtures.js";
import { fullDocument } from "./full-document.js";
import { clusterReports, filterReports } from "./store-reports.js";
import { wireAndValidatorTests } from "./store-suite-wire.js";

export function runStoreSuite(engine: string, freshLocation: () => Promise<string> | string) {
  describe(`the event store on ${engine}`, () => {
    const opened: Store[] = [];
    const open = async (location?: string) => {
      const store = await openStore(location ?? (await freshLocation()));
      opened.push(store);
      return store;
    };
    const saveAll = async (store: Store, reports: readonly Report[]) => {
      for (const r of reports) await store.saveArticle(r.article, r.coded);
    };
    const ids = (events: readonly StoredEvent[]) => events.map((e) => e.id);
    const query = async (store: Store, filter: EventFilter) =>
      ids(await store.queryEvents(filter, { limit: 1000 }));

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    it("reads an article back exactly as it was coded", async () => {
      const store = await open();
      const { article, coded } = fullDocument();
      const saved = await store.saveArticle(article, coded);
      expect(saved).toMatchObject({ status: "stored", events: coded.events.length, copyOf: null });
      const back = await store.getArticle(article.id);
      expect(back?.article).toEqual(article);
      expect(back?.coded).toEqual(coded);
      expect(await store.getArticle("missing")).toBeNull();
      expect(await store.counts()).toEqual({
        articles: 1,
        events: coded.events.length,
        clusters: 3,
        outlets: 1,
      });
    });

    it("treats the same id, or the same outlet and text, as a duplicate", async () => {
      const store = await open();
      const first = report({
        id: "a1",
        outlet: "Wire",
        date: "2022-02-24",
        events: [{ cameo: "190", target: "UKR" }],
      });
      expect((await store.saveArticle(first.article, first.coded)).status).toBe("stored");
      const again = await store.saveArticle(first.article, first.coded);
      expect(again).toEqual({ status: "duplicate", articleId: "a1", duplicateOf: "a1" });
      const renamed = { ...first.article, id: "a1-renamed" };
      const dup = await store.saveArticle(renamed, { ...first.coded, id: "a1-renamed" });
      expect(dup).toEqual({ status: "duplicate", articleId: "a1-renamed", duplicateOf: "a1" });
      expect(await store.findDuplicate(renamed)).toBe("a1");
      expect(await store.findDuplicate({ id: "new", text: "Something else." })).toBeNull();
      expect(await store.counts()).toMatchObject({ articles: 1, events: 1, clusters: 1 });
    });

    it("stores a wire story's copy from another outlet and counts it as one source", async () => {
      const store = await open();
      const event = { cameo: "190", target: "UKR" };
      const wire = report({ id: "wire", outlet: "Wire", date: "2022-02-24", events: [event] });
      const copy = report({
        id: "copy",
        outlet: "Courier",
        date: "2022-02-24",
        text: `KYIV — ${wire.article.text} Reporting by the Courier's desk.`,
        events: [event],
      });
      await saveAll(store, [wire, copy]);
      expect((await store.getArticle("copy"))?.copyOf).toBe("wire");
      const [first] = await store.queryEvents({}, { limit: 10 });
      expect(first?.cluster).toMatchObject({
        id: "wire#0000",
        numMentions: 2,
        numArticles: 2,
        numSources: 1,
      });
    });

    wireAndValidatorTests(() => open());

    it("clusters reports of one event across outlets, roles and days", async () => {
      const store = await open();
      await saveAll(store, clusterReports());
      const rows = await store.queryEvents({}, { limit: 100 });
      const byId = new Map(rows.map((e) => [e.id, e.cluster]));
      expect(byId.get("a1#0000")).toMatchObject({
        id: "a1#0000",
        numMentions: 4,
        numArticles: 3,
        numSources: 2,
      });
      for (const id of ["a2#0000", "a2#0001", "a3#0000"]) expect(byId.get(id)?.id).toBe("a1#0000");
      // Three days later, far away, or another root: other events.
      expect(byId.get("a4#0000")?.id).toBe("a4#0000");
      expect(byId.get("a5#0000")?.id).toBe("a5#0000");
      expect(byId.get("a6#0000")?.id).toBe("a6#0000");
      expect(await query(store, { minSources: 2 })).toEqual([
        "a1#0000",
        "a3#0000",
        "a2#0000",
        "a2#0001",
      ]);
      expect(await query(store, { firstMentions: true })).toEqual([
        "a1#0000",
        "a5#0000",
        "a6#0000",
        "a4#0000",
      ]);
      expect(await store.counts()).toMatchObject({ articles: 6, events: 7, clusters: 4 });
    });

    it("filters events by every field analysts ask for", async () => {
      const store = await open();
      await saveAll(store, filterReports());
      // u2#0001 carries its own date, the day before its article's.
      expect(await query(store, {})).toEqual([
        "k1#0000",
        "k1#0001",
        "u1#0000",
        "u2#0001",
        "u2#0000",
        "u3#0000",
      ]);
      expect(await query(store, { actor: "RUS" })).toEqual([
        "k1#0001",
        "u1#0000",
        "u2#0000",
        "u3#0000",
      ]);
      expect(await query(store, { actor: "RUSMIL" })).toEqual(["k1#0001", "u2#0000"]);
      expect(await query(store, { source: "UKR" })).toEqual(["u3#0000"]);
      expect(await query(store, { target: "UKR" })).toEqual(["u1#0000", "u2#0001", "u2#0000"]);
      expect(await query(store, { source: "RUS", target: "UKR" })).toEqual(["u1#0000", "u2#0000"]);
      expect(await query(store, { country: "KAZ" })).toEqual(["k1#0000", "k1#0001"]);
      expect(await query(store, { country: "UKR" })).toEqual([
        "u1#0000",
        "u2#0001",
        "u2#0000",
        "u3#0000",
      ]);
      expect(await query(store, { cameo: "19" })).toEqual(["u2#0000", "u3#0000"]);
      expect(await query(store, { cameo: "193" })).toEqual(["u3#0000"]);
      expect(await query(store, { cameo: "036" })).toEqual(["k1#0001"]);
      expect(await query(store, { quad: 1 })).toEqual(["k1#0001", "u1#0000"]);
      expect(await query(store, { mode: "negated" })).toEqual(["u1#0000"]);
      expect(await query(store, { since: "2022-02-20" })).toEqual([
        "u2#0001",
        "u2#0000",
        "u3#0000",
      ]);
      expect(await query(store, { until: "2022-02-19" })).toEqual([
        "k1#0000",
        "k1#0001",
        "u1#0000",
      ]);
      expect(await query(store, { since: "2022-02-19", until: "2022-02-24" })).toEqual([
        "u1#0000",
        "u2#0001",
        "u2#0000",
      ]);
      expect(await query(store, { place: "kyiv" })).toEqual(["u2#0000"]);
      const ukraine = { minLon: 22, minLat: 44, maxLon: 41, maxLat: 53 };
      expect(await query(store, { bbox: ukraine })).toEqual(["u2#0000", "u3#0000"]);
      expect(await query(store, { bbox: { ...ukraine, minLon: 28 } })).toEqual(["u2#0000"]);
      expect(await query(store, { articleId: "k1" })).toEqual(["k1#0000", "k1#0001"]);
      expect(await query(store, { actor: "RUS", cameo: "19", until: "2022-02-24" })).toEqual([
        "u2#0000",
      ]);
      expect(await query(store, { actor: "CHN" })).toEqual([]);
    });

    it("finds an event once when it matches through both of its actors", async () => {
      const store = await open();
      await saveAll(store, [
        report({
          id: "r1",
          outlet: "Wire",
          date: "2022-01-02",
          events: [{ source: "RUSGOV", target: "RUSMIL", cameo: "111" }],
        }),
        report({
          id: "r2",
          outlet: "Wire",
          date: "2022-01-03",
          events: [{ source: "RUS", target: "UKR", cameo: "111" }],
        }),
        report({
          id: "r3",
          outlet: "Wire",
          date: "2022-01-04",
          events: [{ source: "IGOUNO", target: "RUS", cameo: "111" }],
        }),
      ]);
      expect(await query(store, { actor: "RUS" })).toEqual(["r1#0000", "r2#0000", "r3#0000"]);
      expect(ids(await store.queryEvents({ actor: "RUS" }, { limit: 2 }))).toEqual([
        "r1#0000",
        "r2#0000",
      ]);
      expect(await query(store, { actor: "IGO" })).toEqual(["r3#0000"]);
      expect(await query(store, { actor: "RUS", country: "RUS" })).toEqual([
        "r1#0000",
        "r2#0000",
        "r3#0000",
      ]);
      const world = { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 };
      expect(await query(store, { bbox: world })).toEqual([]);
    });

    it("saves a batch in one transaction, each article all or nothing", async () => {
      const store = await open();
      const [k1, u1, u2] = filterReports() as [Report, Report, Report];
      const broken = report({
        id: "bad",
        outlet: "Wire",
        date: "2022-02-01",
        events: [{ cameo: "042" }],
      });
      const brokenCoded = {
        ...broken.coded,
        events: broken.coded.events.map((e) => ({ ...e, evidence: { ...e.evidence, rule: null } })),
      } as never;
      const results = await store.saveArticles([
        k1,
        u1,
        { article: broken.article, coded: brokenCoded },
        u1,
        u2,
      ]);
      expect(results.map((r) => r.status)).toEqual([
        "stored",
        "stored",
        "failed",
        "duplicate",
        "stored",
      ]);
      expect(results[2]).toMatchObject({ articleId: "bad" });
      expect(await store.counts()).toMatchObject({ articles: 3, events: 5 });
      expect(await store.getArticle("bad")).toBeNull();
      const world = { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 };
      expect(await query(store, { bbox: world })).toEqual(["k1#0000", "u2#0000"]);
    });

    it("returns each event with its article and cluster", async () => {
      const store = await open();
      await saveAll(store, filterReports());
      const [event] = await store.queryEvents({ clusterId: "u2#0000" }, { limit: 5 });
      expect(event).toMatchObject({
        id: "u2#0000",
        articleId: "u2",
        index: 0,
        date: "2022-02-24",
        article: {
          date: "2022-02-24",
          outlet: "Ledger",
          title: "Strikes on Kyiv",
          url: "https://example.org/u2",
        },
        cluster: { id: "u2#0000", numMentions: 1, numArticles: 1, numSources: 1 },
      });
      const stored = await store.getArticle("u2");
      expect(event?.event).toEqual(stored?.coded.events[0]);
      expect(event?.article.length).toBe(stored?.article.text.length);
      expect(event?.article.storedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(event?.cluster.firstSeen).toBe(event?.article.storedAt);
    });

    it("pages through results after the last event returned", async () => {
      const store = await open();
      await saveAll(store, filterReports());
      const all = await query(store, {});
      const paged: string[] = [];
      let page = await store.queryEvents({}, { limit: 4 });
      while (page.length > 0) {
        paged.push(...ids(page));
        const last = page[page.length - 1] as StoredEvent;
        page = await store.queryEvents({}, { limit: 4, after: { date: last.date, id: last.id } });
      }
      expect(paged).toEqual(all);
    });

    it("stores nothing of an article whose save fails part-way", async () => {
      const store = await open();
      const good = report({
        id: "t1",
        outlet: "Wire",
        date: "2022-02-24",
        events: [{ cameo: "190", target: "UKR" }, { cameo: "042" }],
      });
      const broken: CodedDocument = {
        ...good.coded,
        // A missing rule breaks a NOT NULL column after the article row is already written.
        events: good.coded.events.map((e, i) =>
          i === 0 ? e : { ...e, evidence: { ...e.evidence, rule: null } },
        ) as never,
      };
      await expect(store.saveArticle(good.article, broken)).rejects.toThrow();
      expect(await store.counts()).toEqual({ articles: 0, events: 0, clusters: 0, outlets: 0 });
      expect(await store.getArticle("t1")).toBeNull();
      expect((await store.saveArticle(good.article, good.coded)).status).toBe("stored");
      expect(await store.counts()).toEqual({ articles: 1, events: 2, clusters: 2, outlets: 1 });
    });

    it("upgrades a store made before the latest migration", async () => {
      const location = await freshLocation();
      const engine = engineOf(location);
      const db = engine === "postgres" ? openPostgres(location) : openSqlite(location);
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => storeMigrations(engine) },
      });
      expect((await migrator.migrateTo("0001-initial")).error).toBeUndefined();
      await db.destroy();
      const store = await open(location);
      const { article, coded } = fullDocument();
      await store.saveArticle(article, coded);
      expect((await store.getArticle(article.id))?.coded).toEqual(coded);
    });

    it("keeps its data when opened again", async () => {
      const location = await freshLocation();
      const first = await open(location);
      await saveAll(first, filterReports());
      await first.close();
      opened.splice(opened.indexOf(first), 1);
      const again = await open(location);
      expect(await again.counts()).toMatchObject({ articles: 4, events: 6 });
    });
  });
}
