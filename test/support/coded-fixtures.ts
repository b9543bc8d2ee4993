/**
 * Hand-built coded articles for the store tests: an article and its CodedDocument from a short
 * description of who reported what. Texts are generated word salads, distinct per article id,
 * so unrelated reports never look like syndicated copies of each other.
 */

import type { Article } from "../../src/model/article.js";
import type {
  CodedDocument,
  EventActorOut,
  EventMode,
  EventOut,
  PlaceOut,
} from "../../src/model/contract.js";

export interface EventSpec {
  readonly source?: string | null;
  readonly target?: string | null;
  readonly cameo: string;
  readonly mode?: EventMode;
  readonly date?: string | null;
  readonly location?: EventOut["location"];
  readonly size?: Record<string, number> | null;
}

export interface ReportSpec {
  readonly id: string;
  readonly outlet?: string;
  readonly date?: string;
  readonly text?: string;
  readonly title?: string;
  readonly url?: string;
  readonly events?: readonly EventSpec[];
  readonly places?: readonly PlaceOut[];
}

export interface Report {
  readonly article: Article;
  readonly coded: CodedDocument;
}

const WORDS = (
  "army border capital ceasefire council delegation envoy fighting government harbour " +
  "minister mission negotiators officials parliament police president protest rebels " +
  "sanctions shelling soldiers summit talks treaty troops villagers vote warships"
).split(" ");

/** A deterministic word salad of `count` words seeded by `seed`. */
export function saladText(seed: string, count = 80): string {
  let state = 2166136261;
  for (const ch of seed) state = Math.imul(state ^ ch.charCodeAt(0), 16777619) >>> 0;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    words.push(WORDS[state % WORDS.length] as string);
  }
  return `${words.join(" ")}.`;
}

function actor(code: string | null | undefined, at: number): EventActorOut | null {
  if (code === null || code === undefined) return null;
  return {
    text: code,
    start: at,
    end: at + code.length,
    code,
    country: code.slice(0, 3),
    sectors: code.length > 3 ? [code.slice(3)] : [],
  };
}

export function quadOf(root: string): number {
  const n = Number(root);
  return n <= 5 ? 1 : n <= 9 ? 2 : n <= 14 ? 3 : 4;
}

export function codedEvent(spec: EventSpec, index = 0): EventOut {
  const root = spec.cameo.slice(0, 2);
  const violent = Number(root) >= 18;
  return {
    source: actor(spec.source === undefined ? "RUS" : spec.source, 0),
    target: actor(spec.target, 10),
    cameo: spec.cameo,
    root,
    quad: quadOf(root),
    penta: violent ? 4 : 1,
    goldstein: violent ? -9.5 : 3.4,
    plover: { type: violent ? "ASSAULT" : "CONSULT", mode: null },
    acled: violent ? { type: "Battles", subtype: "Armed clash" } : null,
    mode: spec.mode ?? "asserted",
    date: spec.date ?? null,
    dateGrain: spec.date ? "day" : null,
    location: spec.location ?? null,
    size: spec.size ?? null,
    evidence: {
      sentence: { start: 0, end: 40 + index },
      trigger: { text: "met", start: 20, end: 23 },
      rule: `test/${root}#rule-${index}`,
    },
    confidence: 0.75,
  };
}

export function report(spec: ReportSpec): Report {
  const text = spec.text ?? saladText(spec.id);
  const article: Article = {
    id: spec.id,
    text,
    ...(spec.date !== undefined && { date: spec.date }),
    ...(spec.title !== undefined && { title: spec.title }),
    ...(spec.url !== undefined && { url: spec.url }),
    ...(spec.outlet !== undefined && { source: spec.outlet }),
  };
  const coded: CodedDocument = {
    id: spec.id,
    date: spec.date ?? null,
    lang: "en",
    ...(spec.title !== undefined && { title: spec.title }),
    ...(spec.url !== undefined && { url: spec.url }),
    ...(spec.outlet !== undefined && { source: spec.outlet }),
    entities: [],
    places: spec.places ?? [],
    times: [],
    quotes: [],
    events: (spec.events ?? []).map((e, i) => codedEvent(e, i)),
  };
  return { article, coded };
}

export const KYIV = { name: "Kyiv", lat: 50.45, lon: 30.52, country: "UKR" };
export const LVIV = { name: "Lviv", lat: 49.84, lon: 24.03, country: "UKR" };
export const ALMATY = { name: "Almaty", lat: 43.25, lon: 76.95, country: "KAZ" };
