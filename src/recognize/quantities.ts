/**
 * The quantities stage: number phrases with what they count and in what role. A number is kept
 * when it is money, counts a noun the word lists know (soldiers, people, refugees, deaths), or
 * is a bare count a verb gives a role ("wounding 30"); years, dates, ages, ordinals, numbers of
 * articles or flights and percentages are left alone.
 */

import { QUANTITY_WORDS, type QuantityWords } from "../lexicon/quantity-words.js";
import type { Chunk, Clause, Doc, Quantity } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import { clausesBySentence, innermostClause } from "./clause-at.js";
import { type NumberPhrase, readNumber } from "./quantities-numbers.js";
import { governingVerb, roleOf, type UnitEntry, unitEntry } from "./quantities-roles.js";

export function recognizeQuantities(doc: Doc, words: QuantityWords = QUANTITY_WORDS): void {
  const inTime = new Uint8Array(doc.tokens.length);
  for (const t of doc.times) inTime.fill(1, t.firstToken, t.endToken);
  const clauses = clausesBySentence(doc);
  const found: Omit<Quantity, "index">[] = [];
  for (const sentence of doc.sentences) {
    const own = clauses[sentence.index] ?? [];
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      const starts = !inTime[i] && (/^\d/.test(lower(doc, i)) || words.starts.has(lower(doc, i)));
      const phrase = starts ? readNumber(doc, i, sentence.endToken, words) : null;
      const quantity = phrase === null ? null : toQuantity(doc, phrase, own, inTime, words);
      if (quantity !== null) found.push(quantity);
      i = phrase === null ? i + 1 : Math.max(phrase.endToken, i + 1);
    }
  }
  doc.quantities = found.map((q, index) => ({ ...q, index }));
}

function toQuantity(
  doc: Doc,
  phrase: NumberPhrase,
  clauses: readonly Clause[],
  inTime: Uint8Array,
  words: QuantityWords,
): Omit<Quantity, "index"> | null {
  const { firstToken, endToken } = phrase;
  for (let k = firstToken; k < endToken; k++) if (inTime[k]) return null;
  if (isSkipped(doc, phrase, words)) return null;
  const chunk = chunkOf(doc, firstToken, endToken);
  const unit = phrase.currency === null ? countedNoun(doc, phrase, chunk, words) : null;
  // The span runs to the counted noun: "more than 100,000 troops", "hundreds of protesters".
  const last = Math.max(endToken - 1, unit?.token ?? -1);
  const covering = chunksIn(doc, firstToken, last + 1);
  const governor = governingVerb(doc, firstToken, covering, clauses, words);
  let role: string | null;
  let rule: string;
  if (phrase.currency !== null) {
    role = "money";
    rule = "quantities/money";
  } else {
    if (unit === null && governor === null) return null;
    role = roleOf(unit, governor);
    rule = unit === null ? "quantities/verb-count" : `quantities/${unit.kind}-noun`;
    if (governor !== null && unit?.kind !== "role") rule += "+verb";
  }
  return {
    sentence: doc.tokens.sentence[firstToken] as number,
    clause: clauseOf(clauses, covering, firstToken),
    chunk,
    firstToken,
    endToken: last + 1,
    start: doc.tokens.start[firstToken] as number,
    end: doc.tokens.end[last] as number,
    value: phrase.value,
    min: phrase.min,
    max: phrase.max,
    approximate: phrase.approximate,
    role,
    unit: phrase.currency ?? unit?.word ?? null,
    rule,
  };
}

/** "No. 2", "37-year-old", "20%", "one of the most", "5 p.m.", "the 2022 budget". */
function isSkipped(doc: Doc, phrase: NumberPhrase, words: QuantityWords): boolean {
  const before = lower(doc, phrase.firstToken - 1);
  const after = lower(doc, phrase.endToken);
  if (words.skipBefore.has(before)) return true;
  if (words.skipAfter.has(after) && !(phrase.vague && after === "of")) {
    // "millions of dollars" is money, "hundreds of protesters" a count: both keep their "of".
    return true;
  }
  const first = lower(doc, phrase.firstToken);
  return (
    phrase.currency === null &&
    /^(1[6-9]|20)\d\d$/.test(first) &&
    phrase.endToken - phrase.firstToken === 1
  );
}

/** The noun the number counts: the head of its own phrase, or of the phrase after "of". */
function countedNoun(
  doc: Doc,
  phrase: NumberPhrase,
  chunk: number | null,
  words: QuantityWords,
): (UnitEntry & { token: number }) | null {
  const { endToken } = phrase;
  let head: number | null = null;
  if (phrase.vague && lower(doc, endToken) === "of") {
    const next = doc.tokenChunk[endToken + 1] ?? -1;
    head = next < 0 ? null : (doc.chunks[next] as Chunk).head;
  } else if (chunk !== null) {
    const c = doc.chunks[chunk] as Chunk;
    if (c.head >= endToken) head = c.head;
  }
  // "five dead", "30 wounded", "dozens injured": the word after the number names the role.
  if (head === null && endToken < doc.tokens.length) {
    const after = unitEntry(doc, endToken, words);
    if (after?.kind === "role") return { ...after, token: endToken };
  }
  if (head === null) return null;
  const entry = unitEntry(doc, head, words);
  return entry === null ? null : { ...entry, token: head };
}

/** The chunk of the number's last token ("20 troops" in "between 10 and 20 troops"), or any. */
function chunkOf(doc: Doc, first: number, end: number): number | null {
  for (let k = end - 1; k >= first; k--) {
    const c = doc.tokenChunk[k] ?? -1;
    if (c >= 0) return c;
  }
  return null;
}

/** The distinct chunks over tokens `[first, end)`: "Tens", "thousands", "people". */
function chunksIn(doc: Doc, first: number, end: number): number[] {
  const found: number[] = [];
  for (let k = first; k < end; k++) {
    const c = doc.tokenChunk[k] ?? -1;
    if (c >= 0 && !found.includes(c)) found.push(c);
  }
  return found;
}

/** The clause whose argument the counted phrase is, else the innermost clause around it. */
function clauseOf(
  clauses: readonly Clause[],
  chunks: readonly number[],
  token: number,
): number | null {
  const has = (chunk: number | null) => chunk !== null && chunks.includes(chunk);
  const arg = clauses.find(
    (c) =>
      has(c.object) ||
      has(c.agent) ||
      (has(c.subject) && !c.subjectShared) ||
      c.preps.some((p) => has(p.chunk)),
  );
  return arg?.index ?? innermostClause(clauses, token)?.index ?? null;
}
