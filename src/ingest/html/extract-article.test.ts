import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { Article } from "../../model/article.js";
import type { Skip } from "../source-item.js";
import { decodeMarkup } from "./decode-markup.js";
import { type ExtractOptions, extractArticle } from "./extract-article.js";

const PAGES = path.resolve(import.meta.dirname, "../../../test/fixtures/web/pages");

function page(name: string): string {
  return decodeMarkup(readFileSync(path.join(PAGES, name)), name).text;
}

function article(name: string, options: Partial<ExtractOptions> = {}): Article {
  const result = extractArticle(page(name), { input: name, ...options });
  if (!("article" in result)) throw new Error(`expected an article, got ${result.skipped.detail}`);
  return result.article;
}

function skipped(name: string): Skip {
  const result = extractArticle(page(name), { input: name });
  if (!("skipped" in result)) throw new Error("expected a skip");
  return result.skipped;
}

describe("extractArticle: a news page with furniture", () => {
  const url = "https://www.northernledger.example/world/canada-trainers-west?utm_source=rss";
  const story = article("training-mission.html", { url });

  it("keeps the story's paragraphs, separated by blank lines, and nothing else", () => {
    const paragraphs = story.text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^OTTAWA — Canada has moved the soldiers/);
    expect(paragraphs[3]).toMatch(/severe economic sanctions\.$/);
    for (const furniture of [
      "Posted on",
      "Share this",
      "Subscribe",
      "Photo:",
      "range exercise",
      "Related",
      "Advertisement",
      "Follow us",
      "©",
      "first published",
      "Canadian Press",
      "Home",
    ]) {
      expect(story.text).not.toContain(furniture);
    }
  });

  it("reads the metadata from meta tags and JSON-LD", () => {
    expect(story).toMatchObject({
      date: "2022-01-26",
      title: "Canada moves military trainers west as tensions rise",
      outlet: "Northern Ledger",
      source: "Northern Ledger",
      wire: "The Canadian Press",
      lang: "en",
      canonicalUrl: "https://www.northernledger.example/world/canada-trainers-west",
      domain: "northernledger.example",
      url,
    });
    // An agency named as the author is the wire source, not a byline.
    expect(story.byline).toBeUndefined();
  });

  it("names the article by its canonical address, whatever address it was read from", () => {
    const other = article("training-mission.html", {
      url: "https://northernledger.example/world/canada-trainers-west#comments",
    });
    expect(other.id).toBe(story.id);
    expect(story.id).toMatch(/^northernledger\.example-[0-9a-f]{16}$/);
  });
});

describe("extractArticle: dates, captions and wire credits", () => {
  it("reads a date from a <time> element and drops the 'Published' line", () => {
    const flood = article("time-element.html");
    expect(flood.date).toBe("2023-04-18");
    expect(flood.text).toMatch(/^Flood waters began to fall/);
    expect(flood.text.split("\n\n")).toHaveLength(3);
  });

  it("falls back to the date in the address, then to the feed's", () => {
    const broken = article("broken-markup.html", {
      url: "https://docks.example/news/2021/11/08/strike",
    });
    expect(broken.date).toBe("2021-11-08");
    const known = article("broken-markup.html", { known: { date: "2021-11-09" } });
    expect(known.date).toBe("2021-11-09");
  });

  it("takes the agency out of a dateline and a closing credit line", () => {
    const gazette = article("wire-copy-harbour-gazette.html");
    expect(gazette.wire).toBe("The Associated Press");
    expect(gazette.text).toMatch(/^ISTANBUL — Ukraine and Russia signed/);
    expect(gazette.text).not.toMatch(/\(AP\)|Sign up/);
    const valley = article("wire-copy-valley-times.html");
    expect(valley.wire).toBe("The Associated Press");
    expect(valley.text).not.toContain("Associated Press");
    expect(valley.text).toMatch(/marked for the ships\.$/);
  });
});

describe("extractArticle: languages and encodings", () => {
  it("skips a French article with its language, never coding it as English", () => {
    const skip = skipped("french-article.html");
    expect(skip).toMatchObject({ reason: "language", lang: "fr" });
    expect(skip.title).toMatch(/^Le Canada déplace/);
    expect(skip.id).toMatch(/^sha-/);
  });

  it("decodes a windows-1251 page by its meta tag and skips it as Russian", () => {
    const bytes = readFileSync(path.join(PAGES, "cyrillic-windows-1251.html"));
    const decoded = decodeMarkup(bytes, "ru.html");
    expect(decoded.encoding).toBe("windows-1251");
    expect(decoded.text).toContain("Канада перевела");
    expect(skipped("cyrillic-windows-1251.html")).toMatchObject({ reason: "language", lang: "ru" });
  });

  it("reads an undeclared latin1 page as windows-1252", () => {
    const cafe = article("latin1-no-charset.html");
    expect(cafe.title).toBe("Mayor of Zürich welcomes café owners to talks");
    expect(cafe.text).toContain("Renée Müller");
    expect(cafe.lang).toBe("en");
  });

  it("repairs broken markup and drops a menu line", () => {
    const broken = article("broken-markup.html");
    const paragraphs = broken.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^Dock workers at the country's largest/);
    expect(paragraphs).toHaveLength(4);
    expect(broken.text).not.toMatch(/not text|Home \|/);
    expect(broken.title).toBe("Port workers strike over pay");
  });

  it("leaves the language unknown for a short undeclared text rather than assuming English", () => {
    const result = extractArticle("<p>Talks resume on Monday.</p>", {
      input: "short",
      isFragment: true,
    });
    expect(result).toEqual({
      article: expect.objectContaining({ text: "Talks resume on Monday." }),
    });
    expect("article" in result && result.article.lang).toBeUndefined();
  });
});

describe("extractArticle: errors", () => {
  it("reports a page without text", () => {
    expect(() =>
      extractArticle("<html><body><nav>Home</nav></body></html>", { input: "empty.html" }),
    ).toThrow(expect.objectContaining({ code: "E_EMPTY", input: "empty.html" }));
  });
});
