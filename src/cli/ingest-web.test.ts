import { describe, expect, it } from "vitest";
import { webSettings } from "./ingest-web.js";

describe("webSettings", () => {
  it("turns the web options into fetch and watch settings", () => {
    expect(
      webSettings({
        watch: true,
        every: "30m",
        "allow-private": true,
        concurrency: "4",
        "user-agent": "Desk/1.0",
        log: "json",
      }),
    ).toEqual({
      log: "json",
      watchEveryMs: 1_800_000,
      sources: {
        fetchOptions: { allowPrivate: true, concurrency: 4, userAgent: "Desk/1.0" },
        itemConcurrency: 4,
      },
    });
    expect(webSettings({ watch: true }).watchEveryMs).toBe(900_000);
    expect(webSettings({})).toEqual({
      log: "text",
      sources: { fetchOptions: {}, itemConcurrency: 8 },
    });
  });

  it.each([
    [{ every: "5m" }, "--every"],
    [{ watch: true, every: "soon" }, "--every"],
    [{ watch: true, every: "100ms" }, "--every"],
    [{ log: "xml" }, "--log"],
    [{ concurrency: "0" }, "--concurrency"],
    [{ concurrency: "many" }, "--concurrency"],
    [{ "user-agent": " " }, "--user-agent"],
  ])("refuses %j", (values, option) => {
    expect(() => webSettings(values)).toThrow(
      expect.objectContaining({ code: "E_USAGE", input: option }),
    );
  });
});
