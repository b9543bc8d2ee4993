/**
 * Binary sniffing: an image or archive passed by mistake should be reported as such, not as a
 * cascade of encoding errors or a nonsense article.
 */

/** How much of the start of a file is inspected; enough for any file header. */
export const SNIFF_BYTES = 8 * 1024;

/** Share of control characters above which the bytes are not prose. */
const MAX_CONTROL_SHARE = 0.1;

/** True when the first 8 KiB hold a NUL byte or more than 10% control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  if (length === 0) return false;
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0) return true;
    if (isControl(byte)) control++;
  }
  return control / length > MAX_CONTROL_SHARE;
}

/** C0 controls and DEL, except tab, line feed, form feed and carriage return, which text uses. */
function isControl(byte: number): boolean {
  if (byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d) return false;
  return byte < 0x20 || byte === 0x7f;
}
