import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";

async function lines(chunks: string[], maxBytes = 100): Promise<unknown[]> {
  async function* source() {
    yield* chunks.map((chunk) => Buffer.from(chunk));
  }
  const out: unknown[] = [];
  for await (const line of splitLines(source(), maxBytes)) {
    out.push("bytes" in line ? [line.number, line.bytes.toString()] : [line.number, line.tooLong]);
  }
  return out;
}

describe("splitLines", () => {
  it("splits across chunk boundaries, strips CRLF and keeps blank lines", async () => {
    expect(await lines(["a\r", "\nbc", "d\n\nlast"])).toEqual([
      [1, "a"],
      [2, "bcd"],
      [3, ""],
      [4, "last"],
    ]);
  });

  it("reports over-long lines by size only and carries on", async () => {
    expect(await lines(["12345", "6\nok\n1234\r\n"], 4)).toEqual([
      [1, 6],
      [2, "ok"],
      [3, "1234"],
    ]);
  });

  it("yields nothing for an empty stream", async () => {
    expect(await lines([])).toEqual([]);
  });
});
