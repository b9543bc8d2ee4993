import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv, readTsv } from "../../test/support/delimited.js";
import { createCoder } from "../coder.js";
import { parseFrontMatter } from "../ingest/front-matter.js";
import { cameoTable } from "../ontology/bundled-cameo.js";
import { EXPORT_FORMAT_NAMES, exportFormats } from "./formats.js";
import { exportEventsFromDocument, leadEnd, sentenceNumber } from "./from-document.js";

const file = path.join(import.meta.dirname, "../../test/fixtures/canada-training-mission.txt");
const { meta, body } = parseFrontMatter(fs.readFileSync(file, "utf8"));
const coder = await createCoder();
const article = { id: "story", text: body, date: meta.date ?? "2022-02-13", title: meta.title };
const doc = coder.analyze(article);
const coded = coder.toContract(doc);
const events = exportEventsFromDocument(coded, {
  text: body,
  addedAt: "2022-02-13T12:00:00Z",
  cameo: cameoTable(),
  sentences: doc.sentences,
});

describe("export records from a coded document", () => {
  it("makes one record per event, with its sentence, label and actor names", () => {
    expect(events).toHaveLength(coded.events.length);
    expect(events.length).toBeGreaterThan(3);
    const withdrawal = events.find((e) => e.cameo === "0874");
    expect(withdrawal?.label).toBe(cameoTable().get("0874").label);
    expect(withdrawal?.source?.code).toMatch(/^CAN/);
    expect(withdrawal?.source?.name).toBeTruthy();
    for (const e of events) {
      const { start, end } = e.evidence.sentence;
      expect(e.mention.sentenceText).toBe(body.slice(start, end));
      expect(e.mention.sentenceText).toContain(e.evidence.trigger.text);
    }
  });

  it("numbers sentences as the pipeline does, with or without its sentence list", () => {
    for (const e of events) {
      const start = e.evidence.sentence.start;
      expect(sentenceNumber(body, start)).toBe(sentenceNumber(body, start, doc.sentences));
    }
  });

  it("puts the headline and the first paragraph in the lead", () => {
    const firstParagraphEnd = body.indexOf("close.") + "close.".length;
    expect(leadEnd(body)).toBe(firstParagraphEnd);
    expect(leadEnd("A one-line report without a headline.")).toBe(37);
  });

  it("writes every format from the coded story", () => {
    for (const name of EXPORT_FORMAT_NAMES) {
      const out = exportFormats[name].formatAll(events);
      expect(out.length, name).toBeGreaterThan(0);
    }
    const gdelt = readTsv(exportFormats.gdelt.formatAll(events));
    expect(gdelt).toHaveLength(events.length);
    for (const row of gdelt) expect(row).toHaveLength(61);
    const mentions = readTsv(exportFormats["gdelt-mentions"].formatAll(events));
    for (const row of mentions) expect(row).toHaveLength(16);
    const csv = readCsv(exportFormats.csv.formatAll(events));
    expect(csv).toHaveLength(events.length + 1);
    const plover = exportFormats.plover.formatAll(events).trimEnd().split("\n");
    expect(plover.length).toBe(events.filter((e) => e.plover !== null).length);
  });

  it("keeps unrealised force out of the ACLED export", () => {
    const rows = readCsv(exportFormats.acled.formatAll(events)).slice(1);
    const written = events.filter((e) => e.acled !== null && /asserted|reported/.test(e.mode));
    expect(rows).toHaveLength(written.length);
    expect(events.some((e) => e.root === "19" && e.mode === "hypothetical")).toBe(true);
    expect(rows.some((r) => r[5] === "Battles")).toBe(false);
  });
});
