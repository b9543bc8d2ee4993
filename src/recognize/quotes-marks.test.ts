import { describe, expect, it } from "vitest";
import { findQuotedRuns } from "./quotes-marks.js";

/** Each run's parts as the text they slice. */
function quoted(text: string): string[][] {
  return findQuotedRuns(text).map((run) =>
    run.parts.map((p) => text.slice(p.content.start, p.content.end)),
  );
}

describe("quoted runs in every quote style", () => {
  it.each([
    ['The mayor said "the bridge will open in May."', "the bridge will open in May."],
    ["The mayor said \u201Cthe bridge will open in May.\u201D", "the bridge will open in May."],
    ["Le maire a dit \u00AB le pont ouvrira en mai \u00BB.", "le pont ouvrira en mai"],
    [
      "Der B\u00FCrgermeister sagte \u201Edie Br\u00FCcke ist offen\u201C.",
      "die Br\u00FCcke ist offen",
    ],
    ["The mayor called it \u2018a great day\u2019 for the town.", "a great day"],
    ["The mayor called it 'a great day' for the town.", "a great day"],
  ])("%s", (text, expected) => {
    expect(quoted(text)).toEqual([[expected]]);
  });

  it("drops the comma that hands the quote over to its speaker, keeps final punctuation", () => {
    expect(quoted('"We are ready," she said. "Are you?" he asked.')).toEqual([
      ["We are ready"],
      ["Are you?"],
    ]);
  });

  it("keeps apostrophes inside quotes and never opens on one", () => {
    const text = "\u201CWe haven\u2019t heard from Ha\u2019apai,\u201D said the nurse\u2019s son.";
    expect(quoted(text)).toEqual([["We haven\u2019t heard from Ha\u2019apai"]]);
    expect(quoted("Russia\u2019s troops and the soldiers\u2019 families waited.")).toEqual([]);
    expect(quoted("It was the \u201990s, and Kyiv's mood was calm.")).toEqual([]);
  });

  it("prefers a real closing mark to a plural possessive", () => {
    expect(quoted("She called it 'the soldiers' finest hour' on Monday.")).toEqual([
      ["the soldiers' finest hour"],
    ]);
  });

  it("treats single quotes inside double quotes as part of the outer quote", () => {
    const text = "\u201CThey told us \u2018leave now\u2019 and we left,\u201D she said.";
    expect(quoted(text)).toEqual([["They told us \u2018leave now\u2019 and we left"]]);
  });

  it("ignores inch marks and stray closing marks", () => {
    expect(quoted('The 12" pipe burst. Then" nothing.')).toEqual([]);
  });

  it("continues a quote into a paragraph that reopens it, as newspapers do", () => {
    const text = [
      "The minister was blunt.",
      "\u201CWe will not move. Our people stay where they are.",
      "\u201CNobody will make us leave,\u201D she said.",
      "Talks resume on Monday.",
    ].join("\n\n");
    expect(quoted(text)).toEqual([
      ["We will not move. Our people stay where they are.", "Nobody will make us leave"],
    ]);
  });

  it("continues straight quotes over paragraphs too", () => {
    const text = '"First we wait.\n\n"Then we act," he said.';
    expect(quoted(text)).toEqual([["First we wait.", "Then we act"]]);
  });

  it("drops a lone paragraph whose quote never closes", () => {
    expect(quoted('He said "we will win\n\nThe vote is on Sunday.')).toEqual([]);
  });

  it("gives offsets that slice the original text exactly", () => {
    const text = "\u00ABOui\u00BB, dit-il. \u201CYes,\u201D he said.";
    const runs = findQuotedRuns(text);
    expect(runs.map((r) => r.parts[0]?.openMark)).toEqual([0, text.indexOf("\u201C")]);
    expect(runs.map((r) => text.charAt(r.parts[0]?.closeMark ?? -1))).toEqual(["\u00BB", "\u201D"]);
  });
});
