/**
 * Test helpers: small readers for the delimited files the exporters write, so that tests can
 * parse the output back and compare it with the input. `readCsv` follows RFC 4180 (quoted
 * fields, doubled quotes, line breaks inside quotes, CRLF records) and rejects anything else.
 */

export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const endField = () => {
    row.push(field);
    field = "";
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === "") {
      // A quoted field: runs to the next quote that is not doubled.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i];
          i++;
        }
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") {
        throw new Error(`text after a closing quote at ${i}`);
      }
      continue;
    }
    if (c === ",") {
      endField();
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === "\n" || c === "\r" || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} outside quotes at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record does not end with CRLF");
  return rows;
}

/** Tab-separated lines without quoting, as GDELT writes them; every line ends with "\n". */
export function readTsv(text: string): string[][] {
  if (text !== "" && !text.endsWith("\n")) throw new Error("last line has no newline");
  return text
    .split("\n")
    .slice(0, -1)
    .map((line) => line.split("\t"));
}
