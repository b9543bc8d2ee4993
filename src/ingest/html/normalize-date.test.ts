import { describe, expect, it } from "vitest";
import { dateFromUrl, normalizeDate } from "./normalize-date.js";

describe("normalizeDate", () => {
  it.each([
    ["2022-01-26", "2022-01-26"],
    ["2022-01-26T23:30:00-05:00", "2022-01-26"],
    ["2022-1-6 10:00", "2022-01-06"],
    ["20220126T101500Z", "2022-01-26"],
    ["Wed, 26 Jan 2022 23:30:00 -0500", "2022-01-26"],
    ["January 26, 2022", "2022-01-26"],
    ["26 January 2022", "2022-01-26"],
    ["Jan. 26, 2022", "2022-01-26"],
  ])("reads %j as %s", (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });

  it.each(["", "yesterday", "2022-02-30", "0001-01-01", "2999-01-01", "31 Foo 2022"])(
    "finds no date in %j",
    (value) => {
      expect(normalizeDate(value)).toBeUndefined();
    },
  );
});

describe("dateFromUrl", () => {
  it.each([
    ["https://x.example/world/2022/01/26/story", "2022-01-26"],
    ["https://x.example/2022/1/6/story", "2022-01-06"],
    ["https://x.example/news/story-2022-01-26.html", "2022-01-26"],
    ["https://x.example/news/20220126/story", "2022-01-26"],
  ])("reads the date in %s", (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it("finds none in an address without one", () => {
    expect(dateFromUrl("https://x.example/news/12345678901/story")).toBeUndefined();
    expect(dateFromUrl("not a url")).toBeUndefined();
    expect(dateFromUrl(undefined)).toBeUndefined();
  });
});
