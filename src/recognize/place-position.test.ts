import { describe, expect, it } from "vitest";
import { miniGazetteer } from "../../test/support/mini-gazetteer.js";
import { createCoder } from "../coder.js";
import { TOPONYM_WORDS } from "../lexicon/toponym-words.js";
import { isDateline, isLocative } from "./place-position.js";

const coder = await createCoder({ gazetteer: miniGazetteer(), defaultDate: "2022-02-13" });

/** Whether the first place of the text opens a dateline, and whether it is a location. */
function firstPlace(text: string) {
  const doc = coder.analyze({ text });
  const place = doc.places[0];
  if (place === undefined) throw new Error(`no place in ${text}`);
  return {
    dateline: isDateline(doc, place),
    locative: isLocative(doc, place.firstToken, TOPONYM_WORDS),
  };
}

describe("where a place name stands", () => {
  it("finds datelines with a dash, a colon, a qualifier and a call sign, or in capitals", () => {
    expect(firstPlace("OTTAWA — Canada closed its embassy.").dateline).toBe(true);
    expect(firstPlace("LONDON, Ontario (CFPL) - A fire broke out.").dateline).toBe(true);
    expect(firstPlace("KYIV: Shelling went on overnight.").dateline).toBe(true);
    expect(firstPlace("OTTAWA Officials said the embassy was closed.").dateline).toBe(true);
  });

  it("does not take a name that merely opens a sentence for a dateline", () => {
    expect(firstPlace("Ottawa said the embassy would stay closed.").dateline).toBe(false);
    expect(firstPlace("Canada closed its embassy. OTTAWA officials agreed.").dateline).toBe(false);
  });

  it("sees a location after a locative preposition and a direction", () => {
    expect(firstPlace("Troops moved into western Ukraine.").locative).toBe(true);
    expect(firstPlace("Ukraine asked for help.").locative).toBe(false);
    expect(firstPlace("The talks failed, according to Ukraine.").locative).toBe(false);
  });

  it("reads a person's age and 'of' as where the person lives", () => {
    expect(firstPlace("The driver, 27, of Lviv, was not hurt.").locative).toBe(true);
  });
});
