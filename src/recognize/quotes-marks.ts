/**
 * Quote marks: the quoted runs of an article in every style — straight "…", curly “…”, low
 * „…“, guillemets «…», and single ‘…’ or '…' where they clearly quote. The scan reads the
 * ORIGINAL text (not the normalised one, which flattens curly marks and so loses which way they
 * face), so every offset it returns slices the article exactly. A quote that runs over several
 * paragraphs, each new paragraph reopening it and only the last closing it (the newspaper
 * convention), is one run with one part per paragraph.
 */

import type { Span } from "../model/span.js";

/** One paragraph's share of a quoted run. */
export interface QuotedPart {
  /** Offset of the opening mark. */
  readonly openMark: number;
  /** Offset of the closing mark, or null when the paragraph ends with the quote still open. */
  readonly closeMark: number | null;
  /** The quoted words: no marks, no surrounding spaces, no comma handing over to the speaker. */
  readonly content: Span;
}

export interface QuotedRun {
  readonly parts: readonly QuotedPart[];
}

const DOUBLE_OPEN = "\u201C\u201E\u201F\u00AB"; // “ „ ‟ «
const DOUBLE_CLOSE = "\u201D\u00BB"; // ” »
const SINGLE_OPEN = "\u2018\u2039"; // ‘ ‹
const DOUBLE_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/;
const LOW_OPEN = "\u201E"; // „ is closed by “ in German-style quoting
const LEFT_DOUBLE = "\u201C";
/** Characters after which a straight mark opens a quote rather than closes one. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:"'\u201C\u2018]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function findQuotedRuns(text: string): QuotedRun[] {
  const runs: QuotedRun[] = [];
  let carried: QuotedPart[] = [];
  for (const paragraph of paragraphs(text)) {
    const continues = carried.length > 0 && opensWithDoubleMark(text, paragraph);
    if (!continues && carried.length > 1) runs.push({ parts: carried });
    if (!continues) carried = [];
    const scan = scanDouble(text, paragraph, continues ? carried : []);
    runs.push(...scan.closed);
    carried = scan.open;
    runs.push(...scanSingle(text, paragraph, scan.covered));
  }
  // A run reopened over paragraphs is clearly a quote even if its last close mark is missing;
  // a lone paragraph that never closes its quote is more likely a stray mark.
  if (carried.length > 1) runs.push({ parts: carried });
  return runs.sort((a, b) => firstOpen(a) - firstOpen(b));
}

function firstOpen(run: QuotedRun): number {
  return (run.parts[0] as QuotedPart).openMark;
}

/** Paragraphs: text between blank lines, as the tokenizer splits them. */
function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const breaks = /\r?\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

function opensWithDoubleMark(text: string, paragraph: Span): boolean {
  const ch = text.charAt(paragraph.start);
  return ch === '"' || DOUBLE_OPEN.includes(ch);
}

interface DoubleScan {
  readonly closed: QuotedRun[];
  /** Parts of a run still open at the paragraph's end (to continue in the next paragraph). */
  readonly open: QuotedPart[];
  /** The spans inside double quotes, where single marks are nested quotes, not new ones. */
  readonly covered: Span[];
}

function scanDouble(text: string, paragraph: Span, carried: QuotedPart[]): DoubleScan {
  const closed: QuotedRun[] = [];
  const covered: Span[] = [];
  let parts = carried;
  let openAt = -1;
  const marks = new RegExp(DOUBLE_MARK.source, "g");
  marks.lastIndex = paragraph.start;
  for (let m = marks.exec(text); m !== null && m.index < paragraph.end; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const straight = ch === '"';
    if (openAt < 0) {
      if (DOUBLE_OPEN.includes(ch) || (straight && straightOpens(text, i))) openAt = i;
      continue;
    }
    const opener = text.charAt(openAt);
    const closes =
      DOUBLE_CLOSE.includes(ch) || straight || (opener === LOW_OPEN && ch === LEFT_DOUBLE);
    if (closes) {
      covered.push({ start: openAt, end: i + 1 });
      const part = { openMark: openAt, closeMark: i, content: trimContent(text, openAt + 1, i) };
      if (!isEmpty(part.content)) closed.push({ parts: [...parts, part] });
      parts = [];
      openAt = -1;
    } else {
      // A second opening mark while one is open: the first was a stray; start again here.
      parts = [];
      openAt = i;
    }
  }
  if (openAt < 0) return { closed, open: [], covered };
  covered.push({ start: openAt, end: paragraph.end });
  const last = {
    openMark: openAt,
    closeMark: null,
    content: trimContent(text, openAt + 1, paragraph.end),
  };
  return { closed, open: [...parts, last], covered };
}

/** A straight double mark opens when it follows a space or bracket and precedes a word. */
function straightOpens(text: string, i: number): boolean {
  const before = i === 0 ? " " : text.charAt(i - 1);
  const after = text.charAt(i + 1);
  return OPENS_AFTER.test(before) && after !== "" && !/\s/.test(after);
}

/**
 * Single marks double as apostrophes ("Russia’s", "soldiers’ pay", "’90s"), so a single-quoted
 * run needs an opening mark before a word and a closing mark after one, in the same paragraph.
 */
function scanSingle(text: string, paragraph: Span, covered: readonly Span[]): QuotedRun[] {
  const runs: QuotedRun[] = [];
  const openers = /['\u2018\u2039]/g;
  openers.lastIndex = paragraph.start;
  let c = 0; // the first covered span that does not end before the mark
  for (let m = openers.exec(text); m !== null && m.index < paragraph.end; m = openers.exec(text)) {
    const i = m.index;
    while (c < covered.length && (covered[c] as Span).end <= i) c++;
    const next = covered[c];
    if (next !== undefined && next.start <= i) {
      openers.lastIndex = next.end;
      continue;
    }
    if (!singleOpens(text, i)) continue;
    const close = singleClose(text, i + 1, next?.start ?? paragraph.end);
    if (close < 0) continue;
    const content = trimContent(text, i + 1, close);
    if (!isEmpty(content)) runs.push({ parts: [{ openMark: i, closeMark: close, content }] });
    openers.lastIndex = close + 1;
  }
  return runs;
}

function singleOpens(text: string, i: number): boolean {
  const ch = text.charAt(i);
  if (ch !== "'" && !SINGLE_OPEN.includes(ch)) return false;
  const before = i === 0 ? " " : text.charAt(i - 1);
  return OPENS_AFTER.test(before) && WORD_CHAR.test(text.charAt(i + 1));
}

/**
 * The closing single mark: after a non-space and before a non-word character. A mark after
 * "s" and before a word ("the soldiers’ pay") may be a plural possessive, so a later
 * candidate wins over it.
 */
function singleClose(text: string, from: number, stop: number): number {
  let weak = -1;
  const closers = /['\u2019\u203A]/g;
  closers.lastIndex = from;
  for (let m = closers.exec(text); m !== null && m.index < stop; m = closers.exec(text)) {
    const i = m.index;
    if (/\s/.test(text.charAt(i - 1)) || WORD_CHAR.test(text.charAt(i + 1))) continue;
    const possessive = text.charAt(i - 1) === "s" && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
    if (!possessive) return i;
    if (weak < 0) weak = i;
  }
  return weak;
}

/** The words between two marks, without spaces and the comma that hands over to the frame. */
function trimContent(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /[\s,;:]/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

function isEmpty(span: Span): boolean {
  return span.end <= span.start;
}
