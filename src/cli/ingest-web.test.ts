import { describe, expect, it } from "vitest";
import { HarbingerError } from "../errors.js";
import type { SourceItem } from "../ingest/source-item.js";
import { IngestReport, type LogFormat, webSettings } from "./ingest-web.js";
import type { Io } from "./io.js";

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
      log: "auto",
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

describe("IngestReport", () => {
  const error = new HarbingerError("E_HTTP", "https://news.test/x", "HTTP 404 Not Found");
  const failed: SourceItem = { error, input: "https://news.test/x" };

  /** Reports one failed item to a stderr that is or is not a terminal. */
  async function reportOne(log: LogFormat, isTTY: boolean) {
    const stderr: string[] = [];
    const lines: string[] = [];
    const io: Io = {
      write: async () => {},
      error: (line) => lines.push(line),
      progress: { isTTY, columns: 80, write: (text: string) => stderr.push(text) },
    };
    const report = new IngestReport(io, log);
    async function* one() {
      yield failed;
    }
    // The store's ingestion reports the error items it is handed.
    for await (const item of report.inputs(one()))
      if ("error" in item) report.reporter.error(item.error);
    report.finish();
    return { stderr: stderr.join(""), lines };
  }

  it("logs JSON lines by default when stderr is not a terminal", async () => {
    const { stderr, lines } = await reportOne("auto", false);
    const records = stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.event)).toEqual(["failed", "summary"]);
    expect(records[0]).toMatchObject({ level: "warn", code: "E_HTTP" });
    expect(lines).toEqual([]);
  });

  it("draws a progress bar by default on a terminal", async () => {
    const { stderr } = await reportOne("auto", true);
    expect(stderr).toContain("\r\u001b[2K");
    expect(stderr).toContain("[E_HTTP]");
    expect(stderr).not.toContain("{");
  });

  it("logs JSON lines on a terminal too with --log json, plain lines with --log text", async () => {
    expect((await reportOne("json", true)).stderr).toMatch(/^\{"time":/);
    const text = await reportOne("text", true);
    expect(text.stderr).toBe("");
    expect(text.lines).toEqual([`${error.message} [E_HTTP]`]);
  });
});
