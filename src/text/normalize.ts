/**
 * Offset-keeping normalisation. News text arrives with curly quotes, typographic dashes,
 * non-breaking spaces, soft hyphens and zero-width characters that split or disguise words. We
 * rewrite them to plain ASCII forms before tokenising and keep a map from every normalised
 * offset back to the original text, so that every span we report still slices the original.
 */

export interface NormalizedText {
  /** The text the tokenizer sees. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the original offset of normalised offset `i` (length `text.length + 1`),
   * or `null` when normalisation changed nothing and offsets are identical.
   */
  readonly toOriginal: Int32Array | null;
}

/** One-to-one replacements: same length, so they never disturb offsets. */
const REPLACE: Readonly<Record<string, string>> = {
  "\u2018": "'", // left single quote
  "\u2019": "'", // right single quote / apostrophe
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'", // prime, often typed for an apostrophe
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u201F": '"',
  "\u00AB": '"', // guillemets
  "\u00BB": '"',
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "-", // figure dash
  "\u2013": "-", // en dash
  "\u2014": "-", // em dash
  "\u2015": "-", // horizontal bar
  "\u2212": "-", // minus sign
  "\u00A0": " ", // no-break space
  "\u2007": " ",
  "\u202F": " ",
  "\u2009": " ",
  "\u200A": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\u3000": " ",
};

/**
 * Letters that do not decompose to a base letter and an accent: their plain form, so that
 * "Łukaszenka" and "Lukaszenka" meet (see also `foldKey`).
 */
export const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ħ: "h",
  Ħ: "H",
  ı: "i",
  ŀ: "l",
  Ŀ: "L",
  ŧ: "t",
  Ŧ: "T",
};

/**
 * Latin letters past Latin-1 ("ğ" in Erdoğan, "š" in Babiš, "ć" in Vučić) as their base
 * letter: wink-nlp's tokenizer splits a word at them ("Erdo | ğ | an"), which loses the name.
 * One letter for one, so offsets are unchanged; spans still slice the original spelling.
 */
const LATIN_EXTENDED = latinExtendedBases();

function latinExtendedBases(): Map<string, string> {
  const bases = new Map<string, string>();
  for (let code = 0x100; code <= 0x24f; code++) {
    const letter = String.fromCharCode(code);
    const base = UNDECOMPOSED_LETTERS[letter] ?? letter.normalize("NFD").charAt(0);
    if (/^[A-Za-z]$/.test(base)) bases.set(letter, base);
  }
  return bases;
}

function replacement(ch: string): string {
  return REPLACE[ch] ?? LATIN_EXTENDED.get(ch) ?? ch;
}

/** Characters that carry no text and split words when left in: dropped entirely. */
const DROP = new Set(["\u00AD", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"]);

/** Expansions: one character becomes several. */
const EXPAND: Readonly<Record<string, string>> = {
  "\u2026": "...", // ellipsis
};

const SPECIAL =
  /[\u0100-\u024F\u2018-\u201F\u2032\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u3000\u00AD\u200B-\u200D\u2060\uFEFF\u2026]/;

const SPECIAL_ALL = new RegExp(SPECIAL.source, "g");
const LENGTH_CHANGING = /[\u00AD\u200B-\u200D\u2060\uFEFF\u2026]/;

export function normalize(original: string): NormalizedText {
  // Fast path: most text needs nothing, and then offsets are the identity.
  if (!SPECIAL.test(original)) return { text: original, toOriginal: null };
  // Only one-for-one replacements (quotes, dashes, spaces): offsets stay the identity too.
  if (!LENGTH_CHANGING.test(original)) {
    return { text: original.replace(SPECIAL_ALL, replacement), toOriginal: null };
  }

  let out = "";
  let lengthChanged = false;
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i] as string;
    if (DROP.has(ch)) {
      lengthChanged = true;
      continue;
    }
    const expansion = EXPAND[ch];
    if (expansion !== undefined) {
      lengthChanged = true;
      for (let k = 0; k < expansion.length; k++) map.push(i);
      out += expansion;
      continue;
    }
    map.push(i);
    out += replacement(ch);
  }
  map.push(original.length);
  return { text: out, toOriginal: lengthChanged ? Int32Array.from(map) : null };
}

/** Maps a `[start, end)` pair of normalised offsets back to the original text. */
export function toOriginalSpan(
  normalized: NormalizedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const map = normalized.toOriginal;
  if (map === null) return { start, end };
  const s = map[start] as number;
  // The end maps through the last covered character so that dropped characters after a token
  // (a trailing soft hyphen) are not pulled into it; an expansion maps back to its one source.
  const e = end > start ? (map[end - 1] as number) + 1 : s;
  return { start: s, end: Math.max(e, s) };
}
