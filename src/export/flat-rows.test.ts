import { describe, expect, it } from "vitest";
import { readCsv } from "../../test/support/delimited.js";
import { ATTACK, BUILD_UP, exportEvent } from "../../test/support/export-events.js";
import { cellText, csvField } from "./cells.js";
import { CSV_COLUMNS, flatValues } from "./flat-rows.js";
import { exportFormats } from "./formats.js";

const TRICKY = exportEvent({
  article: { title: 'He said "no", then\r\nleft,\tquickly', url: null, tone: null },
  mention: { id: "tricky#4", sentenceText: 'Line one,\nline "two".' },
  location: null,
  target: null,
  size: null,
  cluster: { id: "tricky#4", avgTone: null },
});

describe("CSV", () => {
  it("writes a header and one RFC 4180 record per report", () => {
    const out = exportFormats.csv.formatAll([BUILD_UP, ATTACK, TRICKY]);
    const rows = readCsv(out);
    expect(rows[0]).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it("round-trips: quotes, commas and line breaks come back as they went in", () => {
    const events = [BUILD_UP, ATTACK, TRICKY];
    const rows = readCsv(exportFormats.csv.formatAll(events)).slice(1);
    rows.forEach((row, i) => {
      expect(row).toEqual(flatValues(events[i] as (typeof events)[number]).map(cellText));
    });
    const column = (name: string) => CSV_COLUMNS.indexOf(name);
    const tricky = rows[2] as string[];
    expect(tricky[column("title")]).toBe(TRICKY.article.title);
    expect(tricky[column("sentence")]).toBe(TRICKY.mention.sentenceText);
    expect(tricky[column("source_sectors")]).toBe("MIL");
    expect(tricky[column("target_code")]).toBe("");
    const first = rows[0] as string[];
    expect(first[column("size")]).toBe("troops=100000");
    expect(first[column("goldstein")]).toBe("-7.2");
  });

  it("quotes only fields that need it", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(null)).toBe("");
  });
});

describe("JSONL", () => {
  it("writes one record per line that parses back to the input", () => {
    const events = [BUILD_UP, ATTACK, TRICKY];
    const lines = exportFormats.jsonl.formatAll(events).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines.map((line) => JSON.parse(line))).toEqual(events);
  });
});
