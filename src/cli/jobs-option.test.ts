import * as os from "node:os";
import { describe, expect, it } from "vitest";
import { AUTO_MAX_WORKERS, AUTO_POOL_ABOVE, autoWorkers } from "../app/coding-jobs.js";
import { parseJobs } from "./jobs-option.js";

describe("--jobs", () => {
  it("reads auto (the default) or a positive whole number", () => {
    expect(parseJobs(undefined)).toBe("auto");
    expect(parseJobs("auto")).toBe("auto");
    expect(parseJobs("1")).toBe(1);
    expect(parseJobs("8")).toBe(8);
    for (const bad of ["0", "-1", "1.5", "two", "", " 2", "1e3"]) {
      expect(() => parseJobs(bad)).toThrow(/--jobs: invalid command-line usage/);
    }
  });

  it("auto codes a small batch on the main thread and a larger one on a core less, four at most", () => {
    expect(autoWorkers(1, 8)).toBe(0);
    expect(autoWorkers(AUTO_POOL_ABOVE, 8)).toBe(0);
    expect(autoWorkers(AUTO_POOL_ABOVE + 1, 8)).toBe(AUTO_MAX_WORKERS);
    expect(autoWorkers(AUTO_POOL_ABOVE + 1, 4)).toBe(3);
    expect(autoWorkers(AUTO_POOL_ABOVE + 1, 3)).toBe(2);
    // One worker beside an idle main thread gains nothing: two cores code on the main thread.
    expect(autoWorkers(AUTO_POOL_ABOVE + 1, 2)).toBe(0);
    expect(autoWorkers(AUTO_POOL_ABOVE + 1, 1)).toBe(0);
    expect(autoWorkers(AUTO_POOL_ABOVE + 1)).toBe(
      autoWorkers(AUTO_POOL_ABOVE + 1, os.availableParallelism()),
    );
  });
});
