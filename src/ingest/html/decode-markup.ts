/**
 * Decodes the bytes of a web page or feed whatever its encoding: a byte-order mark first, then
 * the charset of the Content-Type header, then the one the document declares (`<meta charset>`,
 * `http-equiv`, `<?xml encoding?>`), then a UTF-8 validity check with windows-1252 as the
 * fallback — the encoding old pages written without a declaration most often use. A declared
 * legacy charset on bytes that are valid UTF-8 is taken as the mistake it almost always is.
 */

import { TextDecoder } from "node:util";
import { HarbingerError } from "../../errors.js";
import { looksBinary } from "../looks-binary.js";

export interface DecodedMarkup {
  readonly text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1251"). */
  readonly encoding: string;
}

/** How far into a document its encoding declaration may appear (HTML says 1024 bytes; be lenient). */
const DECLARATION_REACH = 4096;

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label.trim().replace(/^["']|["']$/g, ""), { ignoreBOM: true });
  } catch {
    return undefined; // An unknown label is as good as none: fall through to the next source.
  }
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? "")?.[1];
}

/** The encoding a document declares in its first bytes. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, DECLARATION_REACH)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  return meta?.[1];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return "utf-8";
  if (a === 0xff && b === 0xfe) return "utf-16le";
  if (a === 0xfe && b === 0xff) return "utf-16be";
  return undefined;
}

function validUtf8(bytes: Uint8Array): string | undefined {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

/** Decodes `bytes` of `input`; `contentType` is the HTTP header, when fetched. */
export function decodeMarkup(
  bytes: Uint8Array,
  input: string,
  contentType?: string,
): DecodedMarkup {
  if (bytes.length === 0) throw new HarbingerError("E_EMPTY", input, "0 bytes");
  const bom = bomEncoding(bytes);
  if (bom !== undefined) return finish(new TextDecoder(bom, { ignoreBOM: true }), bytes, input);
  if (looksBinary(bytes)) throw new HarbingerError("E_BINARY", input);

  const asUtf8 = validUtf8(bytes);
  for (const label of [charsetOf(contentType), declaredCharset(bytes)]) {
    const decoder = decoderFor(label);
    if (decoder === undefined) continue;
    if (decoder.encoding === "utf-8") {
      // Declared UTF-8 but invalid: the declaration is wrong; try the next source.
      if (asUtf8 !== undefined) return finish(decoder, bytes, input, asUtf8);
      continue;
    }
    // Valid multi-byte UTF-8 is almost never legacy text by chance: the label is stale.
    if (asUtf8 !== undefined && hasNonAscii(bytes)) {
      return finish(fatalUtf8, bytes, input, asUtf8);
    }
    return finish(decoder, bytes, input);
  }
  if (asUtf8 !== undefined) return finish(fatalUtf8, bytes, input, asUtf8);
  return finish(new TextDecoder("windows-1252"), bytes, input);
}

function finish(
  decoder: TextDecoder,
  bytes: Uint8Array,
  input: string,
  decoded = decoder.decode(bytes),
): DecodedMarkup {
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.trim() === "") throw new HarbingerError("E_EMPTY", input, "only whitespace");
  return { text, encoding: decoder.encoding };
}
