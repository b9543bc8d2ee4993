import { describe, expect, it } from "vitest";
import { readCsv } from "../../test/support/delimited.js";
import { ATTACK, BUILD_UP, exportEvent } from "../../test/support/export-events.js";
import { interaction } from "./acled-actors.js";
import { ACLED_COLUMNS, acledRecord, formatAcledRow } from "./acled-rows.js";
import { cellText } from "./cells.js";
import { exportFormats } from "./formats.js";

const countries = (code: string) =>
  ({ NGA: { name: "Nigeria", isoNumeric: 566 }, RUS: { name: "Russia", isoNumeric: 643 } })[code] ??
  null;

const PROTEST = exportEvent({
  source: { text: "students", code: "UKRCVL", country: "UKR", sectors: ["CVL"], name: null },
  target: null,
  cameo: "141",
  root: "14",
  plover: { type: "PROTEST", mode: "demo", context: [] },
  acled: { type: "Protests", subtype: "Peaceful protest" },
  size: { protesters: 3000 },
  location: {
    name: "Kyiv",
    lat: 50.45,
    lon: 30.52,
    country: "UKR",
    admin1: "12",
    geonameid: 703448,
  },
  cluster: { id: "protest#0", globalEventId: 50 },
});

describe("ACLED-style CSV", () => {
  it("writes ACLED's column names as its header", () => {
    const [header] = readCsv(exportFormats.acled.formatAll([]));
    expect(header).toEqual([...ACLED_COLUMNS]);
    expect(header).toHaveLength(31);
  });

  it("writes violence and protest events and skips the others", () => {
    const statement = exportEvent({ cameo: "010", root: "01", plover: null, acled: null });
    const aid = exportEvent({
      cameo: "070",
      root: "07",
      acled: null,
      cluster: { id: "aid#0", globalEventId: 60 },
    });
    const rows = readCsv(exportFormats.acled.formatAll([statement, ATTACK, aid, PROTEST]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["NGA43", "UKR50"]);
    expect(formatAcledRow(statement)).toBeNull();
  });

  it("skips events that did not happen", () => {
    for (const mode of ["negated", "intended", "hypothetical", "demanded"] as const) {
      expect(formatAcledRow(exportEvent({ ...ATTACK, mode }))).toBeNull();
    }
    expect(formatAcledRow(exportEvent({ ...ATTACK, mode: "reported" }))).not.toBeNull();
  });

  it("fills what Harbinger knows of an attack on civilians", () => {
    const [, row] = readCsv(exportFormats.acled.formatAll([ATTACK], { countries }));
    const record = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, row?.[i]]));
    expect(record).toMatchObject({
      event_id_cnty: "NGA43",
      event_date: "2022-02-12",
      year: "2022",
      time_precision: "1",
      disorder_type: "Political violence",
      event_type: "Violence against civilians",
      sub_event_type: "Attack",
      actor1: "gunmen",
      inter1: "3",
      actor2: "villagers",
      inter2: "7",
      interaction: "37",
      civilian_targeting: "Civilian targeting",
      iso: "566",
      country: "Nigeria",
      location: "Jos",
      latitude: "9.93",
      longitude: "8.89",
      geo_precision: "1",
      source: "Example Wire",
      notes: 'Gunmen, "unidentified", killed two villagers.',
      fatalities: "2",
      tags: "",
      timestamp: String(Date.parse("2022-02-13T08:00:00Z") / 1000),
    });
  });

  it("round-trips: every value read back is the record's value", () => {
    const events = [ATTACK, PROTEST, BUILD_UP];
    const rows = readCsv(exportFormats.acled.formatAll(events, { countries })).slice(1);
    rows.forEach((row, i) => {
      const record = acledRecord(events[i] as (typeof events)[number], { countries });
      expect(row).toEqual(ACLED_COLUMNS.map((c) => cellText(record?.[c])));
    });
  });

  it("codes protesters, crowd size and zero fatalities as ACLED does", () => {
    const record = acledRecord(PROTEST);
    expect(record).toMatchObject({
      disorder_type: "Demonstrations",
      inter1: 6,
      interaction: "60",
      fatalities: 0,
      tags: "crowd size=3000",
      country: undefined,
    });
  });

  it("orders an interaction lower code first", () => {
    expect(interaction(7, 1)).toBe("17");
    expect(interaction(null, 2)).toBe("20");
    expect(interaction(null, null)).toBe("");
  });
});

describe("ACLED time precision", () => {
  const precision = (overrides: Parameters<typeof exportEvent>[0]) =>
    acledRecord(exportEvent({ ...ATTACK, ...overrides }))?.time_precision;

  it("follows the grain of the event's date, and the report's date counts as a week", () => {
    expect(precision({ date: "2022-02-12", dateGrain: "day" })).toBe(1);
    expect(precision({ date: "2022-02-07", dateGrain: "week" })).toBe(2);
    expect(precision({ date: "2022-02", dateGrain: null })).toBe(3);
    expect(precision({ date: "2022-02-01", dateGrain: "month" })).toBe(3);
    expect(precision({ date: null })).toBe(2);
  });
});
