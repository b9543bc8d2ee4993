/**
 * The pipeline: builds a Doc from an article and runs the stages over it in order. Stage order
 * is checked once, when the pipeline is built.
 */

import type { Article } from "../model/article.js";
import type { Doc } from "../model/doc.js";
import { makeDoc } from "../text/make-doc.js";
import { checkStageOrder, type Stage } from "./stage.js";

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(article: Article): Doc;
}

export function createPipeline(stages: readonly Stage[]): Pipeline {
  checkStageOrder(stages);
  return {
    stages,
    run(article) {
      const doc = makeDoc(article);
      for (const stage of stages) stage.run(doc);
      return doc;
    },
  };
}
