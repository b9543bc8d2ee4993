/**
 * Front matter of a text article: an optional `---` block of `key: value` lines at the very top
 * of a file that carries the article's id, date, title, source and url.
 *
 * Hand-written on purpose: only flat `key: value` lines are meaningful here, and a YAML parser
 * would add a dependency and accept far more than we can use.
 */

export interface FrontMatter {
  readonly meta: Record<string, string>;
  /** The article text, verbatim: every offset in the output refers to this string. */
  readonly body: string;
}

const OPENING = /^---\r?\n/;
const CLOSING = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_]+)[ \t]*:(.*)$/;

/**
 * Splits `content` into front matter and body. Content that does not start with a well-formed
 * block (every line inside `key: value` or blank, closed by a `---` line) has no front matter:
 * a Markdown article may well open with a `---` rule, and guessing would eat its text.
 */
export function parseFrontMatter(content: string): FrontMatter {
  const opening = OPENING.exec(content);
  if (!opening) return { meta: {}, body: content };

  const meta: Record<string, string> = {};
  let position = opening[0].length;
  while (position < content.length) {
    const newline = content.indexOf("\n", position);
    const lineEnd = newline === -1 ? content.length : newline;
    const next = newline === -1 ? content.length : newline + 1;
    const line = content.slice(position, lineEnd).replace(/\r$/, "");

    if (CLOSING.test(line)) return { meta, body: content.slice(next) };
    if (line.trim() !== "") {
      const pair = KEY_VALUE.exec(line);
      if (!pair) return { meta: {}, body: content };
      // Keys are case-insensitive for people typing `Title:`; values lose one pair of quotes
      // because YAML habits put `title: "..."` into files.
      meta[(pair[1] ?? "").toLowerCase()] = unquote((pair[2] ?? "").trim());
    }
    position = next;
  }
  // No closing line: this was not front matter after all.
  return { meta: {}, body: content };
}

function unquote(value: string): string {
  if (value.length >= 2) {
    const first = value[0];
    if ((first === '"' || first === "'") && value.endsWith(first)) return value.slice(1, -1);
  }
  return value;
}
