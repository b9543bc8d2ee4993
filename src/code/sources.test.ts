/** Who the coder takes as an event's source when the sentence does not name it as the subject. */

import { describe, expect, it } from "vitest";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string) => describeEvents(coder.analyze({ text, date: "2022-02-13" }));

describe("event sources", () => {
  it("take the place a weapon was fired from when a passive names no agent", () => {
    expect(events("Rockets were fired at Israel from Lebanon.")).toEqual(["LBN 194 ISR"]);
    expect(events("Israel said a rocket was fired at it from the Gaza Strip.")).toContainEqual(
      "ISR 112 PSE",
    );
  });

  it("take no source from a 'from' phrase of other passives: it says where, not who", () => {
    expect(events("Two diplomats were expelled from Russia.")).toEqual([]);
  });

  it("find no target in a time phrase: 'on Tuesday' is when, not whom", () => {
    expect(events("Rebels fired on Tuesday near the border.")).toEqual([]);
    expect(events("Israel said a mortar bomb was fired at it from Gaza on Tuesday.")).toEqual([
      "ISR 112 PSE",
      "PSE 194 ISR reported",
    ]);
  });
});
