import { describe, expect, it } from "vitest";
import { miniGazetteer } from "../../test/support/mini-gazetteer.js";
import { createCoder } from "../coder.js";

const coder = await createCoder({ gazetteer: miniGazetteer(), defaultDate: "2022-02-13" });

function places(text: string) {
  return coder.code({ text }).places.map((p) => `${p.text}=${p.name}/${p.country}`);
}

describe("place names", () => {
  it("finds countries, capitals written the old way, cities and their qualifiers", () => {
    expect(
      places("Canada closed its embassy in Kiev and moved staff to Lviv, in western Ukraine."),
    ).toEqual(["Canada=Canada/CAN", "Kiev=Kyiv/UKR", "Lviv=Lviv/UKR", "Ukraine=Ukraine/UKR"]);
    expect(places("Shelling was reported near Avdiivka, Donetsk Oblast, on Sunday.")).toEqual([
      "Avdiivka=Avdiivka/UKR",
      "Donetsk Oblast=Donetsk Oblast/UKR",
    ]);
    expect(places("Russia massed troops on the border with Ukraine.")).toContain(
      "Ukraine=Ukraine/UKR",
    );
  });

  it("keeps a capital that acts for its government as a place", () => {
    const coded = coder.code({ text: "Ottawa said the embassy would stay closed." });
    expect(coded.places.map((p) => p.name)).toEqual(["Ottawa"]);
    expect(coded.entities.find((e) => e.text === "Ottawa")?.actor?.code).toBe("CAN");
  });

  it("reads an ambiguous name by its qualifier and by the article's country", () => {
    expect(places("The fire started in London, Ontario, late on Friday.")[0]).toBe(
      "London=London/CAN",
    );
    expect(places("Egypt's government met in Cairo. Protests spread to Alexandria.")).toContain(
      "Alexandria=Alexandria/EGY",
    );
    expect(
      places(
        "Residents of Alexandria, Virginia, voted on Tuesday. The United States Congress met.",
      ),
    ).toContain("Alexandria=Alexandria/USA");
  });

  it("does not take common words, months or acronyms for towns", () => {
    expect(places("Police said the talks in March were about NATO.")).toEqual([]);
    expect(places("Of the three options, one was chosen.")).toEqual([]);
  });

  it("marks nationality words as standing for their country", () => {
    const doc = coder.analyze({ text: "Ukrainian soldiers trained near Lviv." });
    expect(doc.places.map((p) => [doc.text.slice(p.start, p.end), p.adjectival])).toEqual([
      ["Ukrainian", true],
      ["Lviv", false],
    ]);
  });
});

describe("event locations", () => {
  it("takes the place in the event's own clause, else the article's dateline", () => {
    const coded = coder.code({
      text: "OTTAWA — Canada closed its embassy in Kiev. Prime Minister Justin Trudeau promised to impose sanctions on Russia.",
    });
    const closed = coded.events.find((e) => e.cameo.startsWith("16"));
    expect(closed?.location?.name).toBe("Kyiv");
    const threat = coded.events.find((e) => e.cameo.startsWith("13"));
    expect(threat?.location?.name).toBe("Ottawa");
    for (const e of coded.events) expect(e.location?.name).not.toBe("Ukraine");
  });
});
