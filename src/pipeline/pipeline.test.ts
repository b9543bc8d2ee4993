import { describe, expect, it } from "vitest";
import { TEXT_STAGES } from "../text/analyze.js";
import { createPipeline } from "./pipeline.js";
import type { Stage } from "./stage.js";

describe("pipeline", () => {
  it("runs the text stages in order over an article", () => {
    const doc = createPipeline(TEXT_STAGES).run({
      id: "a",
      text: "Canada closed its embassy in Kyiv.",
    });
    expect(doc.chunks.length).toBeGreaterThan(0);
    expect(doc.verbGroups.length).toBe(1);
    expect(doc.clauses.length).toBe(1);
  });

  it("refuses a stage whose inputs no earlier stage sets, when the pipeline is built", () => {
    const clausesFirst: Stage = {
      name: "clauses-first",
      needs: ["verbGroups"],
      sets: ["clauses"],
      run: () => {},
    };
    expect(() => createPipeline([clausesFirst, ...TEXT_STAGES])).toThrow(
      /"clauses-first" needs verbGroups/,
    );
  });
});
