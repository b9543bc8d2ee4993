import { describe, expect, it } from "vitest";
import { TextLines } from "./text-lines.js";

describe("TextLines", () => {
  const lines = new TextLines(["kyiv\t1", "lviv\t2", "lviv oblast\t3", "ottawa\t4"].join("\n"));

  it("counts and returns lines without their newline", () => {
    expect(lines.length).toBe(4);
    expect(lines.line(0)).toBe("kyiv\t1");
    expect(lines.line(3)).toBe("ottawa\t4");
    expect(lines.line(4)).toBeUndefined();
    expect(lines.line(-1)).toBeUndefined();
  });

  it("finds the line that starts with a key and its separator", () => {
    expect(lines.findStartingWith("lviv\t")).toBe("lviv\t2");
    expect(lines.findStartingWith("lviv oblast\t")).toBe("lviv oblast\t3");
    expect(lines.findStartingWith("kyiv\t")).toBe("kyiv\t1");
    expect(lines.findStartingWith("ottawa\t")).toBe("ottawa\t4");
  });

  it("finds nothing for keys that only share a beginning with a line", () => {
    expect(lines.findStartingWith("lvi\t")).toBeNull();
    expect(lines.findStartingWith("ottawa river\t")).toBeNull();
    expect(lines.findStartingWith("a\t")).toBeNull();
    expect(lines.findStartingWith("zz\t")).toBeNull();
  });

  it("reads an empty text and a trailing newline as lines too", () => {
    expect(new TextLines("").length).toBe(1);
    const trailing = new TextLines("a\tb\n");
    expect(trailing.length).toBe(2);
    expect(trailing.line(1)).toBe("");
  });
});
