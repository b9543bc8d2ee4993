/**
 * The User-Agent Harbinger announces: its name, version and where a site owner can read what
 * it is, as polite crawlers do ("Harbinger/0.1.0 (+https://…)").
 */

import { createRequire } from "node:module";

interface PackageInfo {
  readonly version?: string;
  readonly homepage?: string;
}

/** Used when package.json names no homepage: the package's public registry page. */
const FALLBACK_HOMEPAGE = "https://www.npmjs.com/package/harbinger";

function packageInfo(): PackageInfo {
  const require = createRequire(import.meta.url);
  // The compiled file sits one level deeper than the source; try both.
  for (const candidate of ["../../../../package.json", "../../../package.json"]) {
    try {
      return require(candidate) as PackageInfo;
    } catch {
      // Try the next location.
    }
  }
  return {};
}

let cached: string | undefined;

export function defaultUserAgent(): string {
  if (cached === undefined) {
    const info = packageInfo();
    cached = `Harbinger/${info.version ?? "0"} (+${info.homepage ?? FALLBACK_HOMEPAGE})`;
  }
  return cached;
}
