import { describe, expect, it } from "vitest";
import { HarbingerError } from "../errors.js";
import { decodeText } from "./decode-text.js";
import { invalidUtf8Offset } from "./invalid-utf8-offset.js";
import { looksBinary } from "./looks-binary.js";

const MAX = 1024 * 1024;

function failure(bytes: Uint8Array, maxBytes = MAX): HarbingerError {
  try {
    decodeText(bytes, "in.txt", maxBytes);
  } catch (error) {
    if (error instanceof HarbingerError) return error;
    throw error;
  }
  throw new Error("expected decodeText to throw");
}

describe("decodeText", () => {
  it("decodes UTF-8 and strips a leading BOM", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café talks")]);
    expect(decodeText(bytes, "in.txt", MAX)).toBe("Café talks");
  });

  it("keeps a BOM-like character that is not at the start", () => {
    expect(decodeText(Buffer.from("a\uFEFFb"), "in.txt", MAX)).toBe("a\uFEFFb");
  });

  it("rejects too many bytes with the size, the limit and --max-bytes", () => {
    const error = failure(Buffer.alloc(3 * 1024 * 1024, 0x61), 2 * 1024 * 1024);
    expect(error.code).toBe("E_TOO_LARGE");
    expect(error.message).toContain("in.txt");
    expect(error.message).toContain("3.0 MiB");
    expect(error.message).toContain("2.0 MiB");
    expect(error.message).toContain("--max-bytes");
  });

  it("rejects empty and whitespace-only input", () => {
    expect(failure(new Uint8Array()).code).toBe("E_EMPTY");
    expect(failure(Buffer.from(" \n\t\r\n")).code).toBe("E_EMPTY");
    expect(failure(Buffer.from([0xef, 0xbb, 0xbf, 0x0a])).code).toBe("E_EMPTY");
  });

  it("rejects binary content: NUL bytes or many control characters", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(failure(png).code).toBe("E_BINARY");
    expect(failure(Buffer.from("abc\x01\x02\x03\x04\x1b")).code).toBe("E_BINARY");
    expect(decodeText(Buffer.from("a\tb\fc\r\nd\x1b[0m and a lot more words"), "x", MAX)).toContain(
      "a\tb",
    );
  });

  it("names UTF-16 as an encoding problem, not a binary file", () => {
    const error = failure(Buffer.from([0xff, 0xfe, 0x61, 0x00]));
    expect(error.code).toBe("E_ENCODING");
    expect(error.message).toContain("UTF-16");
  });

  it("rejects invalid UTF-8 and says at which byte", () => {
    const error = failure(Buffer.from([0x61, 0x62, 0xc3, 0x28]));
    expect(error.code).toBe("E_ENCODING");
    expect(error.message).toContain("in.txt");
    expect(error.message).toContain("byte offset 2");
  });
});

describe("looksBinary", () => {
  it("only looks at the first 8 KiB", () => {
    const late = Buffer.concat([Buffer.alloc(8 * 1024, 0x61), Buffer.from([0])]);
    expect(looksBinary(late)).toBe(false);
    expect(looksBinary(Buffer.from([0x61, 0]))).toBe(true);
  });
});

describe("invalidUtf8Offset", () => {
  it("finds bad, truncated, overlong and surrogate sequences", () => {
    expect(invalidUtf8Offset(Buffer.from("ok é € 😀"))).toBe(-1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0xc3, 0x28]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(invalidUtf8Offset(Buffer.from([0xc0, 0xaf]))).toBe(0);
    expect(invalidUtf8Offset(Buffer.from([0x20, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(invalidUtf8Offset(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(invalidUtf8Offset(Buffer.from([0x80]))).toBe(0);
  });
});
