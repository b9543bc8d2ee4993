/**
 * Reads a JSONL stream (a .jsonl/.ndjson file or stdin) record by record: every non-blank line
 * becomes its own item named `input:LINE`, so one bad line is reported and the rest still read.
 */

import { asHarbingerError, HarbingerError } from "../errors.js";
import { articleFromJsonLine } from "./article-record.js";
import { type Chunks, peekChunks } from "./byte-chunks.js";
import { tooLargeDetail } from "./format-size.js";
import { fsError } from "./fs-error.js";
import type { InputItem } from "./input-item.js";
import { invalidUtf8Offset } from "./invalid-utf8-offset.js";
import { looksBinary, SNIFF_BYTES } from "./looks-binary.js";
import { splitLines } from "./split-lines.js";

export interface JsonlSource {
  /** Names the stream in errors; lines are named `input:LINE`. */
  readonly input: string;
  /** Default ids are `idPrefix:LINE` for records without an `id`. */
  readonly idPrefix: string;
}

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export async function* readJsonl(
  source: Chunks,
  { input, idPrefix }: JsonlSource,
  maxBytes: number,
): AsyncGenerator<InputItem> {
  let records = 0;
  try {
    // A binary file named .jsonl would otherwise produce one error per "line" of garbage.
    let sniffed = 0;
    const peeked = await peekChunks(source, (chunk) => {
      sniffed += chunk.length;
      return sniffed >= SNIFF_BYTES;
    });
    if (looksBinary(Buffer.concat(peeked.head).subarray(0, SNIFF_BYTES))) {
      await peeked.close();
      yield { error: new HarbingerError("E_BINARY", input), input };
      return;
    }
    for await (const line of splitLines(peeked.chunks, maxBytes)) {
      const name = `${input}:${line.number}`;
      if ("tooLong" in line) {
        records++;
        const error = new HarbingerError(
          "E_TOO_LARGE",
          name,
          tooLargeDetail(line.tooLong, maxBytes),
        );
        yield { error, input: name };
        continue;
      }
      const bytes =
        line.number === 1 && startsWith(line.bytes, BOM) ? line.bytes.subarray(3) : line.bytes;
      const item = lineItem(bytes, name, `${idPrefix}:${line.number}`);
      if (item === undefined) continue;
      records++;
      yield item;
    }
  } catch (error) {
    // The stream itself failed (unreadable file, broken pipe): nothing more can come from it.
    yield { error: fsError(error, input), input };
    return;
  }
  if (records === 0) yield { error: new HarbingerError("E_EMPTY", input, "no JSON lines"), input };
}

/** The item for one line, or undefined for a blank line (blank lines are allowed and skipped). */
function lineItem(bytes: Buffer, name: string, defaultId: string): InputItem | undefined {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const detail = offset >= 0 ? `invalid byte sequence at byte ${offset} of the line` : undefined;
    return { error: new HarbingerError("E_ENCODING", name, detail), input: name };
  }
  if (text.trim() === "") return undefined;
  try {
    return { article: articleFromJsonLine(text, name, defaultId), input: name };
  } catch (error) {
    return { error: asHarbingerError(error, name), input: name };
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
