import { describe, expect, it } from "vitest";
import { readTsv } from "../../test/support/delimited.js";
import { ATTACK, BUILD_UP, exportEvent } from "../../test/support/export-events.js";
import { HarbingerError } from "../errors.js";
import { tsvCell } from "./cells.js";
import { exportFormats } from "./formats.js";
import { formatGdeltEvent, GDELT_EVENT_COLUMNS, gdeltEventRecord } from "./gdelt-events.js";
import { formatGdeltMention, GDELT_MENTION_COLUMNS, gdeltMentionRecord } from "./gdelt-mentions.js";

// GDELT 2.0's event columns, spelt out here so that the order is checked independently.
const ACTOR = (n: 1 | 2) =>
  [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
  ].map((f) => `Actor${n}${f}`);
const GEO = (p: string) =>
  ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map(
    (f) => `${p}Geo_${f}`,
  );
const EXPECTED_EVENT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  ...ACTOR(1),
  ...ACTOR(2),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...GEO("Actor1"),
  ...GEO("Actor2"),
  ...GEO("Action"),
  "DATEADDED",
  "SOURCEURL",
];

/** A GDELT line read back as column → value. */
function readEvent(line: string): Record<string, string> {
  const [cells] = readTsv(line);
  expect(cells).toHaveLength(61);
  return Object.fromEntries(GDELT_EVENT_COLUMNS.map((c, i) => [c, cells?.[i] as string]));
}

