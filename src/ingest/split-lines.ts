/**
 * Splits a byte stream into numbered lines without ever holding more than one line (and at most
 * `maxBytes` of it) in memory, so a large JSONL file or a runaway line cannot exhaust memory.
 *
 * Works on bytes rather than through node:readline because readline decodes as it goes: it
 * would replace invalid UTF-8 with U+FFFD before we could report it, and it buffers an
 * over-long line whole before we could reject it.
 */

import { type Chunks, toBuffer } from "./byte-chunks.js";

export type Line =
  /** A line's bytes, without its `\n` or `\r\n` ending. */
  | { readonly number: number; readonly bytes: Buffer }
  /** A line longer than the limit; only its length in bytes was kept. */
  | { readonly number: number; readonly tooLong: number };

const LF = 0x0a;
const CR = 0x0d;

/** Yields every line of `source`, blank ones included, numbered from 1. */
export async function* splitLines(source: Chunks, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let lastByte = -1;
  let overflow = false;
  let number = 0;

  const append = (segment: Buffer): void => {
    if (segment.length === 0) return;
    length += segment.length;
    lastByte = segment[segment.length - 1] ?? -1;
    if (overflow) return;
    // One byte of slack: a `\r` before the `\n` does not count against the limit.
    if (length > maxBytes + 1) {
      overflow = true;
      parts = [];
    } else {
      parts.push(segment);
    }
  };

  const finish = (): Line => {
    number++;
    const size = lastByte === CR ? length - 1 : length;
    const line: Line =
      overflow || size > maxBytes
        ? { number, tooLong: size }
        : { number, bytes: Buffer.concat(parts, length).subarray(0, size) };
    parts = [];
    length = 0;
    lastByte = -1;
    overflow = false;
    return line;
  };

  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    let start = 0;
    while (start < buffer.length) {
      const newline = buffer.indexOf(LF, start);
      if (newline === -1) {
        append(buffer.subarray(start));
        break;
      }
      append(buffer.subarray(start, newline));
      yield finish();
      start = newline + 1;
    }
  }
  // A last line without a final newline.
  if (length > 0) yield finish();
}
