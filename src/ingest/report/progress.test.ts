import { describe, expect, it } from "vitest";
import { HarbingerError } from "../../errors.js";
import type { SourceItem } from "../source-item.js";
import { createProgress } from "./progress.js";
import { IngestSummary } from "./summary.js";

function sink(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 100, write: (text: string) => writes.push(text) } };
}

const ARTICLE: SourceItem = {
  article: { id: "a1", text: "Text.", title: "Talks", date: "2022-01-26" },
  input: "https://news.test/a1",
  nearDuplicate: { key: "a0", similarity: 0.8 },
};
const SKIPPED: SourceItem = {
  skipped: { reason: "language", detail: "French", lang: "fr" },
  input: "https://news.test/fr",
};
const FAILED: SourceItem = {
  error: new HarbingerError("E_HTTP", "https://news.test/x", "HTTP 404 Not Found"),
  input: "https://news.test/x",
};

function summaryOf(items: SourceItem[]): IngestSummary {
  const summary = new IngestSummary();
  summary.noteFetched(3);
  for (const item of items) summary.record(item);
  return summary;
}

describe("progress: structured logs", () => {
  it("writes one JSON object per item and one for the summary", () => {
    const { writes, stream } = sink(false);
    const progress = createProgress(stream, { now: () => Date.UTC(2022, 0, 26, 12) });
    const items = [ARTICLE, SKIPPED, FAILED];
    progress.planned(3);
    for (const item of items) progress.item(item);
    progress.done(summaryOf(items));
    const records = writes.map((line) => JSON.parse(line));
    expect(records).toEqual([
      expect.objectContaining({
        time: "2022-01-26T12:00:00.000Z",
        event: "article",
        id: "a1",
        nearDuplicateOf: "a0",
      }),
      expect.objectContaining({ event: "skipped", reason: "language", lang: "fr" }),
      expect.objectContaining({ level: "warn", event: "failed", code: "E_HTTP" }),
      expect.objectContaining({ event: "summary", fetched: 3, new: 1, skipped: 1, failed: 1 }),
    ]);
  });
});

describe("progress: terminal bar", () => {
  it("redraws a bar in place and keeps errors on screen", () => {
    const { writes, stream } = sink(true);
    let time = 0;
    const progress = createProgress(stream, { now: () => time, redrawMs: 100 });
    progress.planned(4);
    progress.item(ARTICLE);
    time = 50;
    progress.item(SKIPPED); // Too soon after the last redraw: not drawn.
    time = 200;
    progress.item(FAILED);
    progress.done(summaryOf([ARTICLE, SKIPPED, FAILED]));
    const screen = writes.join("");
    expect(writes[0]).toBe(`\r\x1b[2K[${"░".repeat(24)}] 0/4 items`);
    expect(writes).not.toContain(`\r\x1b[2K[${"█".repeat(12)}${"░".repeat(12)}] 2/4 items`);
    expect(screen).toContain("https://news.test/x: the server answered with an error status");
    expect(screen).toContain(`[${"█".repeat(18)}${"░".repeat(6)}] 3/4 items, 1 failed`);
    expect(
      screen.endsWith(`\r\x1b[2K[${"█".repeat(18)}${"░".repeat(6)}] 3/4 items, 1 failed\n`),
    ).toBe(true);
    expect(summaryOf([ARTICLE, SKIPPED, FAILED]).toString()).toBe(
      "fetched 3, new 1, duplicate 0, skipped 1 (language 1), failed 1",
    );
  });
});
