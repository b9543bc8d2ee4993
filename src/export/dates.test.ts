import { describe, expect, it } from "vitest";
import { exportEvent } from "../../test/support/export-events.js";
import { fractionDate, gdeltTimestamp, parseDay, parseTimestamp } from "./dates.js";

describe("export dates", () => {
  const event = exportEvent();

  it("reads timestamps without a zone as UTC, whatever the machine's zone", () => {
    const read = (text: string) => gdeltTimestamp(parseTimestamp(text, event, "t"));
    expect(read("2022-02-13T08:05:09Z")).toBe("20220213080509");
    expect(read("2022-02-13T08:05:09")).toBe("20220213080509");
    expect(read("2022-02-13 08:05:09")).toBe("20220213080509");
    expect(read("2022-02-13T10:05:09+02:00")).toBe("20220213080509");
    expect(read("2022-02-13")).toBe("20220213000000");
  });

  it("rejects what is not a timestamp", () => {
    expect(() => parseTimestamp("13/02/2022", event, "article.addedAt")).toThrow(
      /mention border-story#0: has an invalid date \(article.addedAt "13\/02\/2022"/,
    );
  });

  it("reads days with their grain", () => {
    expect(parseDay("2022-02-13")).toMatchObject({ year: 2022, month: 2, day: 13, grain: "day" });
    expect(parseDay("2022-02")).toMatchObject({ month: 2, day: 1, grain: "month" });
    expect(parseDay("2022")).toMatchObject({ month: 1, day: 1, grain: "year" });
    expect(parseDay("2022-13-01")).toBeNull();
    expect(parseDay("Feb 2022")).toBeNull();
  });

  it("writes GDELT's fractional year for the start and end of a year", () => {
    expect(fractionDate({ year: 2013, month: 1, day: 1, grain: "day", own: true })).toBe(
      "2013.0027",
    );
    expect(fractionDate({ year: 2013, month: 4, day: 1, grain: "day", own: true })).toBe(
      "2013.2493",
    );
  });
});
