import { describe, expect, it } from "vitest";
import { analyze, findVerb, slice } from "../../test/support/analyze.js";

describe("verb groups", () => {
  it.each([
    // text, group, lemma, tense, voice, negated, modal, perfect, progressive
    [
      "Soldiers have been temporarily relocated to Europe.",
      "have been temporarily relocated",
      "relocate",
      "present",
      "passive",
      false,
      null,
      true,
      false,
    ],
    [
      "The army is moving troops from Ukraine.",
      "is moving",
      "move",
      "present",
      "active",
      false,
      null,
      false,
      true,
    ],
    [
      "Russia has mobilized 100,000 troops.",
      "has mobilized",
      "mobilize",
      "present",
      "active",
      false,
      null,
      true,
      false,
    ],
    [
      "The department does not reveal where they went.",
      "does not reveal",
      "reveal",
      "present",
      "active",
      true,
      null,
      false,
      false,
    ],
    [
      "Talks could not resolve the conflict.",
      "could not resolve",
      "resolve",
      "present",
      "active",
      true,
      "could",
      false,
      false,
    ],
    [
      "Trudeau sought to reassure Zelensky.",
      "sought",
      "seek",
      "past",
      "active",
      false,
      null,
      false,
      false,
    ],
    [
      "The building was demolished by a protester.",
      "was demolished",
      "demolish",
      "past",
      "passive",
      false,
      null,
      false,
      false,
    ],
    [
      "Rebels said they will release a physician.",
      "will release",
      "release",
      "future",
      "active",
      false,
      null,
      false,
      false,
    ],
    [
      "Russia wasn't going to withdraw its troops.",
      "wasn't going to withdraw",
      "withdraw",
      "future",
      "active",
      true,
      null,
      false,
      false,
    ],
    [
      "Moscow may never recognise the vote.",
      "may never recognise",
      "recognize",
      "present",
      "active",
      true,
      "may",
      false,
      false,
    ],
    ["The city was hit by shells.", "was hit", "hit", "past", "passive", false, null, false, false],
  ] as const)(
    "reads %s",
    (text, group, lemma, tense, voice, negated, modal, perfect, progressive) => {
      const doc = analyze(text);
      const g = findVerb(doc, group);
      expect({
        lemma: g.lemma,
        tense: g.tense,
        voice: g.voice,
        negated: g.negation !== null,
        modal: g.modal,
        perfect: g.perfect,
        progressive: g.progressive,
      }).toEqual({ lemma, tense, voice, negated, modal, perfect, progressive });
    },
  );

  it("gives a bare participle coordinated with a passive verb the passive voice", () => {
    const doc = analyze("A suspected militant was tortured and killed in a secret prison.");
    expect(findVerb(doc, "killed").voice).toBe("passive");
    // With an object of its own the participle is an active past form.
    const active = analyze("The police were attacked and killed two men.");
    expect(findVerb(active, "killed").voice).toBe("active");
  });

  it("links infinitive and gerund complements to the verb that governs them", () => {
    const doc = analyze("Canadian leaders had once again promised to impose economic sanctions.");
    const promised = findVerb(doc, "had once again promised");
    const impose = findVerb(doc, "to impose");
    expect(impose.nonFinite).toBe(true);
    expect(promised.complement).toBe(impose.index);

    const willing = analyze("Pakistan is willing to withdraw its troops from Kashmir.");
    expect(findVerb(willing, "is").complement).toBe(findVerb(willing, "to withdraw").index);

    const denies = analyze("Russia denies not wanting a war.");
    const wanting = findVerb(denies, "not wanting");
    expect(wanting.negation).not.toBeNull();
    expect(findVerb(denies, "denies").complement).toBe(wanting.index);
    expect(findVerb(denies, "denies").negation).toBeNull();
  });

  it("repairs a speech verb and a gerund the tagger reads as nouns", () => {
    const doc = analyze("Defense Minister Anita Anand states that Canada is committed.");
    expect(findVerb(doc, "states").lemma).toBe("state");
    const warning = analyze("NATO leaders began warning of the conflict.");
    expect(findVerb(warning, "began").complement).toBe(findVerb(warning, "warning").index);
  });

  it("records a particle and skips participles used as prepositions", () => {
    const doc = analyze("Troops pulled back, including Canadian units.");
    const pulled = findVerb(doc, "pulled");
    expect(
      slice(doc, {
        start: doc.tokens.start[pulled.particle as number] as number,
        end: doc.tokens.end[pulled.particle as number] as number,
      }),
    ).toBe("back");
    expect(doc.verbGroups.map((g) => g.lemma)).toEqual(["pull"]);
  });
});
