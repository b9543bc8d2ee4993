import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./front-matter.js";

describe("parseFrontMatter", () => {
  it("reads a block with LF line endings and keeps the body verbatim", () => {
    const content = "---\nid: a1\ndate: 2024-03-05\n---\n\n  Body text.\n";
    expect(parseFrontMatter(content)).toEqual({
      meta: { id: "a1", date: "2024-03-05" },
      body: "\n  Body text.\n",
    });
  });

  it("reads a block with CRLF line endings", () => {
    const content = "---\r\ntitle: Talks resume \r\nsource: Wire\r\n---\r\nBody\r\n";
    expect(parseFrontMatter(content)).toEqual({
      meta: { title: "Talks resume", source: "Wire" },
      body: "Body\r\n",
    });
  });

  it("returns the whole content when there is no block", () => {
    const content = "Plain article.\n---\nid: x\n---\n";
    expect(parseFrontMatter(content)).toEqual({ meta: {}, body: content });
  });

  it("keeps values with colons, lowercases keys, drops one pair of quotes", () => {
    const content = '---\nURL: https://example.org/a?b=c:d\ntitle: "Quoted: yes"\n---\nx';
    expect(parseFrontMatter(content).meta).toEqual({
      url: "https://example.org/a?b=c:d",
      title: "Quoted: yes",
    });
  });

  it("treats an unclosed block or a non key-value line as text, not front matter", () => {
    for (const content of ["---\nid: a\nno end\n", "---\nA horizontal rule opens this.\n---\nx"]) {
      expect(parseFrontMatter(content)).toEqual({ meta: {}, body: content });
    }
  });

  it("allows blank lines in the block and an empty body", () => {
    expect(parseFrontMatter("---\nid: a\n\n---")).toEqual({ meta: { id: "a" }, body: "" });
  });
});
