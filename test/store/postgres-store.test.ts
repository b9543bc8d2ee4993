/**
 * The store on PostgreSQL: the shared suite, the sample corpus stored in SQLite and in
 * PostgreSQL with identical answers, and the crash test of `harbinger ingest`. One throw-away
 * server for this file, one fresh database per test. Fails when PostgreSQL cannot be started,
 * unless HARBINGER_SKIP_PG=1.
 */

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoder } from "../../src/coder.js";
import { readInputs } from "../../src/ingest/read-inputs.js";
import { openStore } from "../../src/store/open-store.js";
import type { EventFilter, Store } from "../../src/store/store.js";
import { CLI, killAndResume, writeBatch } from "../support/kill-and-resume.js";
import { snapshot } from "../support/store-snapshot.js";
import { runStoreSuite } from "../support/store-suite.js";
import {
  skipPostgres,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../support/throwaway-postgres.js";

const root = path.resolve(import.meta.dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-pg-test-"));
let server: ThrowawayPostgres | undefined;
let n = 0;

function freshDatabase(): string {
  if (server === undefined) throw new Error("the PostgreSQL server did not start");
  return server.createDatabase(`store_${++n}`);
}

describe.skipIf(skipPostgres())("PostgreSQL", () => {
  beforeAll(async () => {
    server = await startThrowawayPostgres();
  }, 120_000);
  afterAll(() => {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  runStoreSuite("PostgreSQL", freshDatabase);

  it("answers every query on the sample corpus exactly as SQLite does", async () => {
    const stores: Store[] = [
      await openStore(path.join(dir, "corpus.db")),
      await openStore(freshDatabase()),
    ];
    try {
      const coder = await createCoder();
      for await (const item of readInputs([path.join(root, "examples/articles")])) {
        if ("error" in item) throw item.error;
        const coded = coder.code(item.article);
        for (const store of stores) await store.saveArticle(item.article, coded);
      }
      const [lite, pg] = stores as [Store, Store];
      const [liteSnapshot, pgSnapshot] = [await snapshot(lite), await snapshot(pg)];
      expect(liteSnapshot.counts.articles).toBe(35);
      expect(pgSnapshot).toEqual(liteSnapshot);
      const filters: EventFilter[] = [
        { actor: "RUS" },
        { country: "UKR", quad: 4 },
        { cameo: "19" },
        { since: "2022-02-01", until: "2022-02-15" },
        { mode: "intended" },
        { place: "kyiv" },
        { bbox: { minLon: 20, minLat: 40, maxLon: 80, maxLat: 60 } },
        { firstMentions: true },
        { minSources: 2 },
      ];
      for (const filter of filters) {
        const [a, b] = await Promise.all(stores.map((s) => s.queryEvents(filter, { limit: 50 })));
        expect(
          b?.map((e) => e.id),
          JSON.stringify(filter),
        ).toEqual(a?.map((e) => e.id));
      }
    } finally {
      for (const store of stores) await store.close();
    }
  }, 180_000);

  it("resumes a killed ingest with nothing lost and nothing stored twice", async () => {
    if (!fs.existsSync(CLI)) execFileSync("npm", ["run", "build"], { cwd: root, stdio: "ignore" });
    const batch = path.join(dir, "batch.jsonl");
    writeBatch(batch, 60);
    await killAndResume(batch, 60, freshDatabase(), freshDatabase());
  }, 180_000);
});
