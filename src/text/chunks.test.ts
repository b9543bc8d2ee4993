import { describe, expect, it } from "vitest";
import { analyze, chunkText, findChunk, slice, topChunks } from "../../test/support/analyze.js";

describe("noun-phrase chunks", () => {
  it.each([
    [
      "The Ministry of Defense says soldiers were relocated to other parts of Europe.",
      ["The Ministry of Defense", "soldiers", "other parts", "Europe"],
    ],
    [
      "Russia has mobilized 100,000 troops on the border with Ukraine.",
      ["Russia", "100,000 troops", "the border", "Ukraine"],
    ],
    [
      "She met the NATO military alliance and the Russia-backed rebels.",
      ["She", "the NATO military alliance", "the Russia-backed rebels"],
    ],
    ["Canada closed its embassy in Kiev.", ["Canada", "its embassy", "Kiev"]],
  ])("chunks %s", (text, expected) => {
    const doc = analyze(text);
    expect(topChunks(doc).map((c) => slice(doc, c))).toEqual(expected);
  });

  it.each([
    [
      "Defense Minister Anita Anand said so.",
      "Defense Minister Anita Anand",
      "Defense Minister",
      "Anita Anand",
    ],
    [
      "Trudeau called Ukrainian President Volodymyr Zelensky.",
      "Ukrainian President Volodymyr Zelensky",
      "President",
      "Volodymyr Zelensky",
    ],
    [
      "U.S. Secretary of State Antony Blinken met him.",
      "U.S. Secretary of State Antony Blinken",
      "Secretary of State",
      "Antony Blinken",
    ],
    [
      "He met Minister of Foreign Affairs Dmytro Kuleba.",
      "Minister of Foreign Affairs Dmytro Kuleba",
      "Minister of Foreign Affairs",
      "Dmytro Kuleba",
    ],
    ["The Prime Minister spoke.", "The Prime Minister", "Prime Minister", ""],
  ])("splits the title from the name in %s", (text, chunk, title, name) => {
    const doc = analyze(text);
    const c = findChunk(doc, chunk);
    expect(c.kind).toBe("name");
    expect(slice(doc, c.title)).toBe(title);
    expect(slice(doc, c.name)).toBe(name);
  });

  it("keeps a possessor inside its phrase", () => {
    const doc = analyze(
      "She added that the security of the Canadian Army\u2019s army is a priority.",
    );
    const c = findChunk(doc, "the Canadian Army\u2019s army");
    expect(chunkText(doc, c.possessor)).toBe("the Canadian Army");
    const iraq = analyze("Iraq's national security advisor met the envoy.");
    const advisor = findChunk(iraq, "Iraq's national security advisor");
    expect(chunkText(iraq, advisor.possessor)).toBe("Iraq");
    expect(slice(iraq, advisor.title)).toBe("national security advisor");
  });

  it("links appositives, nominal and locative", () => {
    const doc = analyze(
      "Canada closed its embassy in Kiev, the capital of Ukraine, and moved staff to Lviv, western part of the country.",
    );
    expect(chunkText(doc, findChunk(doc, "Kiev").appositive)).toBe("the capital");
    expect(chunkText(doc, findChunk(doc, "Lviv").appositive)).toBe("western part");
    const person = analyze("Anita Anand, the defence minister, said Canada would stay.");
    const anand = findChunk(person, "Anita Anand");
    expect(chunkText(person, anand.appositive)).toBe("the defence minister");
    expect(findChunk(person, "the defence minister").appositiveOf).toBe(anand.index);
    const place = analyze("Staff moved to Lviv, in western Ukraine, on Saturday.");
    const lviv = findChunk(place, "Lviv");
    expect(chunkText(place, lviv.appositive)).toBe("western Ukraine");
    expect(
      slice(place, {
        start: place.tokens.start[lviv.appositivePrep as number] as number,
        end: place.tokens.end[lviv.appositivePrep as number] as number,
      }),
    ).toBe("in");
  });

  it("links coordinated phrases and lists, but not coordinated clauses", () => {
    const doc = analyze(
      "Canada, Britain, France and Germany said talks between Moscow and the West failed.",
    );
    expect(chunkText(doc, findChunk(doc, "Canada").conjunct)).toBe("Britain");
    expect(chunkText(doc, findChunk(doc, "Britain").conjunct)).toBe("France");
    expect(chunkText(doc, findChunk(doc, "France").conjunct)).toBe("Germany");
    expect(chunkText(doc, findChunk(doc, "Moscow").conjunct)).toBe("the West");
    const clauses = analyze(
      "Talks could not resolve the conflict, and NATO leaders began warning.",
    );
    expect(findChunk(clauses, "the conflict").conjunct).toBeNull();
  });

  it("keeps a day's name after a noun apart from its phrase, and the sum after its modifiers in it", () => {
    const doc = analyze("The court lifted a ban Friday on girls entering the temple.");
    expect(topChunks(doc).map((c) => slice(doc, c))).toContain("a ban");
    const sum = analyze("New Zealand provided an additional $2 million in assistance.");
    expect(topChunks(sum).map((c) => slice(sum, c))).toContain("an additional $2 million");
  });

  it("keeps an adverb of manner before a modifier inside the phrase", () => {
    const doc = analyze("The UN called on Libya's internationally recognized government to act.");
    expect(topChunks(doc).map((c) => slice(doc, c))).toContain(
      "Libya's internationally recognized government",
    );
    // "as" is no adverb of manner: it opens the clause after the phrase.
    const clause = analyze("Police detained supporters of Navalny as nationwide protests began.");
    expect(topChunks(clause).map((c) => slice(clause, c))).toContain("nationwide protests");
  });

  it("does not take a dateline's place name as an appositive of a later subject", () => {
    const doc = analyze("On Saturday, Prime Minister Justin Trudeau sought to reassure Zelensky.");
    expect(findChunk(doc, "Saturday").appositive).toBeNull();
  });
});
