import { describe, expect, it } from "vitest";
import { ATTACK, BUILD_UP, exportEvent } from "../../test/support/export-events.js";
import { PLOVER_TYPES } from "../ontology/vocabularies.js";
import { exportFormats } from "./formats.js";
import {
  PLOVER_ENTITY_FIELDS,
  PLOVER_FIELDS,
  PLOVER_REQUIRED_FIELDS,
  ploverRecord,
} from "./plover-records.js";

/** Checks a parsed record against the PLOVER manual's field list; returns the problems. */
function ploverProblems(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const keys = Object.keys(record);
  if (keys.join() !== PLOVER_FIELDS.join()) problems.push(`fields ${keys.join()}`);
  for (const field of PLOVER_REQUIRED_FIELDS) {
    if (record[field] === null || record[field] === undefined) problems.push(`${field} missing`);
  }
  if (typeof record.id !== "string") problems.push("id is not a string");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(record.date))) problems.push("date is not YYYY-MM-DD");
  const events = record.event as unknown[];
  if (!Array.isArray(events) || events.length === 0) problems.push("event is not a list");
  for (const type of events ?? []) {
    if (!(PLOVER_TYPES as readonly unknown[]).includes(type)) problems.push(`type ${type}`);
  }
  if (![1, 2, 3, 4].includes(record.quad_code as number)) problems.push("quad_code");
  for (const field of ["actor", "recipient"]) {
    const entities = record[field];
    if (!Array.isArray(entities)) {
      problems.push(`${field} is not a list`);
      continue;
    }
    for (const entity of entities) {
      if (Object.keys(entity).join() !== PLOVER_ENTITY_FIELDS.join()) {
        problems.push(`${field} entity fields ${Object.keys(entity).join()}`);
      }
    }
  }
  if (!Array.isArray(record.context)) problems.push("context is not a list");
  return problems;
}

describe("PLOVER JSONL", () => {
  it("writes records that carry exactly the manual's fields, in its order", () => {
    const out = exportFormats.plover.formatAll([BUILD_UP, ATTACK]);
    const records = out
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(2);
    for (const record of records) expect(ploverProblems(record)).toEqual([]);
  });

  it("maps the event onto PLOVER's fields", () => {
    expect(ploverRecord(BUILD_UP)).toMatchObject({
      id: "border-story#0",
      has_event: true,
      date: "2022-02-12",
      actor: [
        {
          raw_text: "Russia",
          entity_name: "Russia",
          country_name: "RUS",
          sector_code: "MIL",
          other_sector_codes: [],
        },
      ],
      recipient: [{ entity_name: "Ukraine", country_name: "UKR", sector_code: null }],
      event: ["MOBILIZE"],
      event_text: "massed",
      quad_code: 4,
      event_scale: { troops: 100000 },
      mode: "troops",
      context: ["military"],
      link: "https://www.example.org/news/border-story",
      coder: "Harbinger",
      coded_date: "2022-02-13",
      coded_time: "08:15:00",
    });
  });

  it("carries Harbinger's modes as PLOVER contexts", () => {
    const context = (mode: string) =>
      ploverRecord(exportEvent({ mode: mode as "asserted" }))?.context;
    expect(context("negated")).toEqual(["military", "negation"]);
    expect(context("hypothetical")).toEqual(["military", "hypothetical"]);
    expect(context("intended")).toEqual(["military", "future"]);
    expect(context("reported")).toEqual(["military"]);
  });

  it("uses PLOVER's sector and non-state codes", () => {
    const journalists = exportEvent({
      source: { code: "IGOUNO", country: null, sectors: ["MED", "HLH"] },
    });
    expect(ploverRecord(journalists)?.actor).toEqual([
      expect.objectContaining({
        country_name: "IGO",
        sector_code: "JRN",
        other_sector_codes: ["MED"],
      }),
    ]);
  });

  it("leaves out statements and appeals, which PLOVER does not code", () => {
    const statement = exportEvent({ cameo: "010", root: "01", plover: null, acled: null });
    expect(ploverRecord(statement)).toBeNull();
    expect(
      exportFormats.plover.formatAll([statement, BUILD_UP]).trimEnd().split("\n"),
    ).toHaveLength(1);
  });
});
