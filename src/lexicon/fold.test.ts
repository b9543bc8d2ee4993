import { describe, expect, it } from "vitest";
import { foldKey } from "./fold.js";

describe("foldKey", () => {
  it("folds case, accents, typography and a leading 'the'", () => {
    expect(foldKey("the Élysée")).toBe("elysee");
    expect(foldKey("ELYSEE")).toBe("elysee");
    expect(foldKey("Côte d\u2019Ivoire")).toBe("cote d'ivoire");
  });

  it("folds letters that do not decompose as the text normaliser does", () => {
    expect(foldKey("Łukaszenka")).toBe("lukaszenka");
    expect(foldKey("Erdoğan")).toBe("erdogan");
    expect(foldKey("Đukanović")).toBe("dukanovic");
  });
});
