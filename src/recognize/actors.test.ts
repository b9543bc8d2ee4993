import { describe, expect, it } from "vitest";
import { recognize } from "../../test/support/analyze.js";
import { miniLexicon } from "../../test/support/mini-lexicon.js";

const lexicon = miniLexicon();

/** Mentions as "text → CODE (TYPE)", with "place" for place uses without a code. */
function mentions(text: string, date = "2022-02-13"): string[] {
  const doc = recognize(text, lexicon, date);
  return doc.mentions.map(
    (m) => `${text.slice(m.start, m.end)} → ${m.code ?? "place"} (${m.type})`,
  );
}

describe("actor recognition", () => {
  it("codes country + agent phrases", () => {
    expect(
      mentions("Canadian troops and the Russian Defence Ministry met Ukrainian protesters."),
    ).toEqual([
      "Canadian troops → CANMIL (NORP)",
      "Russian Defence Ministry → RUSGOV (ORG)",
      "Ukrainian protesters → UKRCVL (NORP)",
    ]);
  });

  it("lets a region that says or decides something speak for its states", () => {
    expect(mentions("Europe said it would not lift the embargo.")).toContainEqual(
      "Europe → EUR (LOC)",
    );
    expect(mentions("Refugees fled to Europe.")).toContainEqual("Europe → place (LOC)");
  });

  it("codes an organisation's people as the organisation", () => {
    // Its officer by a possessive, or by a title after its name.
    expect(mentions("NATO's secretary general met the Russian envoy.")).toContainEqual(
      "secretary general → IGOWSTNAT (PERSON)",
    );
    expect(mentions("The NATO Secretary General met the Russian envoy.")).toContainEqual(
      "NATO → IGOWSTNAT (ORG)",
    );
    // Or by an "of" / "from" phrase naming the organisation or group after them.
    expect(mentions("Officials from NATO met the Russian envoy.")).toContainEqual(
      "Officials → IGOWSTNAT (ORG)",
    );
    expect(mentions("Russian troops arrested leaders of the Wagner Group.")).toContainEqual(
      "leaders → RUSMILMER (NORP)",
    );
  });

  it("reads a sector word before a noun for an act or a thing as no actor", () => {
    expect(mentions("Russia sent military aid and the Canadian military left.")).toEqual([
      "Russia → RUS (GPE)",
      "Canadian military → CANMIL (ORG)",
    ]);
    // A country says whose: "U.S. military airstrikes" stand for their author.
    expect(mentions("Canadian military exercises began.")).toEqual([
      "Canadian military → CANMIL (ORG)",
    ]);
  });

  it("codes people by their role on the article's date", () => {
    expect(mentions("Trudeau spoke with Zelensky.", "2022-02-12")).toEqual([
      "Trudeau → CANGOV (PERSON)",
      "Zelensky → UKRGOV (PERSON)",
    ]);
    expect(mentions("Trudeau spoke.", "2026-01-10")).toEqual(["Trudeau → CANELI (PERSON)"]);
  });

  it("reads a name typed in lower case after a title, or with a capital inside it", () => {
    expect(mentions("Prime Minister trudeau spoke with Zelensky.", "2022-02-12")).toContainEqual(
      "trudeau → CANGOV (PERSON)",
    );
    expect(mentions("Officials said uKraine would respond.")).toContainEqual("uKraine → UKR (GPE)");
    // A lower-case word alone is not a name: "us" is not the United States.
    expect(mentions("Russia told us nothing.")).toEqual(["Russia → RUS (GPE)"]);
  });

  it("resolves a bare title to the office holder of the article's country and date", () => {
    const text = "OTTAWA — The Prime Minister spoke on Saturday.";
    const doc = recognize(text, lexicon, "2022-02-12");
    expect(doc.mentions.find((m) => m.type === "PERSON")?.name).toBe("Justin Trudeau");
    const later = recognize(text, lexicon, "2025-06-01");
    expect(later.mentions.find((m) => m.type === "PERSON")?.name).toBe("Mark Carney");
  });

  it("codes a titled name the dictionaries lack with the title's sector and country", () => {
    expect(mentions("Ukrainian Defence Minister Oleksii Reznikov said so.")).toEqual([
      "Oleksii Reznikov → UKRGOV (PERSON)",
    ]);
  });

  it("codes organisations, groups, seats and capital metonyms; capitals in place phrases are places", () => {
    expect(
      mentions("NATO and the Wagner Group met the Kremlin while Ottawa said staff moved to Kyiv."),
    ).toEqual([
      "NATO → IGOWSTNAT (ORG)",
      "Wagner Group → RUSMILMER (ORG)",
      "Kremlin → RUSGOV (ORG)",
      "Ottawa → CAN (GPE)",
      "Kyiv → place (GPE)",
    ]);
  });

  it("codes blocs as actors and regions as places", () => {
    expect(
      mentions(
        "Talks between Moscow and the West failed, and troops moved to other parts of Europe and Latin America.",
      ),
    ).toEqual([
      "Moscow → RUS (GPE)",
      "West → WST (LOC)",
      // No dateline: unqualified troops take the country the article names most.
      "troops → RUSMIL (NORP)",
      "Europe → place (LOC)",
      "Latin America → place (LOC)",
    ]);
  });

  it("matches abbreviations only in their letter case", () => {
    expect(mentions("The US warned us.")).toEqual(["US → USA (GPE)"]);
  });

  it("codes unqualified state institutions with the dateline's country, and objects with their subject's", () => {
    expect(mentions("OTTAWA — The Ministry of Defense says the army moved.")).toEqual([
      "OTTAWA → CAN (GPE)",
      "Ministry of Defense → CANGOV (ORG)",
      "army → CANMIL (ORG)",
    ]);
    expect(mentions("OTTAWA — Russia has mobilized 100,000 troops.")).toContain(
      "100,000 troops → RUSMIL (NORP)",
    );
    // Whom an attack hits belongs first to the country it is set in.
    expect(mentions("Russian troops attacked soldiers in Ukraine.")).toContain(
      "soldiers → UKRMIL (NORP)",
    );
    expect(mentions("Russian troops attacked soldiers.")).toContain("soldiers → RUSMIL (NORP)");
  });

  it("leaves diplomats and missions abroad without the story's country unless the text gives one", () => {
    expect(mentions("OTTAWA — Diplomats urged calm.")).toContain("Diplomats → ---GOV (ORG)");
    expect(mentions("OTTAWA — The embassy in Kyiv closed.")).toContain("embassy → ---GOV (ORG)");
    expect(mentions("Canada closed its embassy in Kyiv.")).toContain("embassy → CANGOV (ORG)");
    expect(mentions("OTTAWA — The ministry spoke.")).toContain("ministry → CANGOV (ORG)");
  });

  it("reads a regional bureau's dateline as the reporter's place, not the story's country", () => {
    const story =
      "MOSCOW — Ukraine's parliament met on Monday. Fighting inside Ukraine stopped, " +
      "and flights to Moscow resumed. The government said it supported the truce.";
    expect(mentions(story)).toContain("government → UKRGOV (ORG)");
    // A dateline country named again in the body stays home, however often others are named.
    expect(
      mentions("OTTAWA — Canada condemned Russia. Russia denied it. The government spoke."),
    ).toContain("government → CANGOV (ORG)");
  });
});

