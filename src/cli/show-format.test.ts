import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createCoder } from "../coder.js";
import { parseFrontMatter } from "../ingest/front-matter.js";
import type { CodedDocument, EventOut } from "../model/contract.js";
import { cameoTable } from "../ontology/bundled-cameo.js";
import { highlightText } from "./highlight-text.js";
import { cameoLabels, formatArticleView } from "./show-format.js";

const file = path.join(import.meta.dirname, "../../test/fixtures/canada-training-mission.txt");
const { meta, body } = parseFrontMatter(fs.readFileSync(file, "utf8"));
const coder = await createCoder();
const coded = coder.code({
  id: "story",
  text: body,
  date: meta.date ?? "2022-02-13",
  ...(meta.title !== undefined && { title: meta.title }),
  ...(meta.source !== undefined && { source: meta.source }),
});
const view = { document: coded, text: body, label: cameoLabels(cameoTable()) };

const ESC = "\u001b";
const ANSI = new RegExp(`${ESC}\\[[0-9;]*m`, "g");
const BRACKET = /[<>[\]{}«»]/g;
/** The article's part of the view: between the blank line after the heading and "Events". */
const articlePart = (out: string) => out.slice(out.indexOf("\n\n") + 2, out.indexOf("\n\nEvents"));

describe("harbinger show, plain", () => {
  const out = formatArticleView(view, { color: false });

  it("writes no escape codes", () => {
    expect(out).not.toContain(ESC);
  });

  it("keeps the article's words, with brackets and event numbers around them", () => {
    const text = articlePart(out);
    expect(text.replace(BRACKET, "").replace(/#\d+(,#\d+)*/g, "")).toBe(body.trimEnd());
    // A country is both an actor and a place: {[Canada]}.
    expect(text).toMatch(/^\{?\[Canada\]\}? <withdraws>#1 /);
    expect(text).toMatch(/\{?\[Russia\]\}? has <mobilized>#\d+/);
  });

  it("lists every event with its code, label, mode, actors and evidence", () => {
    const entries = out
      .slice(out.indexOf("Events ("))
      .split(/\n(?=#\d+ )/)
      .slice(1);
    expect(entries).toHaveLength(coded.events.length);
    coded.events.forEach((event, i) => {
      const entry = entries[i] as string;
      expect(
        entry.startsWith(`#${i + 1}  ${event.cameo}  ${cameoTable().get(event.cameo).label}`),
      ).toBe(true);
      expect(entry).toContain(`[${event.mode}]`);
      expect(entry).toContain(`${event.source?.code ?? "-"} `);
      expect(entry).toContain(`trigger   "${event.evidence.trigger.text}"`);
      expect(entry).toContain(`rule ${event.evidence.rule}`);
      const sentence = body.slice(event.evidence.sentence.start, event.evidence.sentence.end);
      expect(entry).toContain(`sentence  "${sentence.replace(/\s+/g, " ").trim()}"`);
    });
    expect(out).toContain("CAN (Canada) → UKR (Ukraine)");
    expect(out).toMatch(/\[hypothetical\]/);
  });

  it("starts with the article's heading", () => {
    expect(out.split("\n").slice(0, 2)).toEqual([
      "story  2022-02-13  Harbinger test desk",
      "Canada pulls its training soldiers out of Ukraine",
    ]);
  });

  it("names the wire the article is credited to", () => {
    const credited = formatArticleView({ ...view, wire: "The Canadian Press" }, { color: false });
    expect(credited.split("\n")[0]).toBe(
      "story  2022-02-13  Harbinger test desk  via The Canadian Press",
    );
  });
});

describe("harbinger show, in colour", () => {
  const out = formatArticleView(view, { color: true });

  it("colours what the plain view brackets, and nothing else changes", () => {
    const plain = formatArticleView(view, { color: false });
    expect(out).toContain(`${ESC}[1;33mwithdraws${ESC}[0m`);
    expect(articlePart(out.replace(ANSI, ""))).toBe(articlePart(plain).replace(BRACKET, ""));
  });

  it("ends every styled run with a reset", () => {
    const text = articlePart(out);
    const codes = [...text.matchAll(ANSI)].map((m) => m[0]);
    expect(codes.at(-1)).toBe(`${ESC}[0m`);
  });
});

describe("highlighting", () => {
  const text = 'Kyiv: "Russia attacked Kharkiv," officials said.\u001b[2J';
  const event = (start: number, end: number): EventOut => ({
    source: null,
    target: null,
    cameo: "190",
    root: "19",
    quad: 4,
    penta: 4,
    goldstein: -10,
    plover: null,
    acled: null,
    mode: "reported",
    date: null,
    location: null,
    size: { dead: 3 },
    evidence: {
      sentence: { start: 6, end: 48 },
      trigger: { text: text.slice(start, end), start, end },
      rule: "test#attack",
    },
    confidence: 0.5,
  });
  const doc = {
    id: "t",
    date: null,
    lang: "en",
    entities: [{ text: "Russia", start: 7, end: 13, type: "GPE", actor: null }],
    places: [
      { text: "Kyiv", start: 0, end: 4 },
      { text: "Kharkiv", start: 23, end: 30 },
    ],
    times: [],
    quotes: [{ text: '"Russia attacked Kharkiv,"', start: 6, end: 32, kind: "direct" }],
    events: [event(14, 22), event(14, 22)],
  } as unknown as CodedDocument;

  it("nests actors, places and triggers inside quotes, and joins events on one trigger", () => {
    const out = formatArticleView({ document: doc, text }, { color: false });
    expect(articlePart(out)).toBe(
      '{Kyiv}: «"[Russia] <attacked>#1,#2 {Kharkiv},"» officials said.\ufffd[2J',
    );
  });

  it("neutralises control characters from the article", () => {
    const out = formatArticleView({ document: doc, text }, { color: true });
    expect(out).not.toContain("\u001b[2J");
    expect(out).toContain(`${ESC}[3;35m"${ESC}[0m${ESC}[3;36mRussia`);
  });

  it("shows overlapping spans without losing text", () => {
    const marks = [
      { start: 0, end: 6, kind: "actor" as const },
      { start: 3, end: 9, kind: "place" as const },
    ];
    expect(highlightText("abcdefghij", marks, false)).toBe("[abc{def]ghi}j");
  });
});

describe("an event's entry", () => {
  it("shows what is missing as such, and sizes and unknown labels plainly", () => {
    const text = "They attacked.";
    const document = {
      id: "t",
      date: null,
      lang: "en",
      entities: [],
      places: [],
      times: [],
      quotes: [],
      events: [
        {
          source: null,
          target: null,
          cameo: "190",
          root: "19",
          quad: 4,
          penta: 4,
          goldstein: -10,
          plover: null,
          acled: null,
          mode: "reported",
          date: null,
          location: { name: "Jos", lat: 9.93, lon: 8.89, country: "NGA" },
          size: { dead: 3 },
          evidence: {
            sentence: { start: 0, end: 14 },
            trigger: { text: "attacked", start: 5, end: 13 },
            rule: "test#attack",
          },
          confidence: 0.5,
        },
      ],
    } as CodedDocument;
    const out = formatArticleView({ document, text }, { color: false });
    expect(out.slice(out.indexOf("Events (1)"))).toBe(
      [
        "Events (1) · 0 actors, 0 places, 0 quotes",
        "#1  190  [reported]",
        "    - → -",
        "    date - · location Jos (NGA; 9.93, 8.89) · size dead=3 · confidence 0.50",
        '    sentence  "They attacked."',
        '    trigger   "attacked" [5, 13)  rule test#attack',
        "",
      ].join("\n"),
    );
  });
});
