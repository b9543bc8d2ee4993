/**
 * Reading values out of fast-xml-parser's output, where one element may come back as a
 * string, an object with `#text` and `@_` attributes, or an array of either.
 */

export type XmlNode = Record<string, unknown>;

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asNode(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as XmlNode)
    : undefined;
}

/** The trimmed text of an element, or undefined when it is absent or empty. */
export function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const raw =
    typeof first === "string" || typeof first === "number"
      ? String(first)
      : asNode(first)?.["#text"];
  if (typeof raw !== "string" && typeof raw !== "number") return undefined;
  const text = String(raw).trim();
  return text === "" ? undefined : text;
}

export function attributeOf(value: unknown, name: string): string | undefined {
  const attribute = asNode(value)?.[`@_${name}`];
  return typeof attribute === "string" && attribute.trim() !== "" ? attribute.trim() : undefined;
}

/**
 * `href` resolved against `base`; undefined unless it is an http(s) address — or a file
 * address in a document that was itself read from a file (a local feed listing local pages).
 * A fetched document can never point Harbinger at the local file system.
 */
export function absoluteUrl(href: string | undefined, base?: string): string | undefined {
  if (href === undefined) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol === "http:" || url.protocol === "https:") return url.toString();
    return url.protocol === "file:" && base?.startsWith("file:") ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

const XML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/**
 * The text of raw (unparsed) XML content: CDATA sections as they are, entities decoded
 * elsewhere. Atom content is kept raw so that XHTML content keeps its markup.
 */
export function rawXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) =>
      part.startsWith("<![CDATA[")
        ? part.slice(9, -3)
        : part.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
            if (name[0] !== "#") return XML_ENTITIES[name.toLowerCase()] ?? entity;
            const code =
              name[1] === "x" || name[1] === "X"
                ? parseInt(name.slice(2), 16)
                : Number(name.slice(1));
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
          }),
    )
    .join("");
}
