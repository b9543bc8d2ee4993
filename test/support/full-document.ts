/**
 * One article with every kind of annotation the contract has (entities with and without an
 * actor, places, times, quotes with and without speaker and cue, events with and without a
 * target, location and size), with offsets computed from its text, for round-trip tests.
 */

import type { CodedDocument, EventOut } from "../../src/model/contract.js";
import type { TextSpan } from "../../src/model/span.js";
import { codedEvent, KYIV, type Report } from "./coded-fixtures.js";

const TEXT =
  "OTTAWA — Canada closed its embassy in Kyiv on Saturday and moved staff to Lviv. " +
  '"We will not put our people at risk," Anita Anand said. Officials said 200 troops had left. ' +
  "Ukraine thanked Canada for its help.";

function span(text: string, from = 0): TextSpan {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text lacks "${text}"`);
  return { text, start, end: start + text.length };
}

export function fullDocument(): Report {
  const base = codedEvent({ source: "CAN", target: "UKR", cameo: "1623", date: "2022-02-12" });
  const sentence = (s: string) => {
    const { start, end } = span(s);
    return { start, end };
  };
  const closed: EventOut = {
    ...base,
    source: { ...span("Canada"), code: "CAN", country: "CAN", sectors: [] },
    target: { ...span("Kyiv"), code: "UKR", country: "UKR", sectors: [] },
    location: KYIV,
    evidence: {
      sentence: sentence(
        "OTTAWA — Canada closed its embassy in Kyiv on Saturday and moved staff to Lviv.",
      ),
      trigger: span("closed"),
      rule: "verbs/16#close-embassy",
    },
  };
  const left: EventOut = {
    ...codedEvent({ source: "CANMIL", cameo: "0874", mode: "reported" }),
    plover: null,
    acled: null,
    size: { troops: 200 },
    evidence: {
      sentence: sentence("Officials said 200 troops had left."),
      trigger: span("left"),
      rule: "verbs/08#withdraw",
    },
  };
  const thanked: EventOut = {
    ...codedEvent({ source: "UKR", target: "CAN", cameo: "051", date: "2022-02-13" }),
    source: { ...span("Ukraine"), code: "UKR", country: "UKR", sectors: [] },
    target: { ...span("Canada", 150), code: "CAN", country: "CAN", sectors: ["GOV", "MIL"] },
  };
  const coded: CodedDocument = {
    id: "2022-02-12-canada-embassy",
    date: "2022-02-12",
    lang: "en",
    title: "Canada moves embassy staff",
    url: "https://example.org/embassy",
    source: "Northern Ledger",
    entities: [
      {
        ...span("Canada"),
        type: "GPE",
        actor: { code: "CAN", country: "CAN", sectors: [], name: "Canada" },
      },
      {
        ...span("Anita Anand"),
        type: "PERSON",
        actor: { code: "CANGOV", country: "CAN", sectors: ["GOV"], name: "Anita Anand" },
      },
      { ...span("Officials"), type: "OTHER", actor: null },
    ],
    places: [
      {
        ...span("Kyiv"),
        name: "Kyiv",
        geonameid: 703448,
        country: "UKR",
        admin1: "Kyiv City",
        lat: 50.45,
        lon: 30.52,
        feature: "city",
      },
      {
        ...span("Lviv"),
        name: "Lviv",
        geonameid: null,
        country: null,
        admin1: null,
        lat: 49.84,
        lon: 24.03,
        feature: "city",
      },
    ],
    times: [{ ...span("on Saturday"), value: "2022-02-12", grain: "day" }],
    quantities: [
      {
        ...span("200 troops"),
        value: 200,
        min: null,
        max: null,
        approximate: false,
        role: "troops",
        unit: "troop",
      },
    ],
    quotes: [
      {
        ...span('"We will not put our people at risk,"'),
        kind: "direct",
        speaker: {
          ...span("Anita Anand"),
          resolved: "Anita Anand",
          actor: { code: "CANGOV", country: "CAN", sectors: ["GOV"], name: "Anita Anand" },
        },
        cue: span("said"),
        parts: [span("We will not put our people at risk,")],
        events: [],
        rule: "quotes/direct#before-frame",
      },
      { ...span("200 troops had left"), kind: "indirect", speaker: null, cue: null },
    ],
    events: [closed, left, thanked],
  };
  const article = {
    id: coded.id,
    text: TEXT,
    date: "2022-02-12",
    title: "Canada moves embassy staff",
    url: "https://example.org/embassy",
    source: "Northern Ledger",
  };
  return { article, coded };
}
