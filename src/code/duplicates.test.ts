import { describe, expect, it } from "vitest";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string) => describeEvents(coder.analyze({ text, date: "2022-02-13" }));

describe("one statement, one event", () => {
  it("codes no targetless copy of an act the sentence codes with a target", () => {
    expect(events("Canada strongly condemned Russia and denounced the attack.")).toEqual([
      "CAN 111 RUS",
    ]);
  });

  it("keeps acts of another code or another mode", () => {
    expect(events("Canada condemned Russia and recalled its ambassador.")).toEqual([
      "CAN 111 RUS",
      "CAN 161 -",
    ]);
  });
});
