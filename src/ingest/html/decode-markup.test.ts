import { describe, expect, it } from "vitest";
import { charsetOf, decodeMarkup } from "./decode-markup.js";

const cp1251 = (text: string) =>
  Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    // Cyrillic А..я sit at 0xC0..0xFF in windows-1251; this test only uses those and ASCII.
    return code >= 0x410 && code <= 0x44f ? code - 0x410 + 0xc0 : code;
  });

describe("decodeMarkup", () => {
  it("uses the charset of the Content-Type header", () => {
    const bytes = cp1251("<p>Привет</p>");
    const decoded = decodeMarkup(bytes, "page", "text/html; charset=windows-1251");
    expect(decoded).toEqual({ text: "<p>Привет</p>", encoding: "windows-1251" });
  });

  it("uses <meta charset> and <?xml encoding?> when the header says nothing", () => {
    const html = cp1251('<meta charset="windows-1251"><p>Мир</p>');
    expect(decodeMarkup(html, "page").text).toContain("Мир");
    const xml = cp1251(
      '<?xml version="1.0" encoding="windows-1251"?><rss><title>Мир</title></rss>',
    );
    expect(decodeMarkup(xml, "feed", "application/rss+xml").text).toContain("Мир");
  });

  it("falls back to windows-1252 for undeclared bytes that are not UTF-8", () => {
    const latin1 = Buffer.from("<p>Caf\xe9 in Z\xfcrich</p>", "latin1");
    expect(decodeMarkup(latin1, "page")).toEqual({
      text: "<p>Café in Zürich</p>",
      encoding: "windows-1252",
    });
  });

  it("distrusts a UTF-8 label on bytes that are not UTF-8", () => {
    const latin1 = Buffer.from("<p>S\xe3o Paulo</p>", "latin1");
    expect(decodeMarkup(latin1, "page", "text/html; charset=utf-8").text).toBe("<p>São Paulo</p>");
  });

  it("prefers valid UTF-8 over a stale legacy label", () => {
    const utf8 = Buffer.from("<p>Kyiv — Київ</p>", "utf8");
    expect(decodeMarkup(utf8, "page", "text/html; charset=iso-8859-1")).toEqual({
      text: "<p>Kyiv — Київ</p>",
      encoding: "utf-8",
    });
  });

  it("follows a byte-order mark, UTF-16 included, and ignores unknown labels", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<p>Hi</p>", "utf16le")]);
    expect(decodeMarkup(utf16, "page").text).toBe("<p>Hi</p>");
    const bom = Buffer.from("\uFEFF<p>Hi</p>", "utf8");
    expect(decodeMarkup(bom, "page", "text/html; charset=x-made-up").text).toBe("<p>Hi</p>");
  });

  it("refuses binary and empty content with coded errors", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(() => decodeMarkup(png, "logo")).toThrow(expect.objectContaining({ code: "E_BINARY" }));
    expect(() => decodeMarkup(new Uint8Array(0), "x")).toThrow(
      expect.objectContaining({ code: "E_EMPTY" }),
    );
  });

  it("reads the charset parameter of a Content-Type", () => {
    expect(charsetOf('text/html; charset="UTF-8"')).toBe("UTF-8");
    expect(charsetOf("text/html")).toBeUndefined();
  });
});
