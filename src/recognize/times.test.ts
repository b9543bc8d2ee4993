import { describe, expect, it } from "vitest";
import type { Doc } from "../model/doc.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { TEXT_STAGES } from "../text/analyze.js";
import { recognizeTimes } from "./times.js";

const pipeline = createPipeline(TEXT_STAGES);

function analyze(text: string, date: string | null = "2022-02-16"): Doc {
  const doc = pipeline.run({ id: "t", text, ...(date !== null && { date }) });
  recognizeTimes(doc);
  return doc;
}

/** "text=value/grain" for each time expression. */
function times(text: string, date?: string | null): string[] {
  const doc = analyze(text, date);
  return doc.times.map((t) => `${doc.text.slice(t.start, t.end)}=${t.value}/${t.grain}`);
}

// 2022-02-16 is a Wednesday.
describe("weekdays take their direction from the tense", () => {
  it("goes back in a past-tense clause and ahead in a future one", () => {
    expect(times("On Saturday, Trudeau spoke with Zelensky.")).toEqual([
      "On Saturday=2022-02-12/day",
    ]);
    expect(times("Trudeau will speak with Zelensky on Saturday.")).toEqual([
      "on Saturday=2022-02-19/day",
    ]);
    expect(times("The leaders have met on Monday.")).toEqual(["on Monday=2022-02-14/day"]);
    expect(times("The leaders are meeting on Monday.")).toEqual(["on Monday=2022-02-21/day"]);
  });

  it("counts the article's own weekday as today when looking back, next week when ahead", () => {
    expect(times("Talks ended on Wednesday.")).toEqual(["on Wednesday=2022-02-16/day"]);
    expect(times("Talks will end on Wednesday.")).toEqual(["on Wednesday=2022-02-23/day"]);
  });

  it("reads an infinitive's direction from the verb that governs it", () => {
    expect(times("Trudeau sought to reassure Zelensky on Saturday.")).toEqual([
      "on Saturday=2022-02-12/day",
    ]);
    expect(times("Scholz plans to visit Moscow on Tuesday.")).toEqual([
      "on Tuesday=2022-02-22/day",
    ]);
  });

  it("takes the nearest day when the present tense says nothing", () => {
    expect(times("Macron meets Putin on Monday.")).toEqual(["on Monday=2022-02-14/day"]);
  });

  it("keeps 'Wednesday night' a day and 'last Saturday' the one before", () => {
    expect(times("Shelling resumed on Sunday night.")).toEqual(["on Sunday night=2022-02-13/day"]);
    expect(times("The talks collapsed last Saturday.")).toEqual(["last Saturday=2022-02-12/day"]);
  });
});

describe("days and months without a year", () => {
  it("picks the year the tense points to", () => {
    expect(times("Talks were held on Jan. 26.")).toEqual(["Jan. 26=2022-01-26/day"]);
    expect(times("Talks will resume on Jan. 10.")).toEqual(["Jan. 10=2023-01-10/day"]);
    expect(times("The drills ended in March.")).toEqual(["March=2021-03-01/month"]);
    expect(times("The drills will end in March.")).toEqual(["March=2022-03-01/month"]);
  });

  it("keeps stated years and full dates as they are", () => {
    expect(times("Crimea was annexed on 18 March 2014.")).toEqual([
      "on 18 March 2014=2014-03-18/day",
    ]);
    expect(times("Russia annexed Crimea in 2014.")).toEqual(["in 2014=2014-01-01/year"]);
    expect(times("Fighting has continued since early 2014.")).toEqual([
      "since early 2014=2014-01-01/year",
    ]);
  });
});

describe("relative expressions and grains", () => {
  it("resolves them against the article date with the grain they name", () => {
    expect(times("Last week, the talks failed.")).toEqual(["Last week=2022-02-07/week"]);
    expect(times("Troops arrived earlier this month.")).toEqual([
      "earlier this month=2022-02-01/month",
    ]);
    expect(times("Exports fell this year.")).toEqual(["this year=2022-01-01/year"]);
    expect(times("Exports fell last year.")).toEqual(["last year=2021-01-01/year"]);
    expect(times("The embassy closed yesterday.")).toEqual(["yesterday=2022-02-15/day"]);
    expect(times("The embassy closed three days ago.")).toEqual(["three days ago=2022-02-13/day"]);
    expect(times("The ministers met two weeks ago.")).toEqual(["two weeks ago=2022-01-31/week"]);
    expect(times("Talks resume next month.")).toEqual(["next month=2022-03-01/month"]);
    expect(times("Phone links were restored this week.")).toEqual(["this week=2022-02-14/week"]);
    expect(times("More aid is due later this week.")).toEqual(["later this week=2022-02-14/week"]);
  });
});

