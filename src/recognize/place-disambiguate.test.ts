import { describe, expect, it } from "vitest";
import { namesakeGazetteer } from "../../test/support/namesake-gazetteer.js";
import { createCoder } from "../coder.js";

const coder = await createCoder({ gazetteer: namesakeGazetteer(), defaultDate: "2021-05-04" });

/** "text=name/country/admin1" for each place found. */
function places(text: string): string[] {
  return coder.code({ text }).places.map((p) => `${p.text}=${p.name}/${p.country}/${p.admin1}`);
}

describe("one sense per discourse", () => {
  it("gives every mention of a name the place its qualified mention names", () => {
    expect(
      places(
        "The farmer sold his first crop in Paris, Texas, nine years ago. Paris has since become his home.",
      ).filter((p) => p.startsWith("Paris")),
    ).toEqual(["Paris=Paris/USA/TX", "Paris=Paris/USA/TX"]);
  });

  it("lets the dateline's qualifier settle the name further down", () => {
    expect(
      places("LONDON, Ky. — London police arrested two men on Friday.").filter((p) =>
        /^london=/i.test(p),
      ),
    ).toEqual(["LONDON=London/USA/KY", "London=London/USA/KY"]);
  });
});

describe("qualifiers", () => {
  it("puts a town the gazetteer lacks in its qualifier's division, everywhere it is named", () => {
    expect(
      places(
        "OXFORD, Ky. — A barn burned down on Friday. Oxford firefighters were called at 2 a.m.",
      ),
    ).toEqual(["OXFORD=Kentucky/USA/KY", "Ky.=Kentucky/USA/KY", "Oxford=Kentucky/USA/KY"]);
  });

  it("places a town it does not list only where the name is used as a place", () => {
    expect(places("According to Oxford, Kentucky will lose money.")[0]).toMatch(/^Oxford=Oxford\//);
  });

  it("does not read a list of places as a name and its qualifier", () => {
    // Texas is one of a list here, so Oxford stays a town called Oxford.
    expect(places("The tour went to Oxford, Texas and Florida.")[0]).toMatch(/^Oxford=Oxford\//);
  });
});

describe("the article's country and divisions", () => {
  it("reads London in a story about Ontario as London, Ontario", () => {
    expect(
      places(
        "Ontario's health minister toured a clinic in London on Monday. Ontario will pay for two more nurses there.",
      ),
    ).toContain("London=London/CAN/08");
  });

  it("reads Paris in a Kentucky story as the town near Lexington", () => {
    expect(
      places(
        "Kentucky State Police said the crash happened just outside Paris. Troopers from Lexington closed the road for hours.",
      ),
    ).toEqual(["Kentucky=Kentucky/USA/KY", "Paris=Paris/USA/KY", "Lexington=Lexington/USA/KY"]);
  });

  it("still reads Paris alone as the French capital", () => {
    expect(places("She spent a week in Paris before flying home.")).toEqual(["Paris=Paris/FRA/11"]);
  });

  it("counts the dateline's country only as far as the article is about it", () => {
    expect(
      places(
        "WASHINGTON — Diplomats from Russia, Ukraine, France, Germany, Poland and Britain met in Geneva on Monday.",
      ),
    ).toContain("Geneva=Genève/CHE/GE");
  });

  it("prefers the capital of a country the article names", () => {
    const found = places(
      "The British prime minister spoke in London and Oxford about the United States. Washington has not answered, British officials said.",
    );
    expect(found).toContain("Washington=Washington/USA/DC");
  });
});

describe("names read together", () => {
  it("pulls two ambiguous names towards readings that lie close together", () => {
    const found = places(
      "Pupils from a primary school in Edmonton planted a garden. Enfield council paid for the trees.",
    );
    expect(found).toContain("Edmonton=Edmonton/GBR/ENG");
    expect(found).toContain("Enfield=Enfield Town/GBR/ENG");
  });

  it("keeps the big city when nothing near a small namesake is named", () => {
    expect(places("The team flew to Edmonton for the final.")).toEqual([
      "Edmonton=Edmonton/CAN/01",
    ]);
  });
});

describe("names inside longer phrases", () => {
  it("finds the state in a state's police, a senator's title and after 'of'", () => {
    expect(places("Texas Senator Ted Cruz spoke on Monday.")).toContain("Texas=Texas/USA/TX");
    expect(places("The Vice President spoke in Texas on Monday.")).toEqual(["Texas=Texas/USA/TX"]);
    expect(places("That is how Judy Law of Oxford, North Carolina, put it.")).toEqual([
      "Oxford=Oxford/USA/NC",
      "North Carolina=North Carolina/USA/NC",
    ]);
  });

  it("takes a name the article uses as a place for that place inside longer names too", () => {
    expect(places("She trains in Red Deer. The Red Deer Skating Club named her its star.")).toEqual(
      ["Red Deer=Red Deer/CAN/01", "Red Deer=Red Deer/CAN/01"],
    );
  });

  it("does not let a sentence's opening article hide the name after it", () => {
    expect(places("An Enfield mason was charged on Monday.")).toEqual([
      expect.stringMatching(/^Enfield=/),
    ]);
  });

  it("takes a dateline in capitals for a place, however small", () => {
    expect(places("BANTAM — A mason was arraigned in Bantam Superior Court on Tuesday.")).toEqual([
      "BANTAM=Bantam/USA/CT",
      "Bantam=Bantam/USA/CT",
    ]);
  });

  it("takes a word mostly used otherwise for a place after 'in' and before a qualifier", () => {
    expect(places("She was superintendent of schools in Price, Utah.")[0]).toBe(
      "Price=Price/USA/UT",
    );
    expect(places("The price rose. Price said nothing.")).toEqual([]);
  });

  it("does not take the seat of a government for a town", () => {
    expect(places("The White House said the talks would go on.")).toEqual([]);
  });

  it("places a county at a town of its state the article names near it", () => {
    const coded = coder.code({
      text: "A barn outside Lexington burned down on Friday. Fayette County firefighters fought the blaze for hours.",
    });
    const county = coded.places.find((p) => p.text === "Fayette County");
    expect(county).toMatchObject({ name: "Fayette County", country: "USA", admin1: "KY" });
    expect(county?.lat).toBeCloseTo(37.99, 1);
    expect(county?.lon).toBeCloseTo(-84.48, 1);
  });

  it("places a county at the centre of the state named before it in its sentence", () => {
    expect(
      places(
        "Illinois deputies, working with Illinois prosecutors, searched six Iowa farms, including one in Dallas County.",
      ),
    ).toContain("Dallas County=Iowa/USA/IA");
  });
});
