/**
 * The shared store suite on PostgreSQL: a throw-away server for this file, one fresh database
 * per test. Fails when PostgreSQL cannot be started, unless HARBINGER_SKIP_PG=1.
 */

import { afterAll, beforeAll, describe } from "vitest";
import { runStoreSuite } from "../support/store-suite.js";
import {
  skipPostgres,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from "../support/throwaway-postgres.js";

let server: ThrowawayPostgres | undefined;
let n = 0;

describe.skipIf(skipPostgres())("PostgreSQL", () => {
  beforeAll(async () => {
    server = await startThrowawayPostgres();
  }, 120_000);
  afterAll(() => server?.stop());

  runStoreSuite("PostgreSQL", () => {
    if (server === undefined) throw new Error("the PostgreSQL server did not start");
    return server.createDatabase(`store_${++n}`);
  });
});
