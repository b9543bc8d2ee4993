import { describe, expect, it } from "vitest";
import { eventFilter } from "./event-filter-args.js";

describe("event filter options", () => {
  it("turns options into a filter, normalising codes", () => {
    expect(
      eventFilter({
        actor: "rus",
        source: "USAGOV",
        country: "ukr",
        cameo: "190",
        quad: "4",
        mode: "asserted",
        since: "2022-02-01",
        until: "2022-02-28",
        place: " Kyiv ",
        bbox: "22,44,41,53",
        "min-sources": "2",
        article: "a1",
        clusters: true,
      }),
    ).toEqual({
      actor: "RUS",
      source: "USAGOV",
      country: "UKR",
      cameo: "190",
      quad: 4,
      mode: "asserted",
      since: "2022-02-01",
      until: "2022-02-28",
      place: "Kyiv",
      bbox: { minLon: 22, minLat: 44, maxLon: 41, maxLat: 53 },
      minSources: 2,
      articleId: "a1",
      firstMentions: true,
    });
    expect(eventFilter({})).toEqual({});
  });

  it.each([
    [{ actor: "R" }, "--actor"],
    [{ cameo: "19x" }, "--cameo"],
    [{ quad: "5" }, "--quad"],
    [{ mode: "rumoured" }, "--mode"],
    [{ since: "2022-02-30" }, "--since"],
    [{ bbox: "22,44,41" }, "--bbox"],
    [{ bbox: "22,95,41,53" }, "--bbox"],
    [{ "min-sources": "0" }, "--min-sources"],
  ])("rejects %o as a usage error naming %s", (values, option) => {
    expect(() => eventFilter(values)).toThrow(
      expect.objectContaining({ code: "E_USAGE", input: option }),
    );
  });
});
