/**
 * Writing one value into a cell of a delimited file. GDELT's tab-separated files have no
 * quoting, so a tab or line break inside a value would shift every later column: such
 * characters become a space there. CSV follows RFC 4180: a field holding a comma, a quote or
 * a line break is quoted, quotes doubled, and records end with CRLF.
 */

export type CellValue = string | number | boolean | null | undefined;

/** A value as text: null and undefined are empty, booleans 1/0, numbers as JavaScript writes them. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value;
}

/** One TSV cell: tabs, line breaks and other control characters become a single space. */
export function tsvCell(value: CellValue): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return cellText(value).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ");
}

/** One tab-separated line, newline included. */
export function tsvLine(values: readonly CellValue[]): string {
  return `${values.map(tsvCell).join("\t")}\n`;
}

/** One CSV field, quoted only when RFC 4180 requires it. */
export function csvField(value: CellValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, CRLF included. */
export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** Collapses runs of whitespace (line breaks included) into one space, for one-line notes. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
