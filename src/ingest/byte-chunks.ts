/**
 * Helpers for streams of byte chunks (files, stdin): normalising chunks to Buffers, looking at
 * the start of a stream before deciding how to read it, and collecting a bounded amount.
 */

import { HarbingerError } from "../errors.js";
import { tooLargeDetail } from "./format-size.js";

export type Chunks = AsyncIterable<Uint8Array | string>;

/** Streams in object mode (`Readable.from(["..."])`, `setEncoding`) yield strings. */
export function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}

export interface Peeked {
  /** The chunks read so far. */
  readonly head: readonly Buffer[];
  /** The whole stream again, head included, so nothing read while peeking is lost. */
  readonly chunks: AsyncIterable<Buffer>;
  /** Closes the underlying stream when `chunks` will not be read to its end. */
  close(): Promise<void>;
}

/** Reads chunks until `enough(chunk)` says so or the stream ends, then replays everything. */
export async function peekChunks(
  source: Chunks,
  enough: (chunk: Buffer) => boolean,
): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let ended = false;
  while (true) {
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    head.push(chunk);
    if (enough(chunk)) break;
  }
  const close = async (): Promise<void> => {
    if (ended) return;
    ended = true;
    await iterator.return?.();
  };
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* head;
      while (!ended) {
        const next = await iterator.next();
        if (next.done) {
          ended = true;
          return;
        }
        yield toBuffer(next.value);
      }
    } finally {
      // Closes the underlying stream when the reader stops early.
      await close();
    }
  }
  return { head, chunks: replay(), close };
}

/**
 * Concatenates a stream of unknown length (stdin, a pipe) into one Buffer, failing with
 * E_TOO_LARGE as soon as it passes `maxBytes` rather than buffering all of it.
 */
export async function collectBytes(
  source: Chunks,
  input: string,
  maxBytes: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    length += buffer.length;
    if (length > maxBytes) {
      throw new HarbingerError("E_TOO_LARGE", input, tooLargeDetail(maxBytes, maxBytes, false));
    }
    parts.push(buffer);
  }
  return Buffer.concat(parts, length);
}
