import { describe, expect, it } from "vitest";
import { HarbingerError } from "../errors.js";
import { parseArticleDate } from "./article-date.js";
import { articleFromFile, articleFromJsonLine, articleFromRecord } from "./article-record.js";

function failure(run: () => unknown): HarbingerError {
  try {
    run();
  } catch (error) {
    if (error instanceof HarbingerError) return error;
    throw error;
  }
  throw new Error("expected a HarbingerError");
}

describe("articleFromJsonLine", () => {
  it("builds an Article, ignoring unknown fields and leaving absent ones out", () => {
    const line = JSON.stringify({ id: 7, text: "Talks.", date: "2024-02-29", lang: "en" });
    expect(articleFromJsonLine(line, "f.jsonl:1", "f.jsonl:1")).toEqual({
      id: "7",
      text: "Talks.",
      date: "2024-02-29",
    });
  });

  it("uses the default id and treats null fields as absent", () => {
    const line = '{"text":"T","title":"Head","url":"https://x","source":"Wire","id":null}';
    expect(articleFromJsonLine(line, "in", "f.jsonl:3")).toEqual({
      id: "f.jsonl:3",
      text: "T",
      title: "Head",
      url: "https://x",
      source: "Wire",
    });
  });

  it("keeps the date part of a timestamp", () => {
    const line = '{"text":"T","date":"2024-03-05T23:30:00-05:00"}';
    expect(articleFromJsonLine(line, "in", "d").date).toBe("2024-03-05");
  });

  it("reports unparsable JSON as E_JSON naming the input", () => {
    const error = failure(() => articleFromJsonLine("not json", "f.jsonl:2", "d"));
    expect(error.code).toBe("E_JSON");
    expect(error.input).toBe("f.jsonl:2");
    expect(error.message).toMatch(/^f\.jsonl:2: is not valid JSON/);
  });

  it("reports missing, empty and mistyped fields as E_FIELD", () => {
    const missing = failure(() => articleFromJsonLine('{"id":"a"}', "f:1", "d"));
    expect(missing.code).toBe("E_FIELD");
    expect(missing.message).toContain('missing "text"');
    expect(failure(() => articleFromJsonLine('{"text":"  "}', "f:1", "d")).message).toContain(
      '"text" is empty',
    );
    const typed = failure(() =>
      articleFromJsonLine('{"text":"t","title":5,"id":true}', "f:1", "d"),
    );
    expect(typed.code).toBe("E_FIELD");
    expect(typed.message).toContain('"title" must be a string, got number 5');
    expect(typed.message).toContain('"id" must be a string or a number, got boolean true');
    expect(failure(() => articleFromRecord([1], "f:1", "d")).message).toContain("got an array");
  });

  it("reports bad dates as E_DATE", () => {
    for (const date of [
      "2024-02-30",
      "2023-02-29",
      "05/03/2024",
      "2024-13-01",
      "2024-03-05T25:00",
    ]) {
      const error = failure(() => articleFromRecord({ text: "t", date }, "f:9", "d"));
      expect(error.code).toBe("E_DATE");
      expect(error.message).toContain("f:9");
      expect(error.message).toContain(date);
    }
    expect(failure(() => articleFromRecord({ text: "t", date: 20240101 }, "f", "d")).code).toBe(
      "E_DATE",
    );
  });
});

describe("parseArticleDate", () => {
  it("accepts calendar dates and timestamps", () => {
    expect(parseArticleDate("2000-02-29", "x")).toBe("2000-02-29");
    expect(parseArticleDate("0000-02-29", "x")).toBe("0000-02-29");
    expect(parseArticleDate("2024-12-31T10:00:00.123Z", "x")).toBe("2024-12-31");
    expect(parseArticleDate(" 2024-01-02 ", "x")).toBe("2024-01-02");
    expect(() => parseArticleDate("1900-02-29", "x")).toThrow(HarbingerError);
  });
});

describe("articleFromFile", () => {
  it("defaults the id to the base name and takes metadata from front matter", () => {
    const meta = { date: "2024-03-05", title: "Head", source: "Wire", url: "https://x" };
    expect(articleFromFile("/data/news/story.one.md", meta, "Body")).toEqual({
      id: "story.one",
      text: "Body",
      date: "2024-03-05",
      title: "Head",
      source: "Wire",
      url: "https://x",
    });
    expect(articleFromFile("a/b.txt", { id: "custom" }, "Body").id).toBe("custom");
  });

  it("rejects a bad date and an empty body, naming the file", () => {
    const date = failure(() => articleFromFile("a/b.txt", { date: "yesterday" }, "Body"));
    expect(date.code).toBe("E_DATE");
    expect(date.message).toContain("a/b.txt");
    expect(failure(() => articleFromFile("a/b.txt", { id: "x" }, "\n")).code).toBe("E_EMPTY");
  });
});
