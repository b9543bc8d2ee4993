/**
 * The shared store suite on SQLite, each test in its own file in a temporary folder.
 */

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll } from "vitest";
import { runStoreSuite } from "../support/store-suite.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-sqlite-"));
let n = 0;

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

runStoreSuite("SQLite", () => path.join(dir, `store-${++n}.db`));
