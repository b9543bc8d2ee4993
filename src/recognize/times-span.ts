/**
 * The words of a time expression: the tokens chrono's match covers, without the punctuation it
 * takes along and with the qualifiers it leaves out ("earlier this month"), and whether the
 * words before it put it ahead ("a meeting planned for Thursday").
 */

import type { Doc, Sentence, TokenRange } from "../model/doc.js";
import { isPunct } from "../text/token-tests.js";
import type { DateFind } from "./times-chrono.js";

/** Words before a date that narrow it without moving it: "earlier this month". */
const QUALIFIERS = new Set(["earlier", "later", "early", "late", "mid"]);

/** "a meeting planned for Thursday", "talks scheduled for Monday": ahead whatever the tense. */
export function plannedFor(doc: Doc, range: TokenRange): boolean {
  const before = (k: number) => doc.tokens.lower[range.firstToken - k] ?? "";
  const prep = before(1) === "for" || before(1) === "on";
  return PLANNED.has(before(1)) || (prep && PLANNED.has(before(2)));
}

const PLANNED = new Set(["planned", "scheduled", "due", "expected", "set"]);

/** The tokens an expression covers, without the punctuation chrono takes along ("Saturday,"). */
export function tokenRangeOf(doc: Doc, sentence: Sentence, find: DateFind): TokenRange | null {
  const { tokens } = doc;
  const start = sentence.start + find.index;
  const end = start + find.text.length;
  let first = -1;
  let last = -1;
  for (let k = sentence.firstToken; k < sentence.endToken; k++) {
    if ((tokens.end[k] as number) <= start || (tokens.start[k] as number) >= end) continue;
    if (first < 0) first = k;
    last = k;
  }
  while (last >= first && first >= 0 && isPunct(doc, last)) last--;
  if (first < 0 || last < first) return null;
  // "earlier this month", "late last year": chrono leaves the qualifier out; the span keeps it.
  for (;;) {
    const before = tokens.lower[first - 1] ?? "";
    const hyphened = before === "-" && QUALIFIERS.has(tokens.lower[first - 2] ?? "");
    if (first - (hyphened ? 2 : 1) < sentence.firstToken) break;
    if (hyphened) first -= 2;
    else if (QUALIFIERS.has(before)) first--;
    else break;
  }
  return {
    firstToken: first,
    endToken: last + 1,
    start: tokens.start[first] as number,
    end: tokens.end[last] as number,
  };
}
