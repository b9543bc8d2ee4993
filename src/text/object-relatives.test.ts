import { describe, expect, it } from "vitest";
import { analyze, chunkText, findClause } from "../../test/support/analyze.js";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string) => describeEvents(coder.analyze({ text, date: "2022-02-13" }));

function clauseOf(text: string, verb: string) {
  const doc = analyze(text);
  const clause = findClause(doc, verb);
  return { kind: clause.kind, subject: chunkText(doc, clause.subject) };
}

describe("relative clauses with a subject of their own", () => {
  it("read 'which Ukraine blamed on Russia' as a relative clause, and the main verb's subject as the antecedent", () => {
    const text = "The attack, which Ukraine blamed on Russia, killed 12 people.";
    expect(clauseOf(text, "blamed")).toEqual({ kind: "relative", subject: "Ukraine" });
    expect(clauseOf(text, "killed")).toEqual({ kind: "main", subject: "The attack" });
  });

  it("code no event from such background, and the main clause's event from its own subject", () => {
    expect(events("The attack, which Ukraine blamed on Russia, killed 12 people.")).toEqual([]);
    expect(
      events("Kenya, which Somalia accused of the raid, recalled its ambassador from Mogadishu."),
    ).toEqual(["KEN 161 SOM"]);
  });
});
