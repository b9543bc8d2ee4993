import { describe, expect, it } from "vitest";
import { analyze, slice } from "../../test/support/analyze.js";
import { normalize, toOriginalSpan } from "./normalize.js";

describe("normalize", () => {
  it("leaves plain text alone and maps offsets by identity", () => {
    const n = normalize("Canada closed its embassy.");
    expect(n.text).toBe("Canada closed its embassy.");
    expect(n.toOriginal).toBeNull();
  });

  it("replaces typographic quotes, dashes and spaces one for one", () => {
    const text = "Ottawa\u00A0\u2014 \u201CInjustice\u201D, Russia\u2019s";
    const n = normalize(text);
    expect(n.text).toBe('Ottawa - "Injustice", Russia\'s');
    expect(n.text.length).toBe(text.length);
    expect(n.toOriginal).toBeNull();
  });

  it("gives Latin letters past Latin-1 their base letter, so names stay one token", () => {
    const text = "Erdoğan met Vučić and Łukaszenka in Kraków.";
    const n = normalize(text);
    expect(n.text).toBe("Erdogan met Vucic and Lukaszenka in Kraków.");
    expect(n.toOriginal).toBeNull();
    const doc = analyze(text);
    const words = Array.from({ length: doc.tokens.length }, (_, i) =>
      slice(doc, { start: doc.tokens.start[i] as number, end: doc.tokens.end[i] as number }),
    );
    expect(words).toEqual(["Erdoğan", "met", "Vučić", "and", "Łukaszenka", "in", "Kraków", "."]);
  });

  it("drops soft hyphens and zero-width characters and maps offsets back", () => {
    const text = "Zelen\u00ADsky met\u200B Anand\uFEFF.";
    const n = normalize(text);
    expect(n.text).toBe("Zelensky met Anand.");
    const span = toOriginalSpan(n, 0, 8);
    expect(text.slice(span.start, span.end)).toBe("Zelen\u00ADsky");
    const anand = n.text.indexOf("Anand");
    const back = toOriginalSpan(n, anand, anand + 5);
    expect(text.slice(back.start, back.end)).toBe("Anand");
  });

  it("expands an ellipsis and maps all three dots to the one character", () => {
    const text = "Talks stalled\u2026 again";
    const n = normalize(text);
    expect(n.text).toBe("Talks stalled... again");
    const dots = toOriginalSpan(n, 13, 16);
    expect(text.slice(dots.start, dots.end)).toBe("\u2026");
    const again = toOriginalSpan(n, 17, 22);
    expect(text.slice(again.start, again.end)).toBe("again");
  });
});

describe("tokens keep original offsets through normalisation", () => {
  it("slices every token from the original text", () => {
    const text =
      "Ottawa \u2014 Defence Minister Anita An\u00ADand said \u201Cthe re\u200Blocation\u2026 is temporary.\u201D";
    const doc = analyze(text);
    const surfaces = Array.from({ length: doc.tokens.length }, (_, i) =>
      slice(doc, { start: doc.tokens.start[i] as number, end: doc.tokens.end[i] as number }),
    );
    expect(surfaces).toContain("An\u00ADand");
    expect(surfaces).toContain("re\u200Blocation");
    expect(surfaces).toContain("\u201C");
    // Lower-cased forms are normalised, so rules match one spelling.
    expect(doc.tokens.lower).toContain("anand");
    expect(doc.tokens.lower).toContain("relocation");
  });
});
