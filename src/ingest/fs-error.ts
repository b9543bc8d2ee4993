/**
 * Maps file-system failures to coded errors: "not found" and "cannot be read" are different
 * mistakes with different fixes, and the raw errno text is kept as the detail.
 */

import { asHarbingerError, HarbingerError } from "../errors.js";

const NOT_FOUND = new Set(["ENOENT", "ENOTDIR"]);

const REASONS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "it is a folder",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  EIO: "input/output error",
};

export function fsError(error: unknown, input: string): HarbingerError {
  const code = errnoCode(error);
  if (code === undefined) return asHarbingerError(error, input);
  if (NOT_FOUND.has(code)) return new HarbingerError("E_NOT_FOUND", input);
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : code);
  return new HarbingerError("E_UNREADABLE", input, `${reason}, ${code}`);
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  const { code } = error as { code: unknown };
  return typeof code === "string" && code.startsWith("E") ? code : undefined;
}
