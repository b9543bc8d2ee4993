import { describe, expect, it } from "vitest";
import { clauseOf } from "../../test/support/analyze.js";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string) => describeEvents(coder.analyze({ text, date: "2022-02-13" }));

describe("coordinated verbs", () => {
  it("join a tensed verb to the tensed clause, not to an infinitive before it", () => {
    const text =
      "The president ordered the police to shoot protesters and rejected calls for talks.";
    expect(clauseOf(text, "rejected")).toMatchObject({ kind: "coordinate", parent: "ordered" });
    // A bare verb still continues the infinitive: both are what was promised.
    expect(
      clauseOf("Kenya promised to withdraw its troops and rebuild the bridge.", "rebuild"),
    ).toMatchObject({ kind: "coordinate", parent: "to withdraw" });
  });

  it("join a simple past to the clause that says, not to a conditional or a modal one", () => {
    const text =
      "Kenya said that if talks failed, it would be forced to respond, and demanded the withdrawal of Ugandan troops.";
    expect(clauseOf(text, "demanded")).toMatchObject({
      kind: "coordinate",
      parent: "said",
      subject: "Kenya",
    });
  });

  it("keep a bare verb after a relative clause with a modal inside that clause", () => {
    const text =
      "Russia published a draft treaty that would bar new members and pull NATO troops out of Poland.";
    expect(clauseOf(text, "pull")).toMatchObject({
      kind: "coordinate",
      parent: "would",
      subject: "a draft treaty",
    });
    // What the treaty would do is background, not Russia's act.
    expect(events(text)).not.toContainEqual(expect.stringMatching(/^RUS 087/));
    // A past verb after the relative clause still continues the main clause.
    expect(
      clauseOf("Kenya closed the border that had been opened and recalled its envoy.", "recalled"),
    ).toMatchObject({ kind: "coordinate", parent: "closed", subject: "Kenya" });
  });
});
