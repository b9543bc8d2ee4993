/**
 * Turns the raw bytes of one text input into a string, or into one coded error saying why it
 * cannot be an article: too large, empty, binary, or not UTF-8.
 */

import { HarbingerError } from "../errors.js";
import { tooLargeDetail } from "./format-size.js";
import { invalidUtf8Offset } from "./invalid-utf8-offset.js";
import { looksBinary } from "./looks-binary.js";

// fatal: a silently replaced byte would shift no offsets but would corrupt names and quotes;
// ignoreBOM: the BOM is stripped by hand below so that the rule is visible here.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decodes `bytes` of `input` as UTF-8 text, without a leading byte-order mark. */
export function decodeText(bytes: Uint8Array, input: string, maxBytes: number): string {
  if (bytes.length > maxBytes) {
    throw new HarbingerError("E_TOO_LARGE", input, tooLargeDetail(bytes.length, maxBytes));
  }
  if (bytes.length === 0) throw new HarbingerError("E_EMPTY", input, "0 bytes");
  // UTF-16 text is full of NUL bytes; name the real problem rather than calling it binary.
  if (startsWithUtf16Bom(bytes)) {
    throw new HarbingerError("E_ENCODING", input, "it is UTF-16; save it as UTF-8");
  }
  if (looksBinary(bytes)) throw new HarbingerError("E_BINARY", input);

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    const where = offset >= 0 ? `invalid byte sequence at byte offset ${offset}` : undefined;
    throw new HarbingerError("E_ENCODING", input, where);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new HarbingerError("E_EMPTY", input, "only whitespace");
  return text;
}

function startsWithUtf16Bom(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}
