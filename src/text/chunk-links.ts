/**
 * Links the noun-phrase chunks of a sentence to each other: appositives ("Kiev, the capital of
 * Ukraine,", "Lviv, in western Ukraine,") and coordination ("Moscow and the West", "the US,
 * Russia, and Switzerland"), telling a list or a closing appositive from a new clause.
 */

import { SYNTAX_WORDS } from "../lexicon/syntax-words.js";
import type { Chunk, Doc, Sentence } from "../model/doc.js";
import { POS } from "./pos.js";
import { isPunct, isTimeChunk, isVerbal, lemma, lower } from "./token-tests.js";

const APPOSITIVE_CLOSERS = new Set([",", ".", ";", ":", ")", "-", "!", "?", '"']);
const LOCATIVE_PREPS = new Set(["in", "near", "outside", "at", "on"]);

/** Links appositives and coordinated chunks within each sentence. */
export function linkChunks(doc: Doc): void {
  const top = doc.chunks.filter((c) => doc.tokenChunk[c.firstToken] === c.index);
  for (let n = 0; n + 1 < top.length; n++) {
    const a = top[n] as Chunk;
    const b = top[n + 1] as Chunk;
    if (a.sentence !== b.sentence) continue;
    const gap = tokenWords(doc, a.endToken, b.firstToken);
    const sentenceEnd = (doc.sentences[a.sentence] as Sentence).endToken;
    if (gap === "and" || gap === "or" || gap === ", and" || gap === ", or") {
      // ", and NATO leaders began …" coordinates clauses, not phrases; nor is an appositive
      // closed by ", and" ("Lviv, in western Ukraine, and …") coordinated.
      // ("The US, Russia, and Switzerland met" is a list: its ", and" follows a list comma.)
      const inList = a.firstToken > 0 && isPunct(doc, a.firstToken - 1, ",");
      const verbAfter = isVerbal(doc, skipAdverbs(doc, b.endToken, sentenceEnd));
      // "killed an Israeli soldier and the Israeli military launched …": a verb's object does
      // not join the next clause's subject, though a speech verb's may ("said Russia and
      // Ukraine signed").
      const afterObject = verbAfter && a.firstToken > 0 && isObjectOfAct(doc, a.firstToken - 1);
      const clauseFollows = (gap.startsWith(",") && verbAfter && !inList) || afterObject;
      if (!clauseFollows && (a.appositiveOf === null || !gap.startsWith(","))) a.conjunct = b.index;
      continue;
    }
    const locative = gap.startsWith(", ") && LOCATIVE_PREPS.has(gap.slice(2));
    if (gap !== "," && !locative) continue;
    // "… on Saturday, defense and military officials said": a time phrase closes the clause
    // before the comma; it neither heads a list nor takes an appositive of another kind.
    if (isTimeChunk(doc, a.index) !== isTimeChunk(doc, b.index)) continue;
    const after = extendOver(doc, b, sentenceEnd);
    const afterWord = after < sentenceEnd ? lower(doc, after) : ".";
    if (afterWord === "and" || afterWord === "or" || isListContinuation(doc, top, n + 1, after)) {
      if (!locative) a.conjunct = b.index;
      continue;
    }
    const closed = APPOSITIVE_CLOSERS.has(afterWord) || closesRelative(doc, after, sentenceEnd);
    if (!closed || a.kind === "pronoun" || b.kind === "pronoun") continue;
    if (!locative && a.kind === "number") continue;
    a.appositive = b.index;
    a.appositivePrep = locative ? b.firstToken - 1 : null;
    b.appositiveOf = a.index;
  }
}

/** The first token at or after `k` that is not an adverb ("and Eritrean forces promptly took"). */
function skipAdverbs(doc: Doc, k: number, sentenceEnd: number): number {
  let j = k;
  while (j < sentenceEnd && doc.tokens.pos[j] === POS.ADV) j++;
  return j;
}

/** Token `k` is a verb whose object comes next, and not a verb of saying. */
function isObjectOfAct(doc: Doc, k: number): boolean {
  return (
    doc.tokens.pos[k] === POS.VERB && !SYNTAX_WORDS.speechVerbs.has(lemma(doc, k).toLowerCase())
  );
}

/** Relative words that may open a clause inside an appositive. */
const RELATIVES = new Set(["that", "who", "which"]);

/**
 * "The Observatory, a group that tracks the war, said": the appositive takes a relative clause,
 * and the comma after it is followed by the sentence's verb.
 */
function closesRelative(doc: Doc, after: number, sentenceEnd: number): boolean {
  if (after >= sentenceEnd || !RELATIVES.has(lower(doc, after))) return false;
  for (let k = after + 1; k + 1 < sentenceEnd; k++) {
    if (isPunct(doc, k, ",")) return isVerbal(doc, k + 1);
  }
  return false;
}

/** Words of the tokens `[from, to)` joined by spaces, lower-cased. */
function tokenWords(doc: Doc, from: number, to: number): string {
  const parts: string[] = [];
  for (let k = from; k < to; k++) parts.push(lower(doc, k));
  return parts.join(" ");
}

/** The token after a chunk and any "of/in X" phrases that complete it ("the capital of Ukraine"). */
function extendOver(doc: Doc, chunk: Chunk, sentenceEnd: number): number {
  let e = chunk.endToken;
  while (e + 1 < sentenceEnd && (lower(doc, e) === "of" || lower(doc, e) === "in")) {
    const next = doc.tokenChunk[e + 1] as number;
    if (next < 0) break;
    e = (doc.chunks[next] as Chunk).endToken;
  }
  return e;
}

/** "A, B, C and D": a comma after B followed by a chunk that is followed by and/or. */
function isListContinuation(
  doc: Doc,
  top: readonly Chunk[],
  bIndex: number,
  after: number,
): boolean {
  if (!isPunct(doc, after, ",")) return false;
  const c = top[bIndex + 1];
  if (c === undefined) return false;
  // "A, B, and C": the list may close with ", and" / ", or".
  const joined =
    c.firstToken === after + 1 ||
    (c.firstToken === after + 2 && ["and", "or"].includes(lower(doc, after + 1)));
  if (!joined) return false;
  if (c.firstToken === after + 2) return true;
  const afterC = lower(doc, c.endToken);
  return afterC === "and" || afterC === "or" || afterC === ",";
}
