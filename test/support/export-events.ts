/**
 * Test helper: complete ExportEvent records for the exporters' tests, written by the team.
 * `exportEvent()` is a troop build-up reported by one outlet; overrides change any part.
 */

import type { ExportEvent } from "../../src/export/export-event.js";

const SENTENCE =
  'Russia has massed "more than 100,000" troops near the border with Ukraine, officials said.';

export const BUILD_UP: ExportEvent = {
  source: {
    text: "Russia",
    start: 120,
    end: 126,
    code: "RUSMIL",
    country: "RUS",
    sectors: ["MIL"],
    name: "Russia",
  },
  target: {
    text: "Ukraine",
    start: 186,
    end: 193,
    code: "UKR",
    country: "UKR",
    sectors: [],
    name: "Ukraine",
  },
  cameo: "154",
  root: "15",
  quad: 4,
  penta: 4,
  goldstein: -7.2,
  plover: { type: "MOBILIZE", mode: "troops", context: ["military"] },
  acled: { type: "Strategic developments", subtype: "Other" },
  mode: "asserted",
  date: "2022-02-12",
  location: {
    name: "Belgorod",
    lat: 50.61,
    lon: 36.58,
    country: "RUS",
    admin1: "09",
    geonameid: 578072,
    feature: "city",
  },
  size: { troops: 100000 },
  evidence: {
    sentence: { start: 120, end: 120 + SENTENCE.length },
    trigger: { text: "massed", start: 131, end: 137 },
    rule: "verbs/15-force-posture#mass-troops",
  },
  confidence: 0.85,
  label: "Mobilize or increase armed forces",
  article: {
    id: "border-story",
    url: "https://www.example.org/news/border-story",
    source: "Example Wire",
    date: "2022-02-13",
    title: "Troops gather\tnear the border\nas talks stall",
    length: 2048,
    tone: -3.25,
    addedAt: "2022-02-13T08:15:00Z",
  },
  cluster: {
    id: "border-story#0",
    globalEventId: 42,
    numMentions: 7,
    numSources: 3,
    numArticles: 5,
    dateAdded: "2022-02-13T08:00:00Z",
    avgTone: -2.5,
  },
  mention: { id: "border-story#0", sentenceId: 3, sentenceText: SENTENCE, inLead: true },
};

type Overrides = { [K in keyof ExportEvent]?: Partial<ExportEvent[K]> | ExportEvent[K] };

/** The build-up record with some parts replaced (nested parts merged one level deep). */
export function exportEvent(overrides: Overrides = {}): ExportEvent {
  const merged: Record<string, unknown> = { ...BUILD_UP };
  for (const [key, value] of Object.entries(overrides)) {
    const base = (BUILD_UP as unknown as Record<string, unknown>)[key];
    const nested = value !== null && typeof value === "object" && !Array.isArray(value);
    merged[key] =
      nested && base !== null && typeof base === "object" ? { ...base, ...value } : value;
  }
  return merged as unknown as ExportEvent;
}

/** A shooting attack on civilians with two dead, in a second cluster. */
export const ATTACK = exportEvent({
  source: {
    text: "gunmen",
    start: 10,
    end: 16,
    code: "UAF",
    country: null,
    sectors: ["UAF"],
    name: null,
  },
  target: {
    text: "villagers",
    start: 30,
    end: 39,
    code: "NGACVL",
    country: "NGA",
    sectors: ["CVL"],
    name: null,
  },
  cameo: "1823",
  root: "18",
  goldstein: -10,
  plover: { type: "ASSAULT", mode: null, context: [] },
  acled: { type: "Violence against civilians", subtype: "Attack" },
  location: {
    name: "Jos",
    lat: 9.93,
    lon: 8.89,
    country: "NGA",
    admin1: null,
    geonameid: null,
    feature: "city",
  },
  size: { dead: 2 },
  cluster: { id: "raid-story#1", globalEventId: 43 },
  mention: { id: "raid-story#1", sentenceText: 'Gunmen, "unidentified", killed two villagers.' },
});
