import { describe, expect, it } from "vitest";
import { detectLanguage, MIN_DETECTION_CHARS, toLanguageCode } from "./detect-language.js";

const ENGLISH =
  "Ukraine's foreign minister met his counterparts from Poland and Lithuania in Kyiv on " +
  "Thursday, and the three governments said they would coordinate their response if Russian " +
  "forces moved closer to the border, according to a joint statement released after the talks.";
const SPANISH =
  "El gobierno de España anunció el jueves que enviará una fragata al mar Negro para reforzar " +
  "la presencia de la alianza en la región, mientras continúan las conversaciones diplomáticas " +
  "entre los ministros de Exteriores en varias capitales europeas.";

describe("detectLanguage", () => {
  it("detects English and other languages on enough text", () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(MIN_DETECTION_CHARS);
    expect(detectLanguage(ENGLISH)).toEqual({ lang: "en", how: "detected" });
    expect(detectLanguage(SPANISH)).toEqual({ lang: "es", how: "detected" });
    // The text outweighs a wrong declaration.
    expect(detectLanguage(ENGLISH, "de")).toEqual({ lang: "en", how: "detected" });
  });

  it("uses the declared language on short text, and otherwise says it does not know", () => {
    expect(detectLanguage("Talks resume.", "fr-CA")).toEqual({ lang: "fr", how: "declared" });
    expect(detectLanguage("Talks resume.")).toEqual({ how: "unknown" });
    expect(detectLanguage("Talks resume.", "not a tag!")).toEqual({ how: "unknown" });
  });

  it("maps franc's and the web's codes to ISO 639-1", () => {
    expect(toLanguageCode("fra")).toBe("fr");
    expect(toLanguageCode("en_GB")).toBe("en");
    expect(toLanguageCode("ukr")).toBe("uk");
  });
});
