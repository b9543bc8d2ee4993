/**
 * Harbinger's coded, actionable errors in one place. Every error names the input it concerns and
 * says what is wrong with it, so a batch can report it and carry on with the rest.
 */

export const ERROR_CODES = {
  E_NOT_FOUND: "no such file or folder",
  E_UNREADABLE: "cannot be read",
  E_EMPTY: "is empty",
  E_BINARY: "looks like a binary file, not text",
  E_ENCODING: "is not valid UTF-8",
  E_TOO_LARGE: "is larger than the limit for one article",
  E_JSON: "is not valid JSON",
  E_FIELD: "has a missing or invalid field",
  E_DATE: "has an invalid date",
  E_USAGE: "invalid command-line usage",
  E_DATA: "a data file failed validation",
  E_INTERNAL: "failed while being coded",
  E_STORE: "cannot be opened or written as an event store",
  E_URL: "is not a valid http(s) address",
  E_HTTP: "the server answered with an error status",
  E_NETWORK: "could not be reached",
  E_TIMEOUT: "did not answer in time",
  E_REDIRECT: "redirects too often or to an address that cannot be followed",
  E_BLOCKED_ADDRESS: "is a private, loopback or link-local address (allow with --allow-private)",
  E_ROBOTS: "is disallowed for Harbinger by the site's robots.txt",
  E_CONTENT_TYPE: "is not a web page, feed or text",
  E_FEED: "is not a valid RSS, Atom, JSON Feed or OPML document",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class HarbingerError extends Error {
  readonly code: ErrorCode;
  /** The input (file path, `path:line`, `<stdin>`, data file) the error is about. */
  readonly input: string;

  constructor(code: ErrorCode, input: string, detail?: string) {
    super(`${input}: ${ERROR_CODES[code]}${detail ? ` (${detail})` : ""}`);
    this.name = "HarbingerError";
    this.code = code;
    this.input = input;
  }
}

/** Turns anything thrown into a HarbingerError about `input`, keeping coded errors as they are. */
export function asHarbingerError(error: unknown, input: string): HarbingerError {
  if (error instanceof HarbingerError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new HarbingerError("E_INTERNAL", input, detail);
}
