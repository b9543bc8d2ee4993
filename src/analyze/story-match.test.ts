import { describe, expect, it } from "vitest";
import type { EventOut } from "../model/contract.js";
import { addDays, daysBetween } from "./calendar-days.js";
import { kmBetween } from "./geo-distance.js";
import {
  actorPair,
  bestStory,
  claimOf,
  placesCompatible,
  STORY_RULE,
  type StoryKey,
  type StoryPlace,
  sameStory,
  storyKey,
} from "./story-match.js";

const KYIV: StoryPlace = { name: "Kyiv", lat: 50.45, lon: 30.52, country: "UKR" };
const BROVARY: StoryPlace = { name: "Brovary", lat: 50.51, lon: 30.79, country: "UKR" };
const LVIV: StoryPlace = { name: "Lviv", lat: 49.84, lon: 24.03, country: "UKR" };

function key(overrides: Partial<StoryKey> = {}): StoryKey {
  return {
    root: "19",
    claim: "happened",
    actors: ["RUS", "UKR"],
    date: "2022-02-24",
    place: null,
    ...overrides,
  };
}

describe("day arithmetic", () => {
  it("counts whole days across months and leap years", () => {
    expect(daysBetween("2022-02-27", "2022-03-01")).toBe(2);
    expect(daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDays("2022-03-01", -2)).toBe("2022-02-27");
  });
});

describe("distance", () => {
  it("puts Kyiv and Lviv about 470 km apart", () => {
    expect(kmBetween(KYIV, LVIV)).toBeGreaterThan(450);
    expect(kmBetween(KYIV, LVIV)).toBeLessThan(490);
    expect(kmBetween(KYIV, KYIV)).toBe(0);
  });
});

describe("the story rule", () => {
  it("ignores which actor acted", () => {
    expect(actorPair("UKR", "RUS")).toEqual(["RUS", "UKR"]);
    expect(actorPair("RUS", null)).toEqual(["", "RUS"]);
    expect(sameStory(key({ actors: actorPair("UKR", "RUS") }), key())).toBe(true);
  });

  it("needs the same actors and the same CAMEO root", () => {
    expect(sameStory(key(), key({ actors: ["BLR", "UKR"] }))).toBe(false);
    expect(sameStory(key(), key({ actors: ["", "RUS"] }))).toBe(false);
    expect(sameStory(key(), key({ root: "18" }))).toBe(false);
  });

  it("keeps what happened apart from what was denied, intended or imagined", () => {
    expect(claimOf("asserted")).toBe(claimOf("reported"));
    expect(sameStory(key(), key({ claim: claimOf("reported") }))).toBe(true);
    expect(sameStory(key(), key({ claim: claimOf("negated") }))).toBe(false);
    expect(sameStory(key({ claim: "hypothetical" }), key({ claim: "intended" }))).toBe(false);
  });

  it("accepts dates within the window and no further", () => {
    expect(sameStory(key(), key({ date: "2022-02-26" }))).toBe(true);
    expect(sameStory(key(), key({ date: "2022-02-22" }))).toBe(true);
    expect(sameStory(key(), key({ date: "2022-02-27" }))).toBe(false);
    expect(sameStory(key(), key({ date: "2022-02-27" }), { ...STORY_RULE, windowDays: 3 })).toBe(
      true,
    );
  });

  it("never joins an undated report", () => {
    expect(sameStory(key({ date: null }), key({ date: null }))).toBe(false);
  });

  it("requires compatible places only when both reports give one", () => {
    expect(sameStory(key({ place: KYIV }), key())).toBe(true);
    expect(sameStory(key({ place: KYIV }), key({ place: BROVARY }))).toBe(true);
    expect(sameStory(key({ place: KYIV }), key({ place: LVIV }))).toBe(false);
  });

  it("treats places in different countries as different events", () => {
    const border = { name: "Border post", lat: 50.46, lon: 30.6, country: "BLR" };
    expect(placesCompatible(KYIV, border, 100)).toBe(false);
    expect(placesCompatible(KYIV, { ...LVIV, name: "kyiv" }, 100)).toBe(true);
  });

  it("builds the key from an event, falling back to the article's date", () => {
    const event = {
      source: { text: "Ukraine", start: 0, end: 7, code: "UKR", country: "UKR", sectors: [] },
      target: { text: "Russia", start: 20, end: 26, code: "RUS", country: "RUS", sectors: [] },
      root: "11",
      mode: "intended",
      date: null,
      location: KYIV,
    } as unknown as EventOut;
    expect(storyKey(event, "2022-02-20")).toEqual({
      root: "11",
      claim: "intended",
      actors: ["RUS", "UKR"],
      date: "2022-02-20",
      place: KYIV,
    });
  });
});

describe("choosing the story a report joins", () => {
  it("takes the closest date, then the smallest id, whatever the order", () => {
    const candidates = [
      { id: "c", key: key({ date: "2022-02-25" }) },
      { id: "b", key: key({ date: "2022-02-23" }) },
      { id: "a", key: key({ date: "2022-02-22" }) },
      { id: "z", key: key({ date: "2022-02-24", root: "18" }) },
    ];
    expect(bestStory(key(), candidates)?.id).toBe("b");
    expect(bestStory(key(), [...candidates].reverse())?.id).toBe("b");
    expect(bestStory(key({ date: "2022-03-10" }), candidates)).toBeUndefined();
  });
});
