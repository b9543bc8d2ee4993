/** Durations as people write them on a command line: "15m", "1h30m", "90s", "500ms". */

import { HarbingerError } from "../../errors.js";

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds of `text`; `option` names the option in the error for a bad value. */
export function parseDuration(text: string, option = "--every"): number {
  const trimmed = text.trim().toLowerCase();
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/g)];
  const rebuilt = parts.map((part) => part[0]).join("");
  if (parts.length === 0 || rebuilt !== trimmed.replace(/\s+/g, "")) {
    throw new HarbingerError(
      "E_USAGE",
      option,
      `expected a duration like 15m, 1h or 90s, got "${text}"`,
    );
  }
  const ms = parts.reduce(
    (sum, [, amount, unit]) => sum + Number(amount) * (UNITS[unit ?? ""] ?? 0),
    0,
  );
  if (!(ms > 0))
    throw new HarbingerError("E_USAGE", option, `the duration must be positive, got "${text}"`);
  return Math.round(ms);
}
