/**
 * Character spans: every mention, event and quote points into the original article text by
 * `[start, end)` offsets (end exclusive). A span's text is always sliced from the document.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers, as the output contract writes it. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function textSpan(text: string, span: Span): TextSpan {
  return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
}

export function spanLength(span: Span): number {
  return span.end - span.start;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
