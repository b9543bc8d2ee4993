/**
 * One spelling per article address, so the same story reached through a share link, a feed or
 * a campaign link gets the same id: lowercase scheme and host, no default port, no fragment,
 * no tracking parameters, remaining parameters in a fixed order.
 */

/** Query parameters that say how a reader arrived, never which article it is. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "mc_cid",
  "mc_eid",
  "igshid",
  "cmpid",
  "ocid",
  "_ga",
  "ref_src",
  "taid",
]);

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || TRACKING_PARAMS.has(lower);
}

/** The normalised form of an http(s) address, or undefined when `url` is not one. */
export function normalizeUrl(url: string, base?: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  // The URL parser already lowercases the scheme and host and drops default ports.
  parsed.hash = "";
  parsed.username = "";
  parsed.password = "";
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  // Sorted so that parameter order, which publishers do not control consistently, does not matter.
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  if (parsed.hostname.endsWith(".")) parsed.hostname = parsed.hostname.slice(0, -1);
  return parsed.toString();
}

/** The host of `url` without a leading "www.", or undefined when it has none. */
export function domainOf(url: string): string | undefined {
  try {
    const host = new URL(url).hostname;
    return host === "" ? undefined : host.replace(/^www\./, "");
  } catch {
    return undefined;
  }
}
