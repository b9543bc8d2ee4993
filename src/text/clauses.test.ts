import { describe, expect, it } from "vitest";
import { analyze, chunkText, clauseOf, findClause } from "../../test/support/analyze.js";

function speakerOf(text: string, verb: string): string | null {
  const doc = analyze(text);
  const clause = findClause(doc, verb);
  return clause.attribution === null ? null : chunkText(doc, clause.attribution.speaker);
}

describe("clauses", () => {
  it("finds the subject before an appositive that holds a relative clause", () => {
    const text = "Kenya, a country that borders Somalia, closed its embassy.";
    expect(clauseOf(text, "closed")).toMatchObject({
      subject: "Kenya",
      object: "its embassy",
    });
    expect(clauseOf(text, "borders")).toMatchObject({ kind: "relative", object: "Somalia" });
  });

  it("reads a participle after an adverb as modifying the phrase before it", () => {
    const text = "Iraqi forces launched airstrikes on ISIL fighters still holding out in Mosul.";
    expect(clauseOf(text, "launched")).toMatchObject({
      subject: "Iraqi forces",
      object: "airstrikes",
    });
    expect(clauseOf(text, "still holding")).toMatchObject({
      kind: "reduced-relative",
      subject: "ISIL fighters",
    });
  });

  it("gives a speech or stance participle after a clause that clause's subject", () => {
    const recalled = "Canada recalled its ambassador, accusing Russia of lying.";
    expect(clauseOf(recalled, "accusing")).toMatchObject({
      kind: "coordinate",
      subject: "Canada",
      object: "Russia",
    });
    // A document issued speaks for its issuer; a phrase of anyone else's speaks for itself.
    const issued = "Amnesty issued a statement calling on Belarus to free the prisoners.";
    expect(clauseOf(issued, "calling")).toMatchObject({ kind: "coordinate", subject: "Amnesty" });
    const protests = "The president resigned after protests calling for his removal.";
    expect(clauseOf(protests, "calling")).not.toMatchObject({ subject: "The president" });
    const gerund = "The army arrested him for criticizing the king.";
    expect(clauseOf(gerund, "criticizing")).not.toMatchObject({ subject: "The army" });
  });

  it("reads an '-ing' participle after a prepositional object as its modifier, even first", () => {
    const text = "A suicide attack on a convoy belonging to the NATO mission killed eight people.";
    expect(clauseOf(text, "belonging")).toMatchObject({ kind: "reduced-relative" });
    expect(clauseOf(text, "killed")).toMatchObject({ subject: "A suicide attack" });
  });

  it("reads a participle with a 'by' agent after a quoted opening phrase as its modifier", () => {
    const text = '"The figures announced by the commission are void," Odinga said.';
    expect(clauseOf(text, "announced")).toMatchObject({ kind: "reduced-relative" });
    expect(clauseOf(text, "are")).toMatchObject({ subject: "The figures" });
  });

  it("steps over an aside set off by commas after the subject", () => {
    expect(
      clauseOf(
        "A rebel leader, along with dozens of fighters, surrendered to the army.",
        "surrendered",
      ),
    ).toMatchObject({ subject: "A rebel leader" });
  });

  it("walks from the country an envoy is sent to back to the envoy", () => {
    expect(
      clauseOf("Eritrea's ambassador to the African Union said Qatar must mediate.", "said"),
    ).toMatchObject({ subject: "Eritrea's ambassador" });
  });

  it("steps over a bracketed abbreviation and a time phrase after the subject", () => {
    expect(
      clauseOf("The Nigeria Labour Congress (NLC) on Tuesday called on leaders to act.", "called"),
    ).toMatchObject({ subject: "The Nigeria Labour Congress" });
  });

  it("takes the whole of a partitive as the object", () => {
    expect(
      clauseOf("Eritrea has expelled some of the peacekeepers.", "has expelled"),
    ).toMatchObject({
      object: "the peacekeepers",
    });
  });

  it("steps over a time phrase and its place after the subject, but not onto an object", () => {
    expect(
      clauseOf(
        "U.S. airstrikes this month in the area have killed dozens of fighters.",
        "have killed",
      ),
    ).toMatchObject({ subject: "U.S. airstrikes" });
    expect(
      clauseOf("NATO troops remained on alert Sunday and the embassy urged calm.", "urged"),
    ).toMatchObject({ subject: "the embassy" });
  });

  it("steps over a time phrase between the subject and its verb", () => {
    expect(clauseOf("The two navies today began a joint exercise.", "began")).toMatchObject({
      subject: "The two navies",
      object: "a joint exercise",
    });
  });

  it("reads a speech verb after the opening phrase as the predicate, not a participle", () => {
    const text = "Ukraine's military said separatists had fired mortars at villages.";
    expect(clauseOf(text, "said")).toMatchObject({ kind: "main", subject: "Ukraine's military" });
    expect(clauseOf(text, "had fired")).toMatchObject({
      kind: "complement",
      subject: "separatists",
    });
  });

  it("takes the phrase after 'and' as a new subject when the phrase before is a verb's object", () => {
    const objectFirst = "Gunmen killed a soldier and the Israeli military launched strikes.";
    expect(clauseOf(objectFirst, "killed")).toMatchObject({ object: "a soldier" });
    expect(clauseOf(objectFirst, "launched")).toMatchObject({ subject: "the Israeli military" });
    const viaPhrase = "Gunmen killed a soldier along the fence and the military launched strikes.";
    expect(clauseOf(viaPhrase, "launched")).toMatchObject({ subject: "the military" });
    // A speech verb's phrase may begin a compound subject.
    expect(clauseOf("Officials said Russia and Ukraine signed a deal.", "signed")).toMatchObject({
      subject: "Russia",
    });
  });

  it("finds subject, object and prepositional objects", () => {
    expect(
      clauseOf("Russia has mobilized 100,000 troops on the border with Ukraine.", "has mobilized"),
    ).toEqual({
      kind: "main",
      parent: null,
      subject: "Russia",
      object: "100,000 troops",
      agent: null,
      preps: ["on the border", "with Ukraine"],
    });
  });

  it("shares the subject with a coordinated verb", () => {
    const text =
      "Russia has mobilized 100,000 troops on the border and is demanding a series of concessions from the NATO military alliance, including Canada.";
    expect(clauseOf(text, "is demanding")).toMatchObject({
      kind: "coordinate",
      parent: "has mobilized",
      subject: "Russia",
      object: "a series",
      preps: ["of concessions", "from the NATO military alliance"],
    });
    const embassy =
      "Canada closed its embassy in Kiev, the capital of Ukraine, and moved its diplomatic staff to a temporary office in Lviv.";
    expect(clauseOf(embassy, "moved")).toMatchObject({
      kind: "coordinate",
      subject: "Canada",
      object: "its diplomatic staff",
    });
  });

  it("takes the passive by-agent and the patient as subject", () => {
    expect(
      clauseOf("The building was demolished by a Ukrainian protester.", "was demolished"),
    ).toMatchObject({
      subject: "The building",
      object: null,
      agent: "a Ukrainian protester",
    });
  });

  it("walks past prepositional phrases, conjuncts and appositives to the subject", () => {
    expect(
      clauseOf(
        "Diplomatic negotiations between Moscow and the West could not resolve the conflict.",
        "could not resolve",
      ).subject,
    ).toBe("Diplomatic negotiations");
    expect(
      clauseOf("Anita Anand, the defence minister, said Canada would stay.", "said").subject,
    ).toBe("Anita Anand");
    expect(
      clauseOf(
        "The movement of troops from Ukraine does not indicate the end of training missions.",
        "does not indicate",
      ).subject,
    ).toBe("The movement");
  });

  it("skips a relative clause to find the main verb's subject", () => {
    const text =
      "The Ministry of Defense says soldiers who were in Ukraine as part of their training mission have been temporarily relocated to other parts of Europe.";
    expect(clauseOf(text, "were")).toMatchObject({ kind: "relative", subject: "soldiers" });
    expect(clauseOf(text, "have been temporarily relocated")).toMatchObject({
      kind: "complement",
      parent: "says",
      subject: "soldiers",
      preps: ["to other parts", "of Europe"],
    });
    expect(clauseOf(text, "says").object).toBeNull();
  });

  it("gives non-finite complements their controller's subject", () => {
    const text =
      "Prime Minister Justin Trudeau sought to reassure Ukrainian President Volodymyr Zelensky that Canada was standing with his country.";
    expect(clauseOf(text, "to reassure")).toMatchObject({
      kind: "nonfinite",
      parent: "sought",
      subject: "Prime Minister Justin Trudeau",
      object: "Ukrainian President Volodymyr Zelensky",
    });
    expect(clauseOf(text, "was standing")).toMatchObject({
      kind: "complement",
      parent: "to reassure",
      subject: "Canada",
    });
    expect(clauseOf("Russia denies not wanting a war.", "not wanting")).toMatchObject({
      kind: "nonfinite",
      parent: "denies",
      subject: "Russia",
      object: "a war",
    });
  });

  it("marks conditional, adverbial, indirect-question and reduced relative clauses", () => {
    expect(
      clauseOf("Rebels said they will release a physician if the army withdraws.", "withdraws"),
    ).toMatchObject({
      kind: "conditional",
      parent: "will release",
      subject: "the army",
    });
    expect(clauseOf("Troops left after the embassy closed.", "closed")).toMatchObject({
      kind: "adverbial",
      subject: "the embassy",
    });
    expect(
      clauseOf("The department does not reveal where the soldiers went.", "went"),
    ).toMatchObject({
      kind: "complement",
      parent: "does not reveal",
    });
    expect(
      clauseOf(
        "It does not indicate the end of training missions aimed at strengthening forces.",
        "aimed",
      ),
    ).toMatchObject({
      kind: "reduced-relative",
      subject: "training missions",
    });
  });

  it("reads a participle after the opening phrase as its modifier when a finite verb follows", () => {
    const text = "The civilians imprisoned for acting against Moscow were released by Putin.";
    expect(clauseOf(text, "imprisoned")).toMatchObject({
      kind: "reduced-relative",
      subject: "The civilians",
    });
    expect(clauseOf(text, "were released")).toMatchObject({ kind: "main", agent: "Putin" });
    expect(clauseOf("Canada closed its embassy and was criticized.", "closed").kind).toBe("main");
  });

  it("splits coordinated clauses with their own subjects", () => {
    const text =
      "Russia denies not wanting a war, but diplomatic negotiations between Moscow and the West could not resolve the conflict, and NATO leaders began warning of the conflict in Ukraine.";
    expect(clauseOf(text, "could not resolve")).toMatchObject({
      kind: "coordinate",
      subject: "diplomatic negotiations",
      object: "the conflict",
    });
    expect(clauseOf(text, "began")).toMatchObject({ kind: "coordinate", subject: "NATO leaders" });
  });
});

