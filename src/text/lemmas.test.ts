import { describe, expect, it } from "vitest";
import { nounLemma, verbLemma } from "./lemmas.js";

describe("lemmas", () => {
  it("gives nouns' and verbs' base forms, the same on every call", () => {
    expect(nounLemma("talks")).toBe("talk");
    expect(nounLemma("forces")).toBe("force");
    expect(nounLemma("talks")).toBe("talk");
    expect(verbLemma("sought")).toBe("seek");
    expect(verbLemma("withdrew")).toBe("withdraw");
    expect(verbLemma("sought")).toBe("seek");
  });

  it("leaves base forms as they are", () => {
    expect(nounLemma("sanction")).toBe("sanction");
    expect(verbLemma("attack")).toBe("attack");
  });
});
