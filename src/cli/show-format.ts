/**
 * `harbinger show ARTICLE`: one article for the terminal. A heading (id, date, outlet, the
 * wire it is credited to, title, URL), the text with event triggers, actors, places and quotes highlighted (each trigger
 * tagged with its event's number), then every event with its code, label, mode, source →
 * target, date, location, size and evidence: sentence, trigger and the rule that fired.
 * Pure: the caller reads the article and decides on colour.
 */

import type { CodedDocument, EventActorOut, EventOut } from "../model/contract.js";
import type { CameoTable } from "../ontology/cameo-table.js";
import { BRACKETS, highlightText, type Mark, RESET, safeText, sgr } from "./highlight-text.js";

export interface ArticleView {
  /** The coded article, as `harbinger code` writes it or the store gives it back. */
  readonly document: CodedDocument;
  /** The article's text, which the document's offsets point into. */
  readonly text: string;
  /** The news agency the article is credited to, when it names one. */
  readonly wire?: string;
  /** The CAMEO label of an event code, or null when unknown. */
  readonly label?: (code: string) => string | null;
}

export interface ShowOptions {
  /** ANSI colours when true; brackets and plain text when false. */
  readonly color: boolean;
}

/** A label lookup over the CAMEO table. */
export function cameoLabels(table: CameoTable): (code: string) => string | null {
  return (code) => (table.has(code) ? table.get(code).label : null);
}

/** The marks of every annotation the document carries. */
export function articleMarks(document: CodedDocument): Mark[] {
  return [
    ...document.quotes.map((q) => ({ start: q.start, end: q.end, kind: "quote" as const })),
    ...document.places.map((p) => ({ start: p.start, end: p.end, kind: "place" as const })),
    ...document.entities.map((e) => ({ start: e.start, end: e.end, kind: "actor" as const })),
    ...document.events.map((e, i) => ({
      start: e.evidence.trigger.start,
      end: e.evidence.trigger.end,
      kind: "trigger" as const,
      tag: `#${i + 1}`,
    })),
  ];
}

const MODE_COLOUR: Readonly<Record<string, string>> = { asserted: "32", negated: "31" };

function painter(color: boolean) {
  return (text: string, codes: string) => (color ? `${sgr(codes)}${text}${RESET}` : text);
}

function actorText(document: CodedDocument, actor: EventActorOut | null): string {
  if (actor === null) return "-";
  const entity = document.entities.find((e) => e.start === actor.start && e.end === actor.end);
  const name = entity?.actor?.name ?? actor.text;
  return `${actor.code} (${safeText(name)})`;
}

function eventLines(view: ArticleView, event: EventOut, index: number, color: boolean): string[] {
  const paint = painter(color);
  const { document, text } = view;
  const { sentence, trigger, rule } = event.evidence;
  const label = view.label?.(event.cameo) ?? null;
  const mode = paint(event.mode, MODE_COLOUR[event.mode] ?? "33");
  const facts = [
    `date ${event.date ?? "-"}`,
    event.location &&
      `location ${safeText(event.location.name)} (${event.location.country ?? "?"}; ${event.location.lat}, ${event.location.lon})`,
    event.size &&
      `size ${Object.entries(event.size)
        .map(([k, n]) => `${k}=${n}`)
        .join(", ")}`,
    `confidence ${event.confidence.toFixed(2)}`,
  ].filter((f) => f);
  const words = safeText(text.slice(sentence.start, sentence.end)).replace(/\s+/g, " ").trim();
  return [
    [paint(`#${index + 1}`, "1"), paint(event.cameo, "1"), label, `[${mode}]`]
      .filter((part) => part)
      .join("  "),
    `    ${actorText(document, event.source)} → ${actorText(document, event.target)}`,
    `    ${facts.join(" · ")}`,
    `    sentence  "${words}"`,
    `    trigger   "${safeText(trigger.text)}" [${trigger.start}, ${trigger.end})  rule ${rule}`,
  ];
}

function legend(color: boolean): string {
  const paint = painter(color);
  const show = (kind: keyof typeof BRACKETS, codes: string) =>
    color ? paint(kind, codes) : `${BRACKETS[kind][0]}${kind}${BRACKETS[kind][1]}`;
  return `${show("trigger", "1;33")} ${show("actor", "36")} ${show("place", "32")} ${show("quote", "3;35")}`;
}

/** The whole view of one article, ending with a newline. */
export function formatArticleView(view: ArticleView, options: ShowOptions): string {
  const { document, text } = view;
  const { color } = options;
  const paint = painter(color);
  const wire = view.wire === undefined ? undefined : `via ${view.wire}`;
  const heading = [document.id, document.date, document.source, wire]
    .filter((part) => part)
    .map((part) => safeText(part as string))
    .join("  ");
  const lines = [paint(heading, "1")];
  if (document.title) lines.push(paint(safeText(document.title), "1"));
  if (document.url) lines.push(safeText(document.url));
  lines.push(`${paint("legend", "2")} ${legend(color)}`, "");
  lines.push(highlightText(text, articleMarks(document), color).trimEnd(), "");
  const counts = `${document.entities.length} actors, ${document.places.length} places, ${document.quotes.length} quotes`;
  lines.push(paint(`Events (${document.events.length}) · ${counts}`, "1"));
  document.events.forEach((event, i) => {
    lines.push(...eventLines(view, event, i, color));
  });
  if (document.events.length === 0) lines.push("  none coded");
  return `${lines.join("\n")}\n`;
}