describe("GDELT 2.0 events", () => {
  it("has GDELT's 61 columns in GDELT's order", () => {
    expect(EXPECTED_EVENT_COLUMNS).toHaveLength(61);
    expect([...GDELT_EVENT_COLUMNS]).toEqual(EXPECTED_EVENT_COLUMNS);
  });

  it("writes one tab-separated line of 61 values, no header", () => {
    const out = exportFormats.gdelt.formatAll([BUILD_UP]);
    expect(out.split("\n")).toHaveLength(2);
    expect(out.split("\n")[0]?.split("\t")).toHaveLength(61);
    expect(exportFormats.gdelt.header).toBeNull();
  });

  it("puts each value in its column", () => {
    const row = readEvent(formatGdeltEvent(BUILD_UP));
    expect(row).toMatchObject({
      GLOBALEVENTID: "42",
      SQLDATE: "20220212",
      MonthYear: "202202",
      Year: "2022",
      FractionDate: "2022.1151",
      Actor1Code: "RUSMIL",
      Actor1Name: "RUSSIA",
      Actor1CountryCode: "RUS",
      Actor1KnownGroupCode: "",
      Actor1Type1Code: "MIL",
      Actor1Type2Code: "",
      Actor2Code: "UKR",
      Actor2Name: "UKRAINE",
      Actor2Type1Code: "",
      IsRootEvent: "1",
      EventCode: "154",
      EventBaseCode: "154",
      EventRootCode: "15",
      QuadClass: "4",
      GoldsteinScale: "-7.2",
      NumMentions: "7",
      NumSources: "3",
      NumArticles: "5",
      AvgTone: "-2.5",
      Actor1Geo_Type: "0",
      Actor1Geo_FullName: "",
      Actor2Geo_Type: "0",
      ActionGeo_Type: "4",
      ActionGeo_FullName: "Belgorod",
      ActionGeo_CountryCode: "RUS",
      ActionGeo_ADM1Code: "RUS09",
      ActionGeo_ADM2Code: "",
      ActionGeo_Lat: "50.61",
      ActionGeo_Long: "36.58",
      ActionGeo_FeatureID: "578072",
      DATEADDED: "20220213080000",
      SOURCEURL: "https://www.example.org/news/border-story",
    });
  });

  it("round-trips: every value read back is the record's value", () => {
    for (const event of [BUILD_UP, ATTACK]) {
      const record = gdeltEventRecord(event);
      const row = readEvent(formatGdeltEvent(event));
      for (const column of GDELT_EVENT_COLUMNS) expect(row[column]).toBe(tsvCell(record[column]));
    }
  });

  it("computes GDELT's fractional year", () => {
    const row = readEvent(formatGdeltEvent(exportEvent({ date: "2015-02-18" })));
    expect(row.FractionDate).toBe("2015.1315");
  });

  it("writes a root-only code as its 'not specified below' code", () => {
    const row = readEvent(formatGdeltEvent(exportEvent({ cameo: "14", root: "14" })));
    expect([row.EventCode, row.EventBaseCode, row.EventRootCode]).toEqual(["140", "140", "14"]);
  });

  it("removes tabs and line breaks inside values, keeping 61 columns", () => {
    const event = exportEvent({
      source: { name: "Rus\tsian\nforces" },
      location: { name: "Bel\r\ngorod" },
      article: { url: null, id: "story\twith\ttabs" },
    });
    const line = formatGdeltEvent(event);
    expect(line.split("\n")).toHaveLength(2);
    const row = readEvent(line);
    expect(row.Actor1Name).toBe("RUS SIAN FORCES");
    expect(row.ActionGeo_FullName).toBe("Bel gorod");
    expect(row.SOURCEURL).toBe("story with tabs");
  });

  it("writes a country-level place with GDELT's country conventions and a chosen code system", () => {
    const event = exportEvent({
      location: { name: "Ukraine", lat: 49, lon: 32, country: "UKR", feature: "country" },
    });
    const fips = (code: string) => ({ UKR: "UP", RUS: "RS" })[code] ?? code;
    const row = readEvent(formatGdeltEvent(event, { geoCountryCode: fips }));
    expect(row.ActionGeo_Type).toBe("1");
    expect([row.ActionGeo_CountryCode, row.ActionGeo_ADM1Code, row.ActionGeo_FeatureID]).toEqual([
      "UP",
      "UP",
      "UP",
    ]);
    expect(row.Actor1CountryCode).toBe("RUS"); // actor codes stay CAMEO's
  });

  it("falls back to the article's date and leaves an unplaced event's geography empty", () => {
    const row = readEvent(formatGdeltEvent(exportEvent({ date: null, location: null })));
    expect(row.SQLDATE).toBe("20220213");
    expect(row.ActionGeo_Type).toBe("0");
    expect(row.ActionGeo_Lat).toBe("");
  });

  it("rejects an unreadable date with an error naming the mention", () => {
    const bad = exportEvent({ date: "12 February" });
    expect(() => formatGdeltEvent(bad)).toThrow(HarbingerError);
    expect(() => formatGdeltEvent(bad)).toThrow(/mention border-story#0.*date "12 February"/);
  });

  it("writes one line per story cluster and reports bad records without stopping", () => {
    const copy = exportEvent({ mention: { id: "other-story#2" } });
    const errors: string[] = [];
    const bad = exportEvent({
      cluster: { id: "bad#0", globalEventId: 44, dateAdded: "yesterday" },
    });
    const out = exportFormats.gdelt.formatAll([BUILD_UP, copy, bad, ATTACK], {
      onError: (e) => errors.push(e.message),
    });
    expect(readTsv(out).map((r) => r[0])).toEqual(["42", "43"]);
    expect(errors).toEqual([expect.stringMatching(/^mention border-story#0: has an invalid date/)]);
  });
});

describe("GDELT 2.0 mentions", () => {
  it("has GDELT's 16 columns in GDELT's order", () => {
    expect([...GDELT_MENTION_COLUMNS]).toEqual([
      "GLOBALEVENTID",
      "EventTimeDate",
      "MentionTimeDate",
      "MentionType",
      "MentionSourceName",
      "MentionIdentifier",
      "SentenceID",
      "Actor1CharOffset",
      "Actor2CharOffset",
      "ActionCharOffset",
      "InRawText",
      "Confidence",
      "MentionDocLen",
      "MentionDocTone",
      "MentionDocTranslationInfo",
      "Extras",
    ]);
  });

  it("writes one 16-column line per report, each value in its column", () => {
    const copy = exportEvent({ mention: { id: "other-story#2" } });
    const rows = readTsv(exportFormats["gdelt-mentions"].formatAll([BUILD_UP, copy]));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toHaveLength(16);
    expect(rows[0]).toEqual([
      "42",
      "20220213080000",
      "20220213081500",
      "1",
      "Example Wire",
      "https://www.example.org/news/border-story",
      "3",
      "120",
      "186",
      "131",
      "1",
      "85",
      "2048",
      "-3.25",
      "",
      "",
    ]);
  });

  it("round-trips every value", () => {
    for (const event of [BUILD_UP, ATTACK]) {
      const record = gdeltMentionRecord(event);
      const [row] = readTsv(formatGdeltMention(event));
      expect(row).toEqual(GDELT_MENTION_COLUMNS.map((c) => tsvCell(record[c])));
    }
  });

  it("names the source by its host without an outlet, and -1 for a missing actor", () => {
    const event = exportEvent({ article: { source: null }, target: null });
    const [row] = readTsv(formatGdeltMention(event));
    expect(row?.[4]).toBe("example.org");
    expect(row?.[8]).toBe("-1");
  });

  it("marks an actor found outside the evidence sentence as not in the raw text", () => {
    const far = exportEvent({ source: { start: 5, end: 11 } });
    expect(gdeltMentionRecord(far).InRawText).toBe(false);
    expect(readTsv(formatGdeltMention(far))[0]?.[10]).toBe("0");
  });
});
