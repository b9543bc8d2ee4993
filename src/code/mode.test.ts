import { describe, expect, it } from "vitest";
import { describeEvents } from "../../test/support/events.js";
import { createCoder } from "../coder.js";

const coder = await createCoder();
const events = (text: string, date = "2022-02-13") => describeEvents(coder.analyze({ text, date }));

describe("event modes", () => {
  it("asserts what happened", () => {
    expect(events("Russia attacked Ukraine.")).toEqual(["RUS 190 UKR"]);
  });

  it("negates what did not happen or is denied", () => {
    expect(events("Russia did not attack Ukraine.")).toEqual(["RUS 190 UKR negated"]);
    expect(events("Russia denied attacking Ukraine.")).toEqual(["RUS 190 UKR negated"]);
  });

  it("codes a refusal to act as the rejection CAMEO names (12x), asserted", () => {
    expect(events("Russia refused to withdraw its troops from Ukraine.")).toEqual(["RUS 1246 UKR"]);
    expect(events("Russia refused to attack Ukraine.")).toEqual(["RUS 190 UKR negated"]);
  });

  it("keeps hypotheses hypothetical", () => {
    expect(events("Russia could attack Ukraine.")).toEqual(["RUS 190 UKR hypothetical"]);
    expect(events("Canada will impose sanctions on Russia if Russia attacks Ukraine.")).toEqual([
      "CAN 1312 RUS intended",
      "RUS 190 UKR hypothetical",
    ]);
  });

  it("recodes intentions: cooperation as 03x, conflict as a threat 13x", () => {
    expect(events("Canadian leaders promised to impose economic sanctions on Russia.")).toEqual([
      "CAN 1312 RUS intended",
    ]);
    expect(events("Pakistan is willing to withdraw its troops from India.")).toEqual([
      "PAK 0356 IND intended",
    ]);
    expect(events("Russia threatened to attack Ukraine.")).toEqual(["RUS 1384 UKR intended"]);
    // "determined" read as a passive participle is still an adjective of intention.
    expect(events("Canada said it was still determined to restore ties with Ukraine.")).toEqual([
      "CAN 032 UKR intended",
    ]);
  });

  it("recodes demands and appeals, with the demander as source and the addressee as target", () => {
    expect(events("Britain urged Russia to withdraw its troops from Ukraine.")).toEqual([
      "GBR 0256 RUS demanded",
    ]);
    expect(events("France urged Russia not to attack Ukraine.")).toEqual(["FRA 0256 RUS demanded"]);
    expect(events("Obama wants Putin to attack Switzerland.", "2016-01-10")).toEqual([
      "USAGOV 0212 RUSGOV demanded",
    ]);
    expect(events("Ukraine demanded that Russia withdraw its troops.")).toEqual([
      "UKR 1056 RUS demanded",
    ]);
  });

  it("gives a passive demand to its 'by' agent, addressed to its subject", () => {
    expect(events("Russia was urged by France to withdraw its troops.")).toEqual([
      "FRA 0256 RUS demanded",
    ]);
  });

  it("gives a demand that is itself only urged to the one who urges it", () => {
    // France has not pressured anyone: Iran appeals to France for the easing of sanctions.
    expect(events("Iran urged France to pressure the United States to lift sanctions.")).toEqual([
      "IRN 0254 FRA demanded",
    ]);
  });

  it("marks what a speaker reports, and codes no statement event for plain saying", () => {
    expect(events("Russia attacked Ukraine, officials said.")).toEqual(["RUS 190 UKR reported"]);
    expect(events("Officials said the talks resumed in Geneva.")).not.toContainEqual(
      expect.stringMatching(/ 010 /),
    );
  });

  it("codes a report of another's violent act as the speaker's accusation too", () => {
    expect(events("Ukrainian officials said Russia attacked Ukraine.")).toEqual([
      "RUS 190 UKR reported",
      "UKRGOV 112 RUS",
    ]);
    expect(
      events("Ukrainian officials said Ukrainian forces attacked the rebels."),
    ).not.toContainEqual(expect.stringMatching(/ 112 /));
  });

  it("takes no accusation from journalists or medics who report an attack", () => {
    expect(events("Kenyan state media reported that rebels attacked the army.")).toEqual([
      "---REB 190 KENMIL reported",
    ]);
    expect(events("Medics said Russian troops shelled Kharkiv.")).toEqual([
      "RUSMIL 194 - reported",
    ]);
    expect(events("Ukrainian officials said Russian troops shelled Kharkiv.")).toContainEqual(
      "UKRGOV 112 RUSMIL",
    );
  });

  it("codes a future refusal of a concession as a rejection, and a reported obligation as a demand", () => {
    expect(events("Protesters said they will not end the strike.")).toEqual([
      "---CVL 1242 - reported",
    ]);
    expect(events("The United States said that North Korea must withdraw its troops.")).toEqual([
      "USA 1056 PRK demanded",
    ]);
  });

  it("codes a claim of one's own hostile act as a claim of responsibility, of another's as an accusation", () => {
    expect(events("Rebels claimed that they had attacked the army.")).toEqual([
      "---REB 015 ---MIL",
    ]);
    expect(events("The United States claimed that Russia had attacked Ukraine.")).toEqual([
      "USA 112 RUS",
    ]);
    // A second act of the same subject, coordinated with the first, is part of the same claim.
    expect(
      events("Kenya claimed that al-Shabaab had attacked a village and seized a police post."),
    ).toEqual(["KEN 112 SOMREBSHB"]);
  });

  it("codes no event from a relative clause: it is background to its phrase", () => {
    expect(events("Israel released a Hamas member jailed a year ago.")).toEqual([
      "ISR 0841 PSEREBHMS",
    ]);
  });

  it("codes no event set years before the story, but keeps 'the day after'", () => {
    expect(
      events("Canada restored ties with Ukraine five years after crowds attacked its embassy."),
    ).not.toContainEqual(expect.stringMatching(/ 19\d? /));
    expect(
      events("The announcement came the day after Canada closed its embassy in Kyiv."),
    ).toEqual(["CAN 161 UKR"]);
  });

  it("codes a scheduled act as intended and a foreseen one as hypothetical, not as done", () => {
    expect(events("Canada and Ukraine are due to meet in Geneva on Friday.")).toEqual([
      "CAN 036 UKR intended",
      "UKR 036 CAN intended",
    ]);
    expect(
      events("Justin Trudeau is expected to speak with Volodymyr Zelensky on Monday."),
    ).toEqual(["CANGOV 040 UKRGOV hypothetical"]);
    expect(events("Russia is likely to attack Ukraine.")).toEqual(["RUS 190 UKR hypothetical"]);
  });

  it("codes the 'that' clause of a noun as its content: reported, conjectured or denied", () => {
    expect(events("Kenya played down reports that Uganda had signed a deal with Rwanda.")).toEqual([
      "UGA 057 RWA reported",
    ]);
    expect(events("There are fears that Russia could attack Ukraine.")).toEqual([
      "RUS 190 UKR hypothetical",
    ]);
    expect(events("Officials found no evidence that Russia attacked Ukraine.")).toEqual([
      "RUS 190 UKR negated",
    ]);
    // A verb's own "that" clause after its object, or after "without evidence", is the verb's:
    // the rebels' claim accuses Ukraine's forces; their offensive is no one's stated intent.
    expect(
      events(
        "Rebel leaders ordered an evacuation, claiming without evidence that Ukrainian forces were about to launch an offensive.",
      ),
    ).toEqual(["---REB 112 UKRMIL"]);
    expect(events("Russia told reporters that it had attacked Ukraine.")).toEqual([
      "RUS 190 UKR reported",
    ]);
  });

  it("codes a belief about another's future act as a conjecture, not that actor's threat", () => {
    expect(events("Canadian officials feared that Russia would attack Kyiv.")).toEqual([
      "RUS 190 UKR hypothetical",
    ]);
    expect(events("Canada believes Russia is preparing to attack Ukraine.")).toEqual([
      "RUS 190 UKR hypothetical",
    ]);
    expect(events("The United States expects Russia to attack Ukraine.")).toEqual([
      "RUS 190 UKR hypothetical",
    ]);
    // Expecting to act oneself is an intention; a belief about a past act stays a reported claim.
    expect(events("Kenya expects to sign a trade deal with Ethiopia.")).toEqual([
      "KEN 032 ETH intended",
    ]);
    expect(events("Ukraine believes Russian troops shelled Kharkiv.")).toContainEqual(
      "RUSMIL 194 - reported",
    );
  });

  it("codes 'would not comment' as a refusal made now, 'did not say how many' as nothing", () => {
    expect(events("Kenya's president would not comment on the ruling.")).toEqual(["KENGOV 011 -"]);
    expect(events("Kenya's president did not say when the troops would leave.")).toEqual([]);
  });

  it("negates what has yet to happen", () => {
    expect(events("Kenya is yet to recall its ambassador from Somalia.")).toEqual([
      "KEN 161 SOM negated",
    ]);
  });

  it("leaves an indirect yes-no question open: 'whether' is hypothetical", () => {
    expect(events("It is unclear whether Russia will attack Ukraine.")).toEqual([
      "RUS 190 UKR hypothetical",
    ]);
    expect(events("Reporters asked whether Kenya would withdraw its troops from Somalia.")).toEqual(
      ["KEN 0874 SOM hypothetical"],
    );
  });

  it("codes a prediction as no event: 'the invasion is imminent' is not an invasion", () => {
    expect(events("Russia's invasion is imminent.")).toEqual([]);
    expect(events("Canada promised sanctions in response to the invasion of Ukraine.")).toEqual([]);
  });
});
