/**
 * Reported speech: credits each clause's content to its speaker. Three forms — "X said (that)
 * S", "S, X said" / "S, said X", and "according to X, S" — and the credit flows to clauses that
 * continue the reported content (coordinated, conditional, relative, non-finite).
 */

import { SYNTAX_WORDS, type SyntaxWords } from "../lexicon/syntax-words.js";
import type { Attribution, Chunk, Clause, Doc, Sentence, VerbGroup } from "../model/doc.js";
import { chunkAt, isPunct, lemma, lower } from "./token-tests.js";

/** Heads of phrases that stand for their author ("a statement from the ministry"). */
const DOCUMENT_HEADS = new Set([
  "statement",
  "report",
  "release",
  "communique",
  "readout",
  "summary",
  "letter",
  "post",
  "tweet",
  "source",
  "transcript",
]);

export function attributeSpeech(doc: Doc, words: SyntaxWords = SYNTAX_WORDS): void {
  for (const clause of doc.clauses) {
    const parent = clause.parent === null ? undefined : doc.clauses[clause.parent];
    if (clause.kind === "complement" && parent !== undefined && isSpeech(doc, parent, words)) {
      const speaker = parent.subject ?? null;
      if (speaker !== null) clause.attribution = { speaker, cue: verbOf(doc, parent).head };
    }
  }
  for (const sentence of doc.sentences) {
    attributeTrailingSpeech(doc, sentence, words);
    attributeAccordingTo(doc, sentence);
  }
  // Content continues: a clause hanging off a reported clause is reported too.
  for (const clause of doc.clauses) {
    if (clause.attribution !== null || clause.parent === null) continue;
    const parent = doc.clauses[clause.parent] as Clause;
    if (parent.attribution !== null && !isSpeech(doc, clause, words)) {
      clause.attribution = parent.attribution;
    }
  }
}

function verbOf(doc: Doc, clause: Clause): VerbGroup {
  return doc.verbGroups[clause.verb as number] as VerbGroup;
}

function isSpeech(doc: Doc, clause: Clause, words: SyntaxWords): boolean {
  return clause.verb !== null && words.speechVerbs.has(verbOf(doc, clause).lemma);
}

/** "The building was demolished …, police said." / "…," said the spokesman. */
function attributeTrailingSpeech(doc: Doc, sentence: Sentence, words: SyntaxWords): void {
  const clauses = doc.clauses.filter((c) => c.sentence === sentence.index);
  const last = clauses.at(-1);
  if (
    last === undefined ||
    clauses.length < 2 ||
    last.kind !== "main" ||
    !isSpeech(doc, last, words)
  )
    return;
  if (!isPunct(doc, last.firstToken - 1, ',"') && lower(doc, last.firstToken - 1) !== "'") return;
  const speaker = last.subject ?? last.object;
  if (speaker === null) return;
  const credit: Attribution = { speaker, cue: verbOf(doc, last).head };
  for (const clause of clauses) {
    if (clause !== last && clause.attribution === null) clause.attribution = credit;
  }
}

/** "According to a statement from the ministry, …" and "…, according to officials." */
function attributeAccordingTo(doc: Doc, sentence: Sentence): void {
  for (let i = sentence.firstToken; i + 2 < sentence.endToken; i++) {
    if (lower(doc, i) !== "according" || lower(doc, i + 1) !== "to") continue;
    let speaker = chunkAt(doc, i + 2);
    if (speaker < 0) continue;
    speaker = authorOf(doc, speaker);
    const credit: Attribution = { speaker, cue: i };
    for (const clause of doc.clauses) {
      if (clause.sentence === sentence.index && clause.attribution === null) {
        clause.attribution = credit;
      }
    }
  }
}

/** "a statement from the ministry" → "the ministry": a document stands for its author. */
function authorOf(doc: Doc, chunk: number): number {
  const c = doc.chunks[chunk] as Chunk;
  if (!DOCUMENT_HEADS.has(lemma(doc, c.head))) return chunk;
  const prep = lower(doc, c.endToken);
  if (prep !== "from" && prep !== "by" && prep !== "of") return chunk;
  const author = chunkAt(doc, c.endToken + 1);
  return author >= 0 ? author : chunk;
}