describe("coreference", () => {
  /** The document and its mention spelled `word`. */
  function mentionIn(text: string, word: string) {
    const doc = recognize(text, lexicon);
    return { doc, mention: doc.mentions.find((m) => doc.text.slice(m.start, m.end) === word) };
  }

  it("resolves she/he to the last person of that gender", () => {
    const { doc, mention: she } = mentionIn(
      "Defence Minister Anita Anand spoke. Trudeau agreed. She added that it was safe.",
      "She",
    );
    expect(she?.name).toBe("Anita Anand");
    expect(she?.code).toBe("CANGOV");
    expect(doc.mentions[she?.antecedent as number]?.name).toBe("Anita Anand");
  });

  it("gives a sentence-opening he/she the subject of the sentence before, not its last person", () => {
    const { mention: he } = mentionIn(
      "Trudeau told reporters that Zelensky had called. He said Canada would help.",
      "He",
    );
    expect(he?.name).toBe("Justin Trudeau");
  });

  it("gives possessives their clause subject's country", () => {
    const text = "Canada closed its embassy in Kiev, the capital of Ukraine.";
    expect(mentions(text)).toContain("embassy → CANGOV (ORG)");
    expect(mentions("Trudeau told Zelensky that Canada stood with his country.")).toContain(
      "country → UKR (GPE)",
    );
  });

  it("resolves 'the country', possessors and 'their'", () => {
    const text =
      "Troops left Ukraine. The move does not end missions aimed at strengthening the country's security forces. Canada supports the Ukrainian people and their security forces.";
    const found = mentions(text);
    expect(found).toContain("country → UKR (GPE)");
    expect(found.filter((m) => m.startsWith("security forces"))).toEqual([
      "security forces → UKRCOP (ORG)",
      "security forces → UKRCOP (ORG)",
    ]);
  });

  it("resolves a definite description to the organisation mentioned before", () => {
    expect(mentions("NATO met on Friday. The alliance warned Russia.")).toEqual([
      "NATO → IGOWSTNAT (ORG)",
      "alliance → IGOWSTNAT (ORG)",
      "Russia → RUS (GPE)",
    ]);
  });

  it("resolves the surname of a titled person the dictionaries lack", () => {
    const found = mentions(
      "Ukrainian Defence Minister Oleksii Reznikov spoke. Reznikov said more.",
    );
    expect(found).toEqual(["Oleksii Reznikov → UKRGOV (PERSON)", "Reznikov → UKRGOV (PERSON)"]);
  });
});