describe("what counts from another event", () => {
  it("dates 'the day after <clause>' from its own clause and the clause it introduces back", () => {
    const doc = analyze(
      "The announcement came the day after Canada closed its embassy in Kyiv.",
      "2022-02-13",
    );
    const [t] = doc.times;
    expect(doc.text.slice(t?.start, t?.end)).toBe("the day after");
    expect(t?.value).toBe("2022-02-13");
    expect(t?.related?.value).toBe("2022-02-12");
    const closed = doc.clauses[t?.related?.clause ?? -1];
    expect(doc.text.slice(closed?.start, closed?.end)).toMatch(/^after Canada closed/);
  });

  it("counts from the introduced clause's own date when it has one", () => {
    expect(
      times("Canada spoke the day after Russia began drills on Thursday.", "2022-02-13"),
    ).toEqual(["the day after=2022-02-11/day", "on Thursday=2022-02-10/day"]);
  });

  it("counts 'the next day' and 'two days later' from the last date before them", () => {
    expect(
      times(
        "Russia began drills on Thursday. The next day, troops moved. Two days later they left.",
      ),
    ).toEqual([
      "on Thursday=2022-02-10/day",
      "The next day=2022-02-11/day",
      "Two days later=2022-02-13/day",
    ]);
    expect(times("A day earlier, the embassy had closed.")).toEqual([
      "A day earlier=2022-02-15/day",
    ]);
    expect(times("The following week, talks resumed.", "2022-02-16")).toEqual([
      "The following week=2022-02-21/week",
    ]);
  });
});

describe("more that counts from another event", () => {
  it("reads 'the same day', 'later that day' and 'hours later' as the day of the date before", () => {
    expect(
      times(
        "The embassy closed on Saturday. Later that day, staff left. Lviv opened the same day.",
      ),
    ).toEqual([
      "on Saturday=2022-02-12/day",
      "Later that day=2022-02-12/day",
      "the same day=2022-02-12/day",
    ]);
    expect(times("Putin spoke on Monday. Hours later, he signed the decree.")).toEqual([
      "on Monday=2022-02-14/day",
      "Hours later=2022-02-14/day",
    ]);
  });

  it("reads 'earlier in the day' as the news day, the article's", () => {
    expect(times("Scholz visited Kyiv on Monday. Earlier in the day, the Duma voted.")).toEqual([
      "on Monday=2022-02-14/day",
      "Earlier in the day=2022-02-16/day",
    ]);
  });

  it("counts only from day-precise dates, and in a past clause not from dates ahead", () => {
    expect(times("Martial law has been in force since 2014. The day before, troops left.")).toEqual(
      ["since 2014=2014-01-01/year", "The day before=2022-02-15/day"],
    );
    expect(
      times("Services will stop from Sunday. Joly spoke in a statement released the same day."),
    ).toEqual(["Sunday=2022-02-20/day", "the same day=2022-02-16/day"]);
  });

  it("dates its own clause when it counts from a noun phrase", () => {
    expect(times("The aid arrived on Thursday, five days after a volcanic eruption.")).toEqual([
      "on Thursday=2022-02-10/day",
      "five days after=2022-02-10/day",
    ]);
  });

  it("tells 'next week' (from the article) from 'the next week' (from the event before)", () => {
    expect(times("Russia replied on Monday. Talks resume next week.")).toEqual([
      "on Monday=2022-02-14/day",
      "next week=2022-02-21/week",
    ]);
    expect(times("Russia replied on Monday. The next week, talks resumed.")).toEqual([
      "on Monday=2022-02-14/day",
      "The next week=2022-02-21/week",
    ]);
  });

  it("looks ahead for what was planned or is due, whatever the tense", () => {
    expect(times("Blinken cancelled a meeting planned for Thursday.")).toEqual([
      "Thursday=2022-02-17/day",
    ]);
    expect(times("The ships were expected to arrive on Friday.")).toEqual([
      "on Friday=2022-02-18/day",
    ]);
  });
});

describe("what is not a date", () => {
  it("ignores modals, verbs, counts, clock times, fractions and durations", () => {
    expect(times("Russia may 2 attack, and they march 2 km.")).toEqual([]);
    expect(times("The second round began at 5 p.m. and lasted 2 hours.")).toEqual([]);
    expect(times("Now the troops are in place; 3/4 of them stay 24/7.")).toEqual([]);
    expect(times("The war has lasted for two years.")).toEqual([]);
    expect(times("The clashes came after 2000 people gathered.")).toEqual([]);
    expect(times("Theresa May spoke with Boris Johnson.")).toEqual([]);
    expect(times("The two envoys sat at a long table.")).toEqual([]);
    expect(times("It was the first visit in six years, after about 90 minutes of talks.")).toEqual(
      [],
    );
    expect(times("It was the worst crisis in the last 30 years.")).toEqual([]);
  });

  it("keeps month names that are capitalised", () => {
    expect(times("Protests began in May.")).toEqual(["May=2021-05-01/month"]);
  });

  it("resolves nothing against the day the program runs when there is no article date", () => {
    expect(times("On Saturday, talks failed. In 2014, Russia annexed Crimea.", null)).toEqual([
      "In 2014=2014-01-01/year",
    ]);
  });

  it("keeps spans exact and inside their sentence", () => {
    const doc = analyze("On Saturday, Trudeau called Zelensky. He called again on Monday.");
    for (const t of doc.times) {
      expect(doc.text.slice(t.start, t.end)).toMatch(/^(On Saturday|on Monday)$/);
      const sentence = doc.sentences[t.sentence];
      expect(t.start >= (sentence?.start ?? 0) && t.end <= (sentence?.end ?? 0)).toBe(true);
    }
  });
});
