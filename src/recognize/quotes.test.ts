import { describe, expect, it } from "vitest";
import { recognize } from "../../test/support/analyze.js";
import { miniLexicon } from "../../test/support/mini-lexicon.js";
import { resolveSpeaker } from "./quotes-speaker.js";

const lexicon = miniLexicon();

interface Seen {
  kind: string;
  text: string;
  speaker: string | null;
  resolved: string | null;
  cue: string | null;
  parts: string[];
  rule: string;
}

function quotes(text: string): Seen[] {
  const doc = recognize(text, lexicon);
  return doc.quotes.map((q) => {
    const chunk = q.speaker === null ? undefined : doc.chunks[q.speaker];
    return {
      kind: q.kind,
      text: text.slice(q.start, q.end),
      speaker: chunk === undefined ? null : text.slice(chunk.start, chunk.end),
      resolved: q.speaker === null ? null : resolveSpeaker(doc, q.speaker).name,
      cue: q.cue === null ? null : text.slice(doc.tokens.start[q.cue], doc.tokens.end[q.cue]),
      parts: q.parts.map((p) => text.slice(p.start, p.end)),
      rule: q.rule,
    };
  });
}

/** The one quote the text holds. */
function only(text: string): Seen {
  const found = quotes(text);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0] as Seen;
}

describe("direct quotes: the frame after the quote", () => {
  it.each([
    ['"The bridge will reopen in May," she said.', "she", "said"],
    ['"The bridge will reopen in May," said the mayor.', "the mayor", "said"],
    ['"The bridge will reopen in May," the mayor told reporters.', "the mayor", "told"],
    ["\u201CThe bridge will reopen in May,\u201D the mayor said on Monday.", "the mayor", "said"],
    ['"Will the bridge reopen?" the mayor asked.', "the mayor", "asked"],
  ])("%s", (text, speaker, cue) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: "direct", speaker, cue });
    expect(q.text.startsWith(text.includes("Will") ? "Will" : "The bridge")).toBe(true);
  });

  it("gives an inverted speaker's apposition no part in the quote", () => {
    const q = only('"We lost power at noon," said Marta Kovac, a nurse at the city hospital.');
    expect(q).toMatchObject({ text: "We lost power at noon", speaker: "Marta Kovac" });
    expect(q.resolved).toBe("Marta Kovac");
  });
});

describe("direct quotes: the frame before the quote", () => {
  it.each([
    ['The mayor said: "The bridge will reopen in May."', "The mayor", "said"],
    ['The mayor said, "The bridge will reopen in May."', "The mayor", "said"],
    ['The mayor told reporters on Monday: "The bridge will reopen in May."', "The mayor", "told"],
    ['The mayor added that "the bridge will reopen in May."', "The mayor", "added"],
  ])("%s", (text, speaker, cue) => {
    const q = only(text);
    expect(q).toMatchObject({ kind: "direct", speaker, cue });
    expect(q.text.toLowerCase()).toBe("the bridge will reopen in may.");
  });
});

describe("every quote style", () => {
  it.each([
    'The mayor said: "The bridge will reopen in May."',
    "The mayor said: \u201CThe bridge will reopen in May.\u201D",
    "The mayor said: \u00ABThe bridge will reopen in May.\u00BB",
    "The mayor said: \u00AB The bridge will reopen in May. \u00BB",
    "The mayor said: \u2018The bridge will reopen in May.\u2019",
    "The mayor said: 'The bridge will reopen in May.'",
  ])("%s", (text) => {
    expect(only(text)).toMatchObject({
      kind: "direct",
      text: "The bridge will reopen in May.",
      speaker: "The mayor",
    });
  });

  it("keeps apostrophes inside a curly quote and slices the original text", () => {
    const text = "\u201CWe haven\u2019t heard from the island\u2019s mayor,\u201D Anand said.";
    expect(only(text)).toMatchObject({
      text: "We haven\u2019t heard from the island\u2019s mayor",
      resolved: "Anita Anand",
    });
  });
});

