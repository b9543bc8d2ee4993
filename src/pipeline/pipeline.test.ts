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

  it("runs a batch stage by stage, giving each article the document run() gives it", () => {
    const pipeline = createPipeline(TEXT_STAGES);
    const articles = [
      { id: "a", text: "Canada closed its embassy in Kyiv." },
      { id: "b", text: "Russia massed troops near the border and demanded guarantees." },
    ];
    const outcomes = pipeline.runMany(articles);
    expect(outcomes.map((o) => o.doc?.clauses)).toEqual(
      articles.map((a) => pipeline.run(a).clauses),
    );
  });

  it("fails only the article a stage throws on, and stops its stages there", () => {
    const seen: string[] = [];
    const picky: Stage = {
      name: "picky",
      needs: ["tokens"],
      sets: [],
      run: (doc) => {
        if (doc.article.id === "bad") throw new Error("cannot read bad");
      },
    };
    const after: Stage = {
      name: "after",
      needs: [],
      sets: [],
      run: (doc) => seen.push(doc.article.id),
    };
    const outcomes = createPipeline([picky, after]).runMany([
      { id: "good", text: "One." },
      { id: "bad", text: "Two." },
      { id: "also", text: "Three." },
    ]);
    expect(outcomes.map((o) => o.error?.message ?? o.doc?.article.id)).toEqual([
      "good",
      "cannot read bad",
      "also",
    ]);
    expect(seen).toEqual(["good", "also"]);
  });
});
