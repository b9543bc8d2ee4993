/**
 * Reads standard input: JSONL when its first non-blank character is `{`, otherwise one text
 * article (front matter allowed) with id `stdin`. Streams JSONL, so a piped feed of any length
 * works without being held in memory.
 */

import { asHarbingerError } from "../errors.js";
import { articleFromFile } from "./article-record.js";
import { type Chunks, collectBytes, peekChunks } from "./byte-chunks.js";
import { decodeText } from "./decode-text.js";
import { parseFrontMatter } from "./front-matter.js";
import { fsError } from "./fs-error.js";
import { type InputItem, STDIN_ID, STDIN_INPUT } from "./input-item.js";
import { readJsonl } from "./read-jsonl.js";

const OPEN_BRACE = 0x7b;

export async function* readStdin(stdin: Chunks, maxBytes: number): AsyncGenerator<InputItem> {
  let firstByte = -1;
  let peeked: Awaited<ReturnType<typeof peekChunks>>;
  let seen = 0;
  try {
    peeked = await peekChunks(stdin, (chunk) => {
      firstByte = firstSignificantByte(chunk, seen === 0);
      seen += chunk.length;
      // Past the limit with nothing but blanks: text, and too large or empty either way.
      return firstByte !== -1 || seen > maxBytes;
    });
  } catch (error) {
    yield { error: fsError(error, STDIN_INPUT), input: STDIN_INPUT };
    return;
  }

  if (firstByte === OPEN_BRACE) {
    yield* readJsonl(peeked.chunks, { input: STDIN_INPUT, idPrefix: STDIN_ID }, maxBytes);
    return;
  }
  try {
    const bytes = await collectBytes(peeked.chunks, STDIN_INPUT, maxBytes);
    const { meta, body } = parseFrontMatter(decodeText(bytes, STDIN_INPUT, maxBytes));
    yield { article: articleFromFile(STDIN_ID, meta, body, STDIN_INPUT), input: STDIN_INPUT };
  } catch (error) {
    yield { error: asHarbingerError(error, STDIN_INPUT), input: STDIN_INPUT };
  }
}

/** The first byte that is neither blank nor part of a leading byte-order mark, or -1. */
function firstSignificantByte(chunk: Buffer, atStart: boolean): number {
  let i = atStart && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  for (; i < chunk.length; i++) {
    const byte = chunk[i] ?? 0;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return byte;
    }
  }
  return -1;
}
