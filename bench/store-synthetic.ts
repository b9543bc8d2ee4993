/**
 * Synthetic coded articles for the store benchmarks: pre-coded documents, so the store is
 * measured without the coder. Actors, CAMEO codes, dates over three years, places and modes
 * are drawn with skew (a few actors and places are far commoner than the rest), and many
 * events are further reports of a recent story, so clusters get several sources as in news.
 */

import type { Article } from "../src/model/article.js";
import type { CodedDocument, EventMode, EventOut } from "../src/model/contract.js";

const COUNTRIES = (
  "USA RUS UKR CHN GBR FRA DEU TUR IRN ISR PSE SYR IRQ AFG PAK IND KOR PRK JPN SAU YEM EGY LBY " +
  "SDN ETH SOM KEN NGA MLI ZAF BRA VEN COL MEX CAN AUS POL BLR KAZ ARM AZE GEO LBN JOR QAT ARE " +
  "MMR THA PHL IDN VNM"
).split(" ");
const SECTORS = ["", "", "GOV", "MIL", "REB", "COP", "OPP", "CVL", "BUS", "MED"];
const CODES = (
  "010 012 013 014 020 0211 036 040 042 043 046 051 057 061 070 071 073 0874 090 100 111 112 " +
  "120 1211 128 130 1312 138 141 145 150 160 163 172 173 180 181 182 183 190 193 194 195 200"
).split(" ");
const MODES: readonly EventMode[] = [
  "asserted",
  "asserted",
  "asserted",
  "asserted",
  "reported",
  "reported",
  "negated",
  "intended",
  "hypothetical",
  "demanded",
];
/** A 3,000-word vocabulary of made-up words, drawn with skew as words in news are. */
const SYLLABLES = "ka lo mi ren tas vo dri pel su nar ek fi gol um bre".split(" ");
const WORDS = Array.from({ length: 3000 }, (_, i) => {
  let word = "";
  for (let n = i + 15; n > 0; n = Math.floor(n / 15)) word += SYLLABLES[n % 15];
  return word;
});
export const OUTLETS = Array.from({ length: 60 }, (_, i) => `Outlet ${i}`);
const DAY0 = Date.UTC(2020, 0, 1);
const DAYS = 1096;

/** A seeded generator (mulberry32): the same data on every engine and every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in [0, n) skewed towards 0: squaring a uniform draw favours the first entries. */
const skewed = (rand: () => number, n: number) => Math.floor(rand() ** 2 * n);
const pick = <T>(rand: () => number, list: readonly T[]) =>
  list[Math.floor(rand() * list.length)] as T;
const dayString = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

export const PLACES = Array.from({ length: 400 }, (_, i) => {
  const rand = random(1000 + i);
  return {
    name: `Town ${i}`,
    lat: Math.round((rand() * 120 - 55) * 1e4) / 1e4,
    lon: Math.round((rand() * 340 - 170) * 1e4) / 1e4,
    country: COUNTRIES[i % COUNTRIES.length] as string,
  };
});

export function actorCode(rand: () => number): string {
  return `${COUNTRIES[skewed(rand, COUNTRIES.length)]}${pick(rand, SECTORS)}`;
}

interface Story {
  readonly source: string;
  readonly target: string | null;
  readonly cameo: string;
  readonly mode: EventMode;
  readonly day: number;
  readonly place: (typeof PLACES)[number] | null;
}

export interface SyntheticOptions {
  readonly articles: number;
  readonly eventsPerArticle: number;
  readonly seed?: number;
}

/** Articles in date order, each with its pre-coded document. */
export function* syntheticArticles(
  options: SyntheticOptions,
): Generator<{ article: Article; coded: CodedDocument }> {
  const rand = random(options.seed ?? 42);
  const recent: Story[] = [];
  for (let i = 0; i < options.articles; i++) {
    const day = Math.floor((i / options.articles) * DAYS);
    const events: EventOut[] = [];
    for (let k = 0; k < options.eventsPerArticle; k++) {
      const story: Story =
        recent.length > 0 && rand() < 0.4 ? pick(rand, recent) : newStory(rand, day);
      if (recent.length >= 200) recent.splice(0, 1);
      recent.push(story);
      events.push(eventOf(story, k, Math.min(DAYS - 1, story.day + Math.floor(rand() * 2))));
    }
    const id = `syn-${String(i).padStart(8, "0")}`;
    const text = Array.from({ length: 250 }, () => WORDS[skewed(rand, WORDS.length)]).join(" ");
    const meta = { date: dayString(day), source: pick(rand, OUTLETS), title: `Report ${i}` };
    yield {
      article: { id, text, ...meta },
      coded: { id, lang: "en", ...meta, entities: [], places: [], times: [], quotes: [], events },
    };
  }
}

function newStory(rand: () => number, day: number): Story {
  const source = actorCode(rand);
  return {
    source,
    target: rand() < 0.8 ? actorCode(rand) : null,
    cameo: pick(rand, CODES),
    mode: pick(rand, MODES),
    day,
    place: rand() < 0.6 ? (PLACES[skewed(rand, PLACES.length)] ?? null) : null,
  };
}

function eventOf(story: Story, index: number, day: number): EventOut {
  const root = story.cameo.slice(0, 2);
  const r = Number(root);
  const actor = (code: string, at: number) => ({
    text: code,
    start: at,
    end: at + 3,
    code,
    country: code.slice(0, 3),
    sectors: code.length > 3 ? [code.slice(3)] : [],
  });
  return {
    source: actor(story.source, 0),
    target: story.target === null ? null : actor(story.target, 20),
    cameo: story.cameo,
    root,
    quad: r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4,
    penta: r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 || r === 16 ? 3 : 4,
    goldstein: r <= 9 ? 3 : -6,
    plover: { type: "CONSULT", mode: null },
    acled: r >= 18 ? { type: "Battles", subtype: "Armed clash" } : null,
    mode: story.mode,
    date: dayString(day),
    location: story.place,
    size: r >= 18 ? { dead: 3 } : null,
    evidence: {
      sentence: { start: index * 40, end: index * 40 + 39 },
      trigger: { text: "met", start: index * 40 + 10, end: index * 40 + 13 },
      rule: `synthetic/${root}`,
    },
    confidence: 0.8,
  };
}
