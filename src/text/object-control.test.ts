import { describe, expect, it } from "vitest";
import { analyze, chunkText, findClause } from "../../test/support/analyze.js";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string) => describeEvents(coder.analyze({ text, date: "2022-02-13" }));

function subjectOf(text: string, verb: string): string | null {
  const doc = analyze(text);
  return chunkText(doc, findClause(doc, verb).subject);
}

describe("object control", () => {
  it("makes the addressee the subject of every infinitive down the chain", () => {
    const text = "Canada urged Russia to use the truce to withdraw its troops from Ukraine.";
    expect(subjectOf(text, "to use")).toBe("Russia");
    expect(subjectOf(text, "to withdraw")).toBe("Russia");
    // Whoever urged it, the withdrawal would be Russia's, not Canada's.
    expect(events(text)).not.toContainEqual(expect.stringMatching(/^CAN 087/));
  });

  it("leaves the subject of an infinitive that the speaker governs", () => {
    expect(subjectOf("Canada promised to try to withdraw its troops.", "to withdraw")).toBe(
      "Canada",
    );
  });
});
