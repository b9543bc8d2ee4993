import { describe, expect, it } from "vitest";
import raw from "../../../data/ingest/web-cleanup.json" with { type: "json" };
import { isBoilerplate } from "./boilerplate.js";
import { parseWebCleanup } from "./web-cleanup.js";
import { extractWire } from "./wire-credit.js";

describe("web cleanup data (data/ingest/web-cleanup.json)", () => {
  it("validates", () => {
    expect(parseWebCleanup(raw).wireAliases.get("CP")).toBe("The Canadian Press");
  });

  it("rejects a broken pattern and an alias naming two agencies", () => {
    expect(() => parseWebCleanup({ ...raw, boilerplateLines: ["(unclosed"] })).toThrow(
      /not a valid regular expression/,
    );
    const clash = [
      { name: "A Agency", aliases: ["AA"] },
      { name: "B Agency", aliases: ["AA"] },
    ];
    expect(() => parseWebCleanup({ ...raw, wireServices: clash })).toThrow(/names both/);
  });
});

describe("isBoilerplate", () => {
  it.each([
    "Posted on January 26, 2022 at 4:05 pm",
    "Updated Jan. 27, 2022 9:00 am",
    "Share this article",
    "Share | Tweet | Email",
    "Subscribe to our daily briefing for the latest world news.",
    "Sign up for the morning newsletter",
    "Follow us on social media",
    "Read more: Allies meet in Brussels",
    "Advertisement",
    "Photo: Ledger archive",
    "(AP Photo/Jane Doe)",
    "Sean Kilpatrick/The Canadian Press",
    "© 2022 Northern Ledger. All rights reserved.",
    "Home | World | Sports | Weather",
  ])("drops %j", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Share prices fell on Tuesday after the announcement.",
    "Published reports said 300 troops had arrived.",
    "Related talks are scheduled for next week in Geneva.",
    "The minister said the photos showed damage to the bridge.",
    `Posted on ${"a long line of prose ".repeat(10)}`,
  ])("keeps %j", (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});

describe("extractWire", () => {
  it("removes a dateline credit and keeps the dateline", () => {
    expect(extractWire(["KYIV, Ukraine (AP) — Officials said.", "More."])).toEqual({
      paragraphs: ["KYIV, Ukraine — Officials said.", "More."],
      wire: "The Associated Press",
    });
    expect(extractWire(["OTTAWA (Reuters) - Canada said."]).paragraphs).toEqual([
      "OTTAWA - Canada said.",
    ]);
  });

  it.each([
    ["— The Canadian Press", "The Canadian Press"],
    ["With files from Reuters", "Reuters"],
    ["The Associated Press contributed to this report.", "The Associated Press"],
    ["(Canadian Press)", "The Canadian Press"],
    ["This report by The Canadian Press was first published Jan. 26, 2022.", "The Canadian Press"],
    ["AFP", "Agence France-Presse"],
  ])("removes the credit line %j", (line, wire) => {
    expect(extractWire(["The story.", line])).toEqual({ paragraphs: ["The story."], wire });
  });

  it("removes a trailing credit at the end of the last paragraph", () => {
    expect(extractWire(["First.", "Last words. (Canadian Press)"])).toEqual({
      paragraphs: ["First.", "Last words."],
      wire: "The Canadian Press",
    });
    expect(extractWire(["Last words. — Reuters"]).paragraphs).toEqual(["Last words."]);
  });

  it("takes an agency byline as the wire and leaves ordinary text alone", () => {
    expect(extractWire(["Text."], "By The Associated Press").wire).toBe("The Associated Press");
    const plain = ["Reuters reported that AP and CP staff met.", "A cross-border deal."];
    expect(extractWire(plain, "Jane Smith")).toEqual({ paragraphs: plain });
  });
});
