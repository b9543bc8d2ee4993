/**
 * Test helpers: run the text pipeline over a sentence and read its annotations back as short
 * strings, so that test tables stay readable.
 */

import type { ActorLexicon } from "../../src/lexicon/actor-lexicon.js";
import type { Chunk, Clause, Doc, VerbGroup } from "../../src/model/doc.js";
import { createPipeline } from "../../src/pipeline/pipeline.js";
import { recognizeStages } from "../../src/recognize/stages.js";
import { TEXT_STAGES } from "../../src/text/analyze.js";

const pipeline = createPipeline(TEXT_STAGES);

export function analyze(text: string): Doc {
  return pipeline.run({ id: "test", text });
}

export function slice(doc: Doc, span: { start: number; end: number } | null | undefined): string {
  return span ? doc.text.slice(span.start, span.end) : "";
}

export function chunkText(doc: Doc, index: number | null): string | null {
  return index === null ? null : slice(doc, doc.chunks[index] as Chunk);
}

/** Top-level chunks (not possessors nested inside another chunk). */
export function topChunks(doc: Doc): Chunk[] {
  return doc.chunks.filter((c) => doc.tokenChunk[c.firstToken] === c.index);
}

export function findChunk(doc: Doc, text: string): Chunk {
  const chunk = doc.chunks.find((c) => slice(doc, c) === text);
  if (chunk === undefined) {
    throw new Error(
      `no chunk "${text}" in: ${doc.chunks.map((c) => `[${slice(doc, c)}]`).join(" ")}`,
    );
  }
  return chunk;
}

export function verbOf(doc: Doc, clause: Clause): VerbGroup {
  return doc.verbGroups[clause.verb as number] as VerbGroup;
}

export function findClause(doc: Doc, verbText: string): Clause {
  const clause = doc.clauses.find((c) => slice(doc, verbOf(doc, c)) === verbText);
  if (clause === undefined) {
    const verbs = doc.clauses.map((c) => `[${slice(doc, verbOf(doc, c))}]`).join(" ");
    throw new Error(`no clause with verb "${verbText}" in: ${verbs}`);
  }
  return clause;
}

export function findVerb(doc: Doc, text: string): VerbGroup {
  const group = doc.verbGroups.find((g) => slice(doc, g) === text);
  if (group === undefined) {
    throw new Error(
      `no verb group "${text}" in: ${doc.verbGroups.map((g) => `[${slice(doc, g)}]`).join(" ")}`,
    );
  }
  return group;
}

/** Runs the text and recognition stages with the given lexicon. */
export function recognize(text: string, lexicon: ActorLexicon, date = "2022-02-13"): Doc {
  return createPipeline([...TEXT_STAGES, ...recognizeStages(lexicon)]).run({
    id: "test",
    text,
    date,
  });
}

/** A clause as a short record: verb, kind, parent's verb, subject, object, agent, preps. */
export function describeClause(doc: Doc, clause: Clause) {
  const parent = clause.parent === null ? null : (doc.clauses[clause.parent] as Clause);
  return {
    kind: clause.kind,
    parent: parent === null ? null : slice(doc, verbOf(doc, parent)),
    subject: chunkText(doc, clause.subject),
    object: chunkText(doc, clause.object),
    agent: chunkText(doc, clause.agent),
    preps: clause.preps.map((p) => `${doc.tokens.lower[p.prep]} ${chunkText(doc, p.chunk)}`),
  };
}

/** The clause whose verb group reads `verb`, described. */
export function clauseOf(text: string, verb: string) {
  const doc = analyze(text);
  return describeClause(doc, findClause(doc, verb));
}
