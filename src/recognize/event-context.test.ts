import { describe, expect, it } from "vitest";
import { bundledPatterns } from "../code/bundled-patterns.js";
import { MODALITY } from "../code/modality.js";
import { codeStages } from "../code/stages.js";
import { bundledActorLexicon } from "../lexicon/bundled-actors.js";
import type { Doc, DocEvent } from "../model/doc.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { textStages } from "../text/analyze.js";
import { loadWink } from "../text/tokenize.js";
import { eventContextStages, nameTagStage, recognizeStages } from "./stages.js";

loadWink();
const actors = bundledActorLexicon();
const pipeline = createPipeline([
  ...textStages([nameTagStage(actors)]),
  ...recognizeStages(actors),
  ...codeStages(bundledPatterns(), MODALITY),
  ...eventContextStages(),
]);

function analyze(text: string, date = "2022-02-13"): Doc {
  return pipeline.run({ id: "e", text, date });
}

/** "trigger CODE date/grain size" for each event. */
function describe_(doc: Doc, e: DocEvent): string {
  const trigger = doc.text.slice(e.trigger.start, e.trigger.end);
  const size = e.size ? ` ${JSON.stringify(e.size)}` : "";
  return `${trigger} ${e.code} ${e.date?.value}/${e.date?.grain}${size}`;
}
const events = (text: string, date?: string) => {
  const doc = analyze(text, date);
  return doc.events.map((e) => describe_(doc, e));
};

describe("event dates", () => {
  it("dates an event by its own clause's time expression, else the article date", () => {
    expect(
      events("On Saturday, Russia attacked Ukraine. Canada condemned Russia.", "2022-02-16"),
    ).toEqual(["attacked 190 2022-02-12/day", "condemned 111 2022-02-16/day"]);
  });

  it("prefers the time nearest the trigger in the same clause", () => {
    expect(
      events(
        "Russia attacked Ukraine on Monday, and Canada condemned Russia on Tuesday.",
        "2022-02-16",
      ),
    ).toEqual(["attacked 190 2022-02-14/day", "condemned 111 2022-02-15/day"]);
  });

  it("dates the clause 'the day after' introduces one day before its governing clause", () => {
    expect(
      events(
        "Canada withdrew its troops from Ukraine the day after Canada closed its embassy in Kyiv.",
      ),
    ).toEqual(["withdrew 0874 2022-02-13/day", "closed 161 2022-02-12/day"]);
  });

  it("gives coarser expressions their grain", () => {
    expect(events("Russia annexed Crimea in 2014.")).toEqual([
      expect.stringMatching(/^annexed \d+ 2014-01-01\/year$/),
    ]);
    expect(events("Last week, Russia attacked Ukraine.")).toEqual(["attacked 190 2022-01-31/week"]);
  });
});

describe("event sizes", () => {
  it("sizes an event by the counts in its own clause only", () => {
    expect(
      events(
        "Russia has mobilized 100,000 troops near the border and is demanding guarantees from NATO.",
      ),
    ).toEqual(['mobilized 154 2022-02-13/day {"troops":100000}', "demanding 100 2022-02-13/day"]);
  });

  it("puts casualties, arrests and money under their roles", () => {
    expect(
      events("Russian forces attacked Kharkiv, killing 12 people and wounding 30."),
    ).toContainEqual('attacked 190 2022-02-13/day {"dead":12,"injured":30}');
    expect(events("Kazakh police arrested hundreds of protesters.")).toEqual([
      'arrested 173 2022-02-13/day {"arrested":200}',
    ]);
    expect(events("Japan provided 500 million dollars in aid to Sri Lanka.")).toEqual([
      expect.stringMatching(/^provided 07\d* 2022-02-13\/day \{"money_usd":500000000\}$/),
    ]);
  });

  it("sizes a country's troop movement by its troops counted in a sentence with no event", () => {
    expect(
      events(
        "Canada withdrew its troops from Ukraine. Lviv has a base that served as the hub for 200 Canadian soldiers.",
      ),
    ).toEqual(['withdrew 0874 2022-02-13/day {"troops":200}']);
  });
});
