import { describe, expect, it } from "vitest";
import { codedEvent } from "../../test/support/coded-fixtures.js";
import type { StoredEvent } from "../store/store.js";
import { csvField, eventPrinter } from "./event-formats.js";

const stored: StoredEvent = {
  id: "a1#0000",
  articleId: "a1",
  index: 0,
  date: "2022-02-24",
  event: codedEvent({ source: "RUSMIL", target: "UKR", cameo: "190", size: { dead: 3 } }),
  article: {
    date: "2022-02-24",
    outlet: "Wire, Inc.",
    title: null,
    url: null,
    length: 120,
    storedAt: "2022-02-24T10:00:00.000Z",
  },
  cluster: {
    id: "a1#0000",
    numMentions: 3,
    numArticles: 2,
    numSources: 2,
    firstSeen: "2022-02-24T10:00:00.000Z",
  },
};

describe("event output formats", () => {
  it("quotes CSV fields only when they need it", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "no", twice')).toBe('"say ""no"", twice"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
    expect(csvField(-9.5)).toBe("-9.5");
  });

  it("writes a CSV row with as many fields as the header", () => {
    const csv = eventPrinter("csv");
    const header = csv.header.trimEnd().split(",");
    const row = csv.row(stored);
    expect(row.endsWith("\r\n")).toBe(true);
    expect(row).toContain('"Wire, Inc."');
    expect(row).toContain('"{""dead"":3}"');
    expect(header[0]).toBe("id");
    expect(header).toContain("num_sources");
  });

  it("writes JSONL that reads back as the stored event", () => {
    const line = eventPrinter("jsonl").row(stored);
    expect(JSON.parse(line)).toEqual(stored);
    expect(eventPrinter("jsonl").header).toBe("");
  });

  it("writes one tab-separated table row per event, under a header", () => {
    const table = eventPrinter("table");
    const cells = table.row(stored).trimEnd().split("\t");
    expect(cells).toHaveLength(table.header.trimEnd().split("\t").length);
    expect(cells.slice(0, 5)).toEqual(["2022-02-24", "190", "asserted", "RUSMIL", "UKR"]);
  });
});
