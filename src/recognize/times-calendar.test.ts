import { describe, expect, it } from "vitest";
import { addDays, addMonths, formatDay, parseDay, startOf, weekdayOf } from "./times-calendar.js";

const day = (s: string) => {
  const d = parseDay(s);
  if (d === null) throw new Error(s);
  return d;
};

describe("calendar arithmetic on plain days", () => {
  it("counts weekdays from Sunday = 0", () => {
    expect(weekdayOf(day("2022-02-13"))).toBe(0);
    expect(weekdayOf(day("2022-02-12"))).toBe(6);
    expect(weekdayOf(day("1969-12-31"))).toBe(3);
  });

  it("adds days across months and years, and months keeping the day where it exists", () => {
    expect(formatDay(addDays(day("2022-02-28"), 1))).toBe("2022-03-01");
    expect(formatDay(addDays(day("2022-01-01"), -1))).toBe("2021-12-31");
    expect(formatDay(addMonths(day("2022-01-31"), 1))).toBe("2022-02-28");
    expect(formatDay(addMonths(day("2024-03-31"), -1))).toBe("2024-02-29");
    expect(formatDay(addMonths(day("2022-11-15"), 14))).toBe("2024-01-15");
  });

  it("starts weeks on Monday, months and years on their first day", () => {
    expect(formatDay(startOf(day("2022-02-13"), "week"))).toBe("2022-02-07");
    expect(formatDay(startOf(day("2022-02-14"), "week"))).toBe("2022-02-14");
    expect(formatDay(startOf(day("2022-02-13"), "month"))).toBe("2022-02-01");
    expect(formatDay(startOf(day("2022-02-13"), "year"))).toBe("2022-01-01");
  });

  it("rejects what is not a date", () => {
    expect(parseDay("13/02/2022")).toBeNull();
  });
});
