/**
 * The per-article work of each in-process phase. Every phase consumes a result it produced
 * (a count or a string length) so that V8 cannot drop the work as dead code.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { createCoder } from "../src/coder.js";
import type { Article } from "../src/model/article.js";
import type { Doc } from "../src/model/doc.js";
import { createPipeline } from "../src/pipeline/pipeline.js";
import { TEXT_STAGES } from "../src/text/analyze.js";
import { loadWink, WINK_PIPE } from "../src/text/tokenize.js";
import type { InProcessPhase } from "./phases.js";

/** Running totals a phase adds to; one shared object keeps the timed loop allocation-free. */
export interface Tally {
  sentences: number;
  tokens: number;
  events: number;
  outputChars: number;
}

export interface PhaseWork {
  /** False when the phase's result carries no sentence and token counts (the output contract). */
  readonly countsUnits: boolean;
  /** True when the phase codes events and writes JSON. */
  readonly writesOutput: boolean;
  run(article: Article, tally: Tally): void;
}

export function emptyTally(): Tally {
  return { sentences: 0, tokens: 0, events: 0, outputChars: 0 };
}

/** Loads what the phase needs (model, coder) so that loading stays outside the timed pass. */
export async function preparePhase(phase: InProcessPhase): Promise<PhaseWork> {
  switch (phase) {
    case "baseline-a":
      return bareWink(winkNLP(model));
    case "baseline-b":
      return bareWink(winkNLP(model, WINK_PIPE));
    case "nlp": {
      // The NLP layer alone: normalisation, tokens, POS, chunks, verb groups, clauses.
      loadWink();
      const pipeline = createPipeline(TEXT_STAGES);
      return analysing((article) => pipeline.run(article));
    }
    case "analyze": {
      const coder = await createCoder();
      return analysing((article) => coder.analyze(article));
    }
    case "code": {
      const coder = await createCoder();
      return {
        countsUnits: false,
        writesOutput: true,
        run(article, tally) {
          const coded = coder.code(article);
          tally.events += coded.events.length;
          tally.outputChars += JSON.stringify(coded).length;
        },
      };
    }
  }
}

/** A phase that builds the document model and counts its sentences and tokens. */
function analysing(analyze: (article: Article) => Doc): PhaseWork {
  return {
    countsUnits: true,
    writesOutput: false,
    run(article, tally) {
      const doc = analyze(article);
      tally.sentences += doc.sentences.length;
      tally.tokens += doc.tokens.length;
    },
  };
}

/** readDoc plus the token count, the least a caller of wink-nlp does with a document. */
function bareWink(nlp: ReturnType<typeof winkNLP>): PhaseWork {
  return {
    countsUnits: true,
    writesOutput: false,
    run(article, tally) {
      const doc = nlp.readDoc(article.text);
      tally.tokens += doc.tokens().length();
      // Sentences are already split by the sbd step; counting them adds no NLP work.
      tally.sentences += doc.sentences().length();
    },
  };
}
