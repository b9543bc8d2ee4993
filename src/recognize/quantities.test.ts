import { describe, expect, it } from "vitest";
import { createPipeline } from "../pipeline/pipeline.js";
import { TEXT_STAGES } from "../text/analyze.js";
import { recognizeQuantities } from "./quantities.js";
import { recognizeTimes } from "./times.js";

const pipeline = createPipeline(TEXT_STAGES);

function analyze(text: string) {
  const doc = pipeline.run({ id: "q", text, date: "2022-02-13" });
  recognizeTimes(doc);
  recognizeQuantities(doc);
  return doc;
}

/** "text: role value [min,max]~" for each quantity (~ when approximate). */
function quantities(text: string): string[] {
  const doc = analyze(text);
  return doc.quantities.map(
    (q) =>
      `${doc.text.slice(q.start, q.end)}: ${q.role} ${q.value} [${q.min},${q.max}]${q.approximate ? "~" : ""}`,
  );
}

describe("numbers", () => {
  it("reads digits, scales and number words", () => {
    expect(quantities("Russia has massed 100,000 troops.")).toEqual([
      "100,000 troops: troops 100000 [100000,100000]",
    ]);
    expect(quantities("Some 1.5 million refugees left.")).toEqual([
      "Some 1.5 million refugees: displaced 1500000 [null,null]~",
    ]);
    expect(quantities("Twenty-five people and two dozen protesters marched.")).toEqual([
      "Twenty-five people: protesters 25 [25,25]",
      "two dozen protesters: protesters 24 [24,24]",
    ]);
    expect(quantities("A dozen hostages were freed. Three soldiers were injured.")).toEqual([
      "A dozen hostages: hostages 12 [12,12]",
      "Three soldiers: injured 3 [3,3]",
    ]);
  });

  it("reads vague amounts as ranges (a plural of p over scale s spans 2ps to 10ps - 1)", () => {
    expect(quantities("Police arrested hundreds of protesters.")).toEqual([
      "hundreds of protesters: arrested 200 [200,999]~",
    ]);
    expect(quantities("Tens of thousands of people fled.")).toEqual([
      "Tens of thousands of people: displaced 20000 [20000,99999]~",
    ]);
    expect(quantities("Dozens of soldiers were killed.")).toEqual([
      "Dozens of soldiers: dead 24 [24,119]~",
    ]);
    expect(quantities("Several hundred people rallied.")).toEqual([
      "Several hundred people: protesters 300 [300,900]~",
    ]);
  });

  it("bounds numbers by their qualifiers", () => {
    expect(quantities("More than 1,000 protesters gathered.")).toEqual([
      "More than 1,000 protesters: protesters 1000 [1001,null]",
    ]);
    expect(quantities("At least 12 people were killed.")).toEqual([
      "At least 12 people: dead 12 [12,null]",
    ]);
    expect(quantities("About 100 people died.")).toEqual([
      "About 100 people: dead 100 [null,null]~",
    ]);
    expect(quantities("Up to 200 soldiers will stay.")).toEqual([
      "Up to 200 soldiers: troops 200 [null,200]",
    ]);
    expect(quantities("Between 10 and 20 troops and 30-40 soldiers left.")).toEqual([
      "Between 10 and 20 troops: troops 10 [10,20]",
      "30-40 soldiers: troops 30 [30,40]",
    ]);
  });

  it("reads money with its currency", () => {
    const doc = analyze(
      "Canada pledged C$ 50 million, the US around $400 million and the EU €2 billion.",
    );
    expect(doc.quantities.map((q) => [doc.text.slice(q.start, q.end), q.unit, q.value])).toEqual([
      ["C$ 50 million", "CAD", 50_000_000],
      ["around $400 million", "USD", 400_000_000],
      ["€2 billion", "EUR", 2_000_000_000],
    ]);
    expect(doc.quantities.every((q) => q.role === "money")).toBe(true);
    expect(quantities("Russia lost 400m rubles and $1.5bn.")).toEqual([
      "400m rubles: money 400000000 [400000000,400000000]",
      "$1.5bn: money 1500000000 [1500000000,1500000000]",
    ]);
  });

  it("leaves ages, percentages, ordinals, dates, years and numbered things alone", () => {
    expect(
      quantities(
        "A 37-year-old man won 20% of the vote in the 2nd round on Feb. 24 in 2014, in the 2022 budget, one of the most, on Flight 752 and No. 2, and the two countries.",
      ),
    ).toEqual([]);
  });
});

describe("roles", () => {
  it("takes the role of an outcome verb over the person noun's own", () => {
    expect(quantities("The strike killed 12 soldiers, wounding 30.")).toEqual([
      "12 soldiers: dead 12 [12,12]",
      "30: injured 30 [30,30]",
    ]);
    expect(quantities("12 people were killed and 30 wounded.")).toEqual([
      "12 people: dead 12 [12,12]",
      "30 wounded: injured 30 [30,30]",
    ]);
    expect(quantities("The fighting left five dead and dozens injured.")).toEqual([
      "five dead: dead 5 [5,5]",
      "dozens injured: injured 24 [24,119]~",
    ]);
    expect(quantities("Police detained 18 people. Gunmen kidnapped 40 students.")).toEqual([
      "18 people: arrested 18 [18,18]",
      "40 students: hostages 40 [40,40]",
    ]);
  });

  it("finds the verb after the counted phrase when the clause split misses it", () => {
    expect(
      quantities("The ministry said 18 members of the security forces had been killed."),
    ).toEqual(["18 members: dead 18 [18,18]"]);
    expect(quantities("Officials said eight police and two guards have been killed.")).toEqual([
      "eight police: dead 8 [8,8]",
      "two guards: dead 2 [2,2]",
    ]);
  });

  it("lets an active subject take the role only for verbs whose subject undergoes it", () => {
    expect(quantities("200 people died.")).toEqual(["200 people: dead 200 [200,200]"]);
    expect(quantities("200 soldiers attacked the town.")).toEqual([
      "200 soldiers: troops 200 [200,200]",
    ]);
    expect(quantities("Russia deployed 3,000 to Belarus.")).toEqual([
      "3,000: troops 3000 [3000,3000]",
    ]);
  });

  it("attaches each quantity to the clause it is an argument of", () => {
    const doc = analyze("Russia massed 100,000 troops and demanded guarantees.");
    const [q] = doc.quantities;
    const clause = doc.clauses[q?.clause ?? -1];
    expect(doc.verbGroups[clause?.verb ?? -1]?.lemma).toBe("mass");
  });
});
