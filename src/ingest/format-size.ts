/**
 * Human-readable byte sizes for error messages ("52.4 MiB"), so a user can compare a file's
 * size with the limit at a glance.
 */

const KIB = 1024;
const MIB = 1024 * 1024;

export function formatSize(bytes: number): string {
  if (bytes < KIB) return `${bytes} bytes`;
  if (bytes < MIB) return `${(bytes / KIB).toFixed(1)} KiB`;
  return `${(bytes / MIB).toFixed(1)} MiB`;
}

/** The detail of an E_TOO_LARGE error: the size, the limit, and how to raise it. */
export function tooLargeDetail(size: number, maxBytes: number, exact = true): string {
  const measured = exact ? formatSize(size) : `more than ${formatSize(size)}`;
  return `${measured}; the limit is ${formatSize(maxBytes)} per article, raise it with --max-bytes`;
}
