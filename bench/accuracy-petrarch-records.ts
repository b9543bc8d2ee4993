/**
 * Reads PETRARCH validation files (PETR2_GSR_validation.xml, PETR.UnitTest.records.xml) into
 * records: id, date, sentence text and expected codings. The files are not well-formed XML per
 * record (some `<Sentence …>` tags close themselves, attributes are spaced and quoted in several
 * ways), so they are split on `<Sentence ` and read with small regular expressions.
 */

export interface ExpectedCoding {
  readonly event: string;
  /** Actor codes as written; null for "---", empty, or an uncoded actor given as quoted text. */
  readonly source: string | null;
  readonly target: string | null;
}

export interface PetrarchRecord {
  readonly id: string;
  readonly category: string;
  /** `YYYY-MM-DD`, when the record has a date. */
  readonly date: string | undefined;
  readonly text: string;
  readonly codings: readonly ExpectedCoding[];
  /** No expected coding: `noevents="True"`, an `error="…"` record the coder should discard, or none given. */
  readonly expectsNone: boolean;
  /** The expected error ("dateline", "sentencediscard" …), when the record is one. */
  readonly expectedError: string | null;
}

const ATTRIBUTE = /([A-Za-z_]+)\s*=\s*("[^"]*"|'[^']*')/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) {
    out.set((m[1] as string).toLowerCase(), (m[2] as string).slice(1, -1));
  }
  return out;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** "USAGOV" stays; "---", "" and quoted actor text (`"INJURY TOLL"`) mean "no coded actor". */
function actorCode(value: string | undefined): string | null {
  const code = (value ?? "").trim().toUpperCase();
  return /^[A-Z]{3}/.test(code) ? code : null;
}

function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value?.trim() ?? "");
  return m === null ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * A record whose <Text> is empty still has its CoNLL-U parse: the sentence is rebuilt from the
 * token forms, spaced as written (SpaceAfter=No) and with no space before closing punctuation.
 */
function textFromParse(chunk: string): string {
  const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(chunk)?.[1] ?? "";
  let text = "";
  let glue = true;
  for (const line of parse.split("\n")) {
    const cols = line.split("\t");
    if (cols.length < 10 || !/^\d+$/.test(cols[0] as string)) continue;
    const form = cols[1] as string;
    text += glue || /^[.,;:!?)\]]/.test(form) ? form : ` ${form}`;
    glue = /SpaceAfter=No/.test(cols[9] as string);
  }
  return text;
}

export function parsePetrarchRecords(content: string): PetrarchRecord[] {
  // Commented-out codings and notes must not count; the header before the first record goes too.
  const chunks = content
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("<Sentence ")
    .slice(1);
  return chunks.map((chunk, i) => {
    const head = attributes(chunk.slice(0, chunk.indexOf(">")));
    const codings: ExpectedCoding[] = [];
    let expectedError: string | null = null;
    // `noevents="True"` needs no handling: such a record simply has no coding.
    for (const tag of chunk.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = attributes(tag[1] as string);
      if (a.has("error")) expectedError = a.get("error") ?? "";
      else if (a.has("eventcode")) {
        codings.push({
          event: (a.get("eventcode") as string).trim(),
          source: actorCode(a.get("sourcecode")),
          target: actorCode(a.get("targetcode")),
        });
      }
    }
    const written = decodeEntities(/<Text>([\s\S]*?)<\/Text>/.exec(chunk)?.[1] ?? "");
    return {
      id: head.get("id") ?? `record-${i + 1}`,
      category: head.get("category") ?? "",
      date: isoDate(head.get("date")),
      // Texts are hard-wrapped in the file; the wraps are not sentence structure.
      text: (written.trim() === "" ? textFromParse(chunk) : written).replace(/\s+/g, " ").trim(),
      codings,
      // A record with no coding left (one was commented out) expects no event either.
      expectsNone: codings.length === 0,
      expectedError,
    };
  });
}
