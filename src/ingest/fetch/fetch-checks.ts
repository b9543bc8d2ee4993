/** What the fetcher accepts: http(s) addresses, and textual content types. */

import type { IncomingHttpHeaders } from "node:http";
import { HarbingerError } from "../../errors.js";

export function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HarbingerError("E_URL", url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new HarbingerError("E_URL", url, `${parsed.protocol} addresses are not fetched`);
  }
  return parsed;
}

/** Text, XML and JSON of any kind, or no declared type (the body is sniffed then). */
export function isTextualContentType(contentType: string | undefined): boolean {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    type === "" ||
    type.startsWith("text/") ||
    /^application\/(?:[\w.-]+\+)?(?:xml|json)$/.test(type) ||
    type === "application/x-opml"
  );
}

/** Reads the body only of successful answers, refusing non-text types before downloading. */
export function acceptBody(url: URL) {
  return (status: number, headers: IncomingHttpHeaders): boolean => {
    if (status < 200 || status >= 300) return false;
    const type = header(headers["content-type"]);
    if (!isTextualContentType(type)) {
      throw new HarbingerError("E_CONTENT_TYPE", url.toString(), `its Content-Type is ${type}`);
    }
    return true;
  };
}

/** A header's first value, trimmed; undefined when absent or blank. */
export function header(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === "" ? undefined : first.trim();
}
