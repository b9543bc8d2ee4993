/**
 * Marks spans of an article's text for the terminal: ANSI colours, or brackets when colour is
 * off (`--no-color`, a pipe, NO_COLOR). Spans may nest (an actor inside a quote) or overlap;
 * every character keeps the styles of all the spans over it. Control characters in the text
 * are neutralised so that an article cannot drive the terminal.
 */

import type { Span } from "../model/span.js";

export type MarkKind = "trigger" | "actor" | "place" | "quote";

export interface Mark extends Span {
  readonly kind: MarkKind;
  /** Written right after the span ("#2" after an event's trigger), or none. */
  readonly tag?: string;
}

/** Brackets of the plain view. */
export const BRACKETS: Readonly<Record<MarkKind, readonly [string, string]>> = {
  trigger: ["<", ">"],
  actor: ["[", "]"],
  place: ["{", "}"],
  quote: ["«", "»"],
};

/** Foreground colours by kind, strongest first: an inner span's colour wins over a quote's. */
const COLOURS: readonly (readonly [MarkKind, string])[] = [
  ["trigger", "33"],
  ["actor", "36"],
  ["place", "32"],
  ["quote", "35"],
];

export const sgr = (codes: string) => `\u001b[${codes}m`;
export const RESET = sgr("0");

/** The terminal style of a set of active kinds: bold triggers, italic quotes, one colour. */
function style(active: ReadonlySet<MarkKind>): string {
  const codes: string[] = [];
  if (active.has("trigger")) codes.push("1");
  if (active.has("quote")) codes.push("3");
  const colour = COLOURS.find(([kind]) => active.has(kind));
  if (colour) codes.push(colour[1]);
  return codes.length === 0 ? "" : sgr(codes.join(";"));
}

/** The text with control characters (other than newlines and tabs) made harmless. */
export function safeText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: neutralising them is the point
  return text.replace(/\r/g, "").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\ufffd");
}

/** Marks with the same kind and span become one, their tags joined ("#2,#5"). */
function mergeMarks(marks: readonly Mark[]): Mark[] {
  const byKey = new Map<string, Mark>();
  for (const mark of marks) {
    const key = `${mark.kind}:${mark.start}:${mark.end}`;
    const seen = byKey.get(key);
    const tag = [seen?.tag, mark.tag].filter((t) => t).join(",");
    byKey.set(key, { ...mark, ...(tag && { tag }) });
  }
  // Outer spans open first: by start, then longest.
  return [...byKey.values()]
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text with every mark shown, in colour or with brackets. */
export function highlightText(text: string, marks: readonly Mark[], color: boolean): string {
  const sorted = mergeMarks(marks);
  const boundaries = [...new Set([0, text.length, ...sorted.flatMap((m) => [m.start, m.end])])]
    .filter((p) => p >= 0 && p <= text.length)
    .sort((a, b) => a - b);
  const open: Mark[] = [];
  let out = "";
  let from = 0;
  let current = "";
  for (const at of boundaries) {
    out += safeText(text.slice(from, at));
    from = at;
    let tagged = false;
    // Close what ends here, innermost first, then open what starts here, outermost first.
    for (let i = open.length - 1; i >= 0; i--) {
      const mark = open[i] as Mark;
      if (mark.end !== at) continue;
      open.splice(i, 1);
      if (!color) out += BRACKETS[mark.kind][1];
      if (!mark.tag) continue;
      out += color ? `${RESET}${sgr("2")}${mark.tag}` : mark.tag;
      tagged = true;
    }
    for (const mark of sorted) {
      if (mark.start !== at) continue;
      open.push(mark);
      if (!color) out += BRACKETS[mark.kind][0];
    }
    if (!color) continue;
    const next = style(new Set(open.map((m) => m.kind)));
    // A reset is needed only to end a style (or a tag's dim); then the new style starts.
    if (next !== current || tagged) out += (current !== "" || tagged ? RESET : "") + next;
    current = next;
  }
  return out;
}