describe("multi-sentence, continued and interrupted quotes", () => {
  it("keeps a quote of several sentences whole", () => {
    const q = only('Anand said: "Our people are safe. They will return when they can."');
    expect(q.text).toBe("Our people are safe. They will return when they can.");
    expect(q.resolved).toBe("Anita Anand");
  });

  it("finds the speaker after a quote of several sentences", () => {
    const q = only('"Our people are safe. They will return when they can," Anand said.');
    expect(q).toMatchObject({ speaker: "Anand", cue: "said" });
  });

  it("takes an interrupted quote as one quote with two parts", () => {
    const q = only('"The bridge is closed," the mayor said, "and it will stay closed until May."');
    expect(q).toMatchObject({
      kind: "direct",
      speaker: "the mayor",
      parts: ["The bridge is closed", "and it will stay closed until May."],
      rule: "quotes/direct#interrupted",
    });
    expect(q.text).toBe(
      'The bridge is closed," the mayor said, "and it will stay closed until May.',
    );
  });

  it("gives the next sentence's frameless quote to the same speaker", () => {
    const found = quotes('"The bridge is closed," Anand said. "It will stay closed until May."');
    expect(found.map((q) => [q.text, q.resolved, q.rule])).toEqual([
      ["The bridge is closed", "Anita Anand", "quotes/direct#after-frame"],
      ["It will stay closed until May.", "Anita Anand", "quotes/direct#continued"],
    ]);
  });

  it("continues a quote over paragraphs that reopen it", () => {
    const text = [
      'Anand spoke after the meeting. "We have moved our people to safety.',
      '"They will return when it is safe," she said.',
    ].join("\n\n");
    const q = only(text);
    expect(q.parts).toEqual([
      "We have moved our people to safety.",
      "They will return when it is safe",
    ]);
    expect(q).toMatchObject({ speaker: "she", resolved: "Anita Anand" });
  });

  it("takes the speaker from a frame alone in the sentence before", () => {
    const q = only('Anand spoke to reporters on Tuesday. "We have moved our people to safety."');
    expect(q).toMatchObject({ resolved: "Anita Anand", rule: "quotes/direct#previous-sentence" });
  });

  it("takes the speaker from a frame alone in the sentence after", () => {
    const q = only('"We have moved our people to safety." Anand said so on Tuesday.');
    expect(q).toMatchObject({ resolved: "Anita Anand", rule: "quotes/direct#next-sentence" });
  });

  it("takes the speaker before a colon", () => {
    expect(only('Trudeau was blunt: "Sanctions will follow."')).toMatchObject({
      resolved: "Justin Trudeau",
      rule: "quotes/direct#colon",
    });
    expect(only('Zelensky: "We will defend our country."')).toMatchObject({
      resolved: "Volodymyr Zelensky",
    });
  });
});

describe("indirect and mixed speech", () => {
  it.each([
    ["Anand said that the troops had left Ukraine.", "the troops had left Ukraine", "said"],
    ["Anand said the troops had left Ukraine.", "the troops had left Ukraine", "said"],
    ["Anand added that the troops had left Ukraine.", "the troops had left Ukraine", "added"],
    ["The troops had left Ukraine, Anand said.", "The troops had left Ukraine", "said"],
    [
      "According to Anand, the troops had left Ukraine.",
      "the troops had left Ukraine",
      "According",
    ],
    [
      "The troops had left Ukraine, according to Anand.",
      "The troops had left Ukraine",
      "according",
    ],
    [
      "Anand told reporters on Monday that the troops had left Ukraine.",
      "the troops had left Ukraine",
      "told",
    ],
  ])("%s", (text, content, cue) => {
    expect(only(text)).toMatchObject({
      kind: "indirect",
      text: content,
      cue,
      resolved: "Anita Anand",
    });
  });

  it("keeps a frame that interrupts the sentence inside the quote", () => {
    const q = only("Most of the troops, Anand said, had already left Ukraine.");
    expect(q).toMatchObject({ kind: "indirect", rule: "quotes/indirect#parenthetical" });
    expect(q.text).toBe("Most of the troops, Anand said, had already left Ukraine");
  });

  it("calls reported speech with quoted words in it mixed", () => {
    const q = only('Anand said the move was "a temporary measure" and would end soon.');
    expect(q).toMatchObject({
      kind: "mixed",
      text: 'the move was "a temporary measure" and would end soon',
      parts: ["a temporary measure"],
    });
  });

  it("gives a participle the speaker of its sentence", () => {
    const found = quotes("Trudeau spoke with Zelensky, saying Canada would send more help.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ cue: "saying", resolved: "Justin Trudeau" });
  });

  it("splits two speakers in one sentence", () => {
    const found = quotes(
      "Anand said the troops were safe, and Zelensky said Ukraine was grateful.",
    );
    expect(found.map((q) => [q.text, q.resolved])).toEqual([
      ["the troops were safe", "Anita Anand"],
      ["Ukraine was grateful", "Volodymyr Zelensky"],
    ]);
  });
});

describe("speakers through the actor layer", () => {
  it("resolves a pronoun speaker to its antecedent", () => {
    const found = quotes(
      'Defence Minister Anita Anand visited the base. "The soldiers are safe," she said.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: "she", resolved: "Anita Anand" });
  });

  it("finds the subject behind an apposition", () => {
    const q = only("Marta Kovac, a nurse at the hospital, said the power had failed at noon.");
    expect(q).toMatchObject({ speaker: "Marta Kovac", resolved: "Marta Kovac" });
  });
});

describe("what is not a quote", () => {
  it.each([
    'Officials called the plan a "reset".',
    "The department did not say where the soldiers went.",
    "The president declared a state of emergency, as protests spread.",
    "Canada vowed to send more help.",
    "Russia recognised the regions, a move Western governments said broke the law.",
    "The totals added up to more than 100 percent.",
  ])("%s", (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe("offsets", () => {
  it("slice the original text in every quote and part", () => {
    const text =
      "OTTAWA \u2014 \u201CWe will not move,\u201D Anand said\u2026 \u201CNot today.\u201D Later, Anand said that the \u00ADtroops were safe.";
    const doc = recognize(text, lexicon);
    expect(doc.quotes.length).toBeGreaterThan(1);
    for (const q of doc.quotes) {
      const sliced = text.slice(q.start, q.end);
      expect(sliced.length).toBeGreaterThan(0);
      for (const p of q.parts) expect(sliced.includes(text.slice(p.start, p.end))).toBe(true);
    }
  });
});
