/** Agent phrases as the bundled dictionaries list them, read through the whole pipeline. */

import { describe, expect, it } from "vitest";
import { createCoder } from "../coder.js";

const coder = await createCoder();

/** Mentions as "text → CODE". */
function mentions(text: string): string[] {
  const doc = coder.analyze({ text, date: "2022-02-13" });
  return doc.mentions.map((m) => `${text.slice(m.start, m.end)} → ${m.code ?? "place"}`);
}

describe("agent phrases", () => {
  it("match hyphenated phrases as written and words the lemmatiser changes", () => {
    expect(mentions("Syrian state-run television reported the attack.")).toEqual([
      "Syrian state-run television → SYRGOVMED",
    ]);
    expect(mentions("Kenyan state media reported the attack.")).toEqual([
      "Kenyan state media → KENGOVMED",
    ]);
  });

  it("read an international body's name after a country's possessive as that country's body", () => {
    expect(mentions("Australia sanctioned members of Russia's Security Council.")).toContainEqual(
      "Security Council → RUSGOV",
    );
    expect(mentions("The UN Security Council met.")).toEqual(["UN Security Council → IGOUNOSEC"]);
  });

  it("take no rank from its adjective: a general strike is no general's", () => {
    expect(mentions("Kenyan unions called a general strike.")).not.toContainEqual(
      expect.stringContaining("MIL"),
    );
    expect(mentions("The Kenyan general said the army would withdraw.")).toContainEqual(
      "Kenyan general → KENMIL",
    );
  });

  it("take no actor from an agent word that only describes the head through a hyphen", () => {
    expect(mentions("Rebels shelled a government-held district.")).toEqual(["Rebels → ---REB"]);
  });

  it("give a title the country its 'of' phrase names, the Palestinian territories included", () => {
    expect(mentions("Israel released the mayor of the West Bank city of Jenin.")).toContainEqual(
      "mayor → PSEGOV",
    );
    expect(mentions("Rockets were fired from the Gaza Strip.")).toEqual(["Gaza Strip → PSE"]);
  });

  it("give unnamed civilians the country of the place their clause is set in", () => {
    expect(
      mentions("Two farmers were killed in an air strike in the south of Lebanon."),
    ).toContainEqual("Two farmers → LBNAGR");
    expect(mentions("Israeli troops killed three civilians in Gaza.")).toContainEqual(
      "three civilians → PSECVL",
    );
    // Without a place, the people a subject acts on are still read as its own.
    expect(mentions("Iran executed two protesters.")).toContainEqual("two protesters → IRNCVL");
  });

  it("keep a dictionary name whole across its small words ('for', 'and', 'in')", () => {
    expect(
      mentions("The Organization for Security and Co-operation in Europe sent observers."),
    ).toContainEqual("Organization for Security and Co-operation in Europe → IGOEURSCE");
  });

  it("place a titled stranger in the country the story happens in, not where a subject is posted", () => {
    expect(
      mentions(
        "The US commander in Iraq held talks with President Amadou Diallo during a visit to Dakar, Senegal.",
      ),
    ).toContainEqual("Amadou Diallo → SENGOV");
  });
});
