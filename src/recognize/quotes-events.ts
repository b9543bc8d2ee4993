/**
 * The events a quote reports: those whose trigger lies among the quoted or reported words
 * (not the cue verb itself), and those whose clause the reported-speech layer credits to the
 * same cue. Indices are into `doc.events`, which the output writes in the same order.
 */

import type { Doc, DocEvent, Quote } from "../model/doc.js";
import { spanContains } from "../model/span.js";

export function quoteEvents(doc: Doc, quote: Quote): number[] {
  const within = quote.kind === "direct" ? quote.parts : [quote];
  return doc.events.filter((e) => reports(doc, quote, within, e)).map((e) => e.index);
}

function reports(doc: Doc, quote: Quote, within: readonly Quote["parts"][number][], e: DocEvent) {
  if (quote.cue !== null && e.trigger.firstToken <= quote.cue && quote.cue < e.trigger.endToken) {
    return false;
  }
  if (within.some((span) => spanContains(span, e.trigger))) return true;
  const credit = e.clause === null ? null : doc.clauses[e.clause]?.attribution;
  return credit != null && quote.cue !== null && credit.cue === quote.cue;
}
