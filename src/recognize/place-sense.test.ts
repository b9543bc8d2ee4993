import { describe, expect, it } from "vitest";
import { oneSensePerName } from "./place-sense.js";

const reading = (place: number, score: number, qualified = false) => ({ place, score, qualified });

describe("one sense per name", () => {
  it("gives all mentions of a name the reading its qualified mention has", () => {
    const names = [
      { key: "paris", weak: false },
      { key: "paris", weak: false },
      { key: "texas", weak: false },
    ];
    const scored = [
      [reading(1, 7.8), reading(2, 4.4)],
      [reading(1, 2), reading(2, 16.4, true)],
      [reading(3, 7.5)],
    ];
    const choices = oneSensePerName(names, scored);
    expect(choices.map((c) => c?.place)).toEqual([2, 2, 3]);
    expect(choices[0]?.qualified).toBe(true);
  });

  it("leaves each mention its own reading when two qualifiers disagree", () => {
    const names = [
      { key: "paris", weak: false },
      { key: "paris", weak: false },
      { key: "paris", weak: false },
    ];
    const scored = [
      [reading(1, 13.8, true), reading(2, 1.6)],
      [reading(1, 1.8), reading(2, 16.4, true)],
      [reading(1, 7.8), reading(2, 4.4)],
    ];
    expect(oneSensePerName(names, scored).map((c) => c?.place)).toEqual([1, 2, 1]);
  });

  it("lets mentions inside longer names follow the others, not vote", () => {
    const names = [
      { key: "edmonton", weak: true },
      { key: "edmonton", weak: false },
    ];
    const scored = [
      [reading(1, 9), reading(2, 3)],
      [reading(1, 5), reading(2, 6)],
    ];
    expect(oneSensePerName(names, scored).map((c) => c?.place)).toEqual([2, 2]);
  });
});
