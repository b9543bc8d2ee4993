/**
 * The library entry point: `const coder = await createCoder(); coder.code({ text, date })`
 * returns the output contract for one article, in Node, a worker or a browser bundle.
 */

import { bundledPatterns } from "./code/bundled-patterns.js";
import { MODALITY } from "./code/modality.js";
import type { PatternIndex } from "./code/pattern-index.js";
import { codeStages } from "./code/stages.js";
import type { ActorLexicon } from "./lexicon/actor-lexicon.js";
import { bundledActorLexicon } from "./lexicon/bundled-actors.js";
import { bundledGazetteer } from "./lexicon/bundled-gazetteer.js";
import type { Gazetteer } from "./lexicon/gazetteer.js";
import type { Article } from "./model/article.js";
import type { CodedDocument } from "./model/contract.js";
import type { Doc } from "./model/doc.js";
import { cameoTable } from "./ontology/bundled-cameo.js";
import { toCodedDocument } from "./output/coded-document.js";
import { CODING_BATCH } from "./pipeline/coding-batch.js";
import { attempt, createPipeline, type DocOutcome } from "./pipeline/pipeline.js";
import type { Stage } from "./pipeline/stage.js";
import { eventLocationStage, placeStage } from "./recognize/place-stages.js";
import { eventContextStages, nameTagStage, recognizeStages } from "./recognize/stages.js";
import { textStages } from "./text/analyze.js";
import { loadWink } from "./text/tokenize.js";

/** An article as a caller may give it: an id is made up when missing. */
export type ArticleInput = Omit<Article, "id"> & { readonly id?: string };

export interface Coder {
  readonly stages: readonly Stage[];
  /** Runs the pipeline and returns the document model (tokens, chunks, clauses …). */
  analyze(article: ArticleInput): Doc;
  /** Runs the pipeline and returns the output contract. */
  code(article: ArticleInput): CodedDocument;
  /**
   * Analyses a batch stage by stage (see `Pipeline.runMany`): the same documents as `analyze`
   * on each article, faster; an article that throws gets its error and the others go on.
   */
  analyzeMany(articles: readonly ArticleInput[]): DocOutcome[];
  /** The output contract of each article of a batch, or what was thrown while coding it. */
  codeMany(articles: readonly ArticleInput[]): CodedOutcome[];
  /** Writes an analysed document as the output contract. */
  toContract(doc: Doc): CodedDocument;
}

export interface CoderOptions {
  /** Reference date for articles without one (`YYYY-MM-DD`). */
  readonly defaultDate?: string;
  /** Actor dictionaries to use instead of the bundled ones. */
  readonly actors?: ActorLexicon;
  /** Event patterns to use instead of the bundled ones. */
  readonly patterns?: PatternIndex;
  /** A gazetteer to use instead of the bundled index (`npm run build` writes it). */
  readonly gazetteer?: Gazetteer;
}

export type CodedOutcome =
  | { readonly coded: CodedDocument; readonly error?: undefined }
  | { readonly coded?: undefined; readonly error: Error };

export { CODING_BATCH };

let anonymous = 0;

export async function createCoder(options: CoderOptions = {}): Promise<Coder> {
  loadWink();
  const actors = options.actors ?? bundledActorLexicon();
  const patterns = options.patterns ?? bundledPatterns();
  const gazetteer = options.gazetteer ?? (await bundledGazetteer());
  const cameo = cameoTable();
  const pipeline = createPipeline([
    ...textStages([nameTagStage(actors)]),
    ...recognizeStages(actors),
    placeStage(actors, gazetteer),
    ...codeStages(patterns, MODALITY),
    ...eventContextStages(),
    eventLocationStage(),
  ]);
  const complete = (article: ArticleInput): Article => ({
    ...article,
    id: article.id ?? `doc-${++anonymous}`,
    ...(article.date === undefined &&
      options.defaultDate !== undefined && { date: options.defaultDate }),
  });
  return {
    stages: pipeline.stages,
    analyze: (article) => pipeline.run(complete(article)),
    code: (article) => toCodedDocument(pipeline.run(complete(article)), cameo),
    toContract: (doc) => toCodedDocument(doc, cameo),
    analyzeMany: (articles) => pipeline.runMany(articles.map(complete)),
    codeMany: (articles) =>
      pipeline
        .runMany(articles.map(complete))
        .map((outcome) =>
          outcome.doc === undefined
            ? outcome
            : attempt(() => ({ coded: toCodedDocument(outcome.doc, cameo) })),
        ),
  };
}
