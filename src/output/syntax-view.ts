/**
 * A JSON view of the shallow syntax layer — sentences, chunks and clauses with their spans —
 * for auditing what the coder saw (`harbinger code --syntax`).
 */

import type { Chunk, Clause, Doc, VerbGroup } from "../model/doc.js";
import { type TextSpan, textSpan } from "../model/span.js";

export interface ChunkView extends TextSpan {
  readonly kind: Chunk["kind"];
  readonly title?: TextSpan;
  readonly name?: TextSpan;
  readonly possessor?: TextSpan;
  readonly appositive?: TextSpan;
}

export interface VerbView extends TextSpan {
  readonly lemma: string;
  readonly tense: VerbGroup["tense"];
  readonly voice: VerbGroup["voice"];
  readonly negated: boolean;
  readonly modal: string | null;
  readonly perfect: boolean;
  readonly progressive: boolean;
}

export interface ClauseView extends TextSpan {
  readonly kind: Clause["kind"];
  readonly parent: number | null;
  readonly verb: VerbView | null;
  readonly subject: ChunkView | null;
  readonly object: ChunkView | null;
  readonly agent: ChunkView | null;
  readonly preps: readonly { readonly prep: string; readonly object: ChunkView }[];
  readonly attribution: { readonly speaker: ChunkView; readonly cue: TextSpan } | null;
}

export interface SentenceView extends TextSpan {
  readonly chunks: readonly ChunkView[];
  readonly clauses: readonly ClauseView[];
}

export function syntaxView(doc: Doc): SentenceView[] {
  return doc.sentences.map((sentence) => ({
    ...textSpan(doc.text, sentence),
    chunks: doc.chunks
      .filter((c) => c.sentence === sentence.index && doc.tokenChunk[c.firstToken] === c.index)
      .map((c) => chunkView(doc, c)),
    clauses: doc.clauses
      .filter((c) => c.sentence === sentence.index)
      .map((c) => clauseView(doc, c)),
  }));
}

function chunkView(doc: Doc, chunk: Chunk): ChunkView {
  const other = (i: number | null) =>
    i === null ? undefined : textSpan(doc.text, doc.chunks[i] as Chunk);
  return {
    ...textSpan(doc.text, chunk),
    kind: chunk.kind,
    ...(chunk.title && { title: textSpan(doc.text, chunk.title) }),
    ...(chunk.name && { name: textSpan(doc.text, chunk.name) }),
    ...(chunk.possessor !== null && { possessor: other(chunk.possessor) }),
    ...(chunk.appositive !== null && { appositive: other(chunk.appositive) }),
  };
}

function tokenSpan(doc: Doc, i: number): TextSpan {
  return textSpan(doc.text, {
    start: doc.tokens.start[i] as number,
    end: doc.tokens.end[i] as number,
  });
}

function clauseView(doc: Doc, clause: Clause): ClauseView {
  const chunk = (i: number | null) => (i === null ? null : chunkView(doc, doc.chunks[i] as Chunk));
  const group = clause.verb === null ? null : (doc.verbGroups[clause.verb] as VerbGroup);
  return {
    ...textSpan(doc.text, clause),
    kind: clause.kind,
    parent: clause.parent,
    verb:
      group === null
        ? null
        : {
            ...textSpan(doc.text, group),
            lemma: group.lemma,
            tense: group.tense,
            voice: group.voice,
            negated: group.negation !== null,
            modal: group.modal,
            perfect: group.perfect,
            progressive: group.progressive,
          },
    subject: chunk(clause.subject),
    object: chunk(clause.object),
    agent: chunk(clause.agent),
    preps: clause.preps.map((p) => ({
      prep: doc.text.slice(doc.tokens.start[p.prep], doc.tokens.end[p.prep]),
      object: chunkView(doc, doc.chunks[p.chunk] as Chunk),
    })),
    attribution:
      clause.attribution === null
        ? null
        : {
            speaker: chunkView(doc, doc.chunks[clause.attribution.speaker] as Chunk),
            cue: tokenSpan(doc, clause.attribution.cue),
          },
  };
}