describe("reported speech", () => {
  it("credits 'X said (that) S' to X", () => {
    expect(speakerOf("Rebels said they will release a physician.", "will release")).toBe("Rebels");
    expect(speakerOf("She added that the security of the army is a top priority.", "is")).toBe(
      "She",
    );
    expect(
      speakerOf(
        "Defense Minister Anita Anand states that Canada continues to be committed.",
        "continues",
      ),
    ).toBe("Defense Minister Anita Anand");
  });

  it("credits the reported content's dependent clauses too", () => {
    const text = "Rebels said they will release a physician if the army withdraws.";
    expect(speakerOf(text, "withdraws")).toBe("Rebels");
    expect(speakerOf(text, "said")).toBeNull();
  });

  it("credits 'S, X said' and 'S, said X'", () => {
    expect(
      speakerOf("The building was demolished by a protester, police said.", "was demolished"),
    ).toBe("police");
    expect(speakerOf('"We will not attack," said the spokesman.', "will not attack")).toBe(
      "the spokesman",
    );
  });

  it("credits 'according to X' to X, and a statement to its author", () => {
    const text =
      "According to a statement from the ministry, the movement of troops from Ukraine does not indicate the end of training missions.";
    expect(speakerOf(text, "does not indicate")).toBe("the ministry");
    expect(
      speakerOf("Troops crossed the border overnight, according to officials.", "crossed"),
    ).toBe("officials");
  });
});
