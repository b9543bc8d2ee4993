import { describe, expect, it } from "vitest";
import { analyze, findVerb } from "../../test/support/analyze.js";
import { POS } from "./pos.js";

/** The part of speech the pipeline gives the first token spelled `word`. */
function tagOf(text: string, word: string): number {
  const doc = analyze(text);
  for (let i = 0; i < doc.tokens.length; i++)
    if (doc.text.slice(doc.tokens.start[i], doc.tokens.end[i]) === word)
      return doc.tokens.pos[i] as number;
  throw new Error(`no token "${word}" in "${text}"`);
}

describe("part-of-speech repairs", () => {
  it("reads a participle after a preposition or a number as a modifier", () => {
    expect(tagOf("The envoy met with exiled writers from Belarus.", "exiled")).toBe(POS.ADJ);
    expect(tagOf("Medics said two exiled writers were detained.", "exiled")).toBe(POS.ADJ);
  });

  it("reads a word after a modal as a verb", () => {
    const doc = analyze("Kenya said it would free 40 prisoners.");
    expect(findVerb(doc, "would free")?.lemma).toBe("free");
  });

  it("reads a compass point after a determiner and before 'of' as a noun", () => {
    expect(tagOf("Fighting spread in the east of the country.", "east")).toBe(POS.NOUN);
  });

  it("reads '-ing' words of degree before a noun as modifiers, and a past form before a name as a verb", () => {
    expect(tagOf("The minister faces growing criticism.", "growing")).toBe(POS.ADJ);
    const doc = analyze("The European Union pressured Serbia.");
    expect(findVerb(doc, "pressured").lemma).toBe("pressure");
  });

  it("reads a word for people that ends its phrase as a noun, and leaves one before a noun alone", () => {
    expect(tagOf("The military said it had shot down a drone.", "military")).toBe(POS.NOUN);
    expect(tagOf("The EU's foreign policy chief met the envoy.", "chief")).toBe(POS.NOUN);
    expect(tagOf("NATO's secretary general met the envoy.", "general")).toBe(POS.NOUN);
    expect(tagOf("The military operation ended.", "military")).toBe(POS.ADJ);
    expect(tagOf("They sought a military and political solution.", "military")).toBe(POS.ADJ);
  });

  it("reads an '-ing' word after 'be' and before an object as the progressive verb", () => {
    expect(tagOf("Russian warplanes are striking Daesh positions.", "striking")).toBe(POS.VERB);
    expect(tagOf("Gunmen carried out apparently coordinated attacks.", "coordinated")).toBe(
      POS.ADJ,
    );
  });

  it("reads a preposition inside a hyphenated word as a modifier", () => {
    expect(tagOf("The Taliban carried out near-daily attacks.", "near")).toBe(POS.ADJ);
    expect(tagOf("Troops carried out house-to-house searches.", "to")).toBe(POS.ADJ);
    expect(tagOf("The talks near Geneva ended.", "near")).toBe(POS.ADP);
  });

  it("reads a past form after 'being' as the passive verb", () => {
    const doc = analyze("Obama is being pressured by Congress to help Iran.");
    expect(findVerb(doc, "is being pressured")).toMatchObject({
      lemma: "pressure",
      voice: "passive",
    });
    expect(tagOf("The prisoners were being tortured.", "tortured")).toBe(POS.VERB);
    expect(tagOf("He is being careful.", "careful")).toBe(POS.ADJ);
  });

  it("reads a headline's bare verb after a plural subject as the verb", () => {
    expect(tagOf("Syrian forces clash with rioters in the square", "clash")).toBe(POS.VERB);
    expect(tagOf("Syrian forces clash with rioters in the square", "forces")).toBe(POS.NOUN);
  });

  it("reads a base form between an article and a noun as a noun", () => {
    expect(tagOf("The rebels will not release the kidnap victims.", "kidnap")).toBe(POS.NOUN);
  });

  it("reads a headline's verb of calling after its opening names as a verb", () => {
    expect(tagOf("China and Russia call on US to lift sanctions.", "call")).toBe(POS.VERB);
    expect(tagOf("UN Leaders appeal for calm in Yemen.", "appeal")).toBe(POS.VERB);
    expect(tagOf("Russia's call for talks was rejected.", "call")).toBe(POS.NOUN);
  });

  it("reads an '-s' form after a relative pronoun and before an object as a verb", () => {
    expect(tagOf("The monitor, a group that tracks the war, said so.", "tracks")).toBe(POS.VERB);
  });
});
