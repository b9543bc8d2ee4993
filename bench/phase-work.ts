/**
 * The per-article work of each in-process phase. Every phase consumes a result it produced
 * (a count or a string length) so that V8 cannot drop the work as dead code.
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { CODING_BATCH, createCoder } from "../src/coder.js";
import type { Article } from "../src/model/article.js";
import type { CodedDocument } from "../src/model/contract.js";
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
  /** Articles given to `run` at once: the coder's batch where it codes batch-wise, else 1. */
  readonly batch: number;
  /** False when the phase's result carries no sentence and token counts (the output contract). */
  readonly countsUnits: boolean;
  /** True when the phase codes events and writes JSON. */
  readonly writesOutput: boolean;
  run(articles: readonly Article[], tally: Tally): void;
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
      // Batch-wise, as `harbinger code` and `ingest` run it.
      const coder = await createCoder();
      return {
        batch: CODING_BATCH,
        countsUnits: true,
        writesOutput: false,
        run(articles, tally) {
          for (const { doc, error } of coder.analyzeMany(articles)) {
            if (doc === undefined) throw error;
            tally.sentences += doc.sentences.length;
            tally.tokens += doc.tokens.length;
          }
        },
      };
    }
    case "code": {
      const coder = await createCoder();
      return coding(CODING_BATCH, (articles) =>
        coder.codeMany(articles).map(({ coded, error }) => {
          if (coded === undefined) throw error;
          return coded;
        }),
      );
    }
    case "code-each": {
      const coder = await createCoder();
      return coding(1, (articles) => articles.map((article) => coder.code(article)));
    }
  }
}

/** A phase that codes events and writes each article's output contract as JSON. */
function coding(
  batch: number,
  code: (articles: readonly Article[]) => readonly CodedDocument[],
): PhaseWork {
  return {
    batch,
    countsUnits: false,
    writesOutput: true,
    run(articles, tally) {
      for (const coded of code(articles)) {
        tally.events += coded.events.length;
        tally.outputChars += JSON.stringify(coded).length;
      }
    },
  };
}

/** A phase that builds the document model and counts its sentences and tokens. */
function analysing(analyze: (article: Article) => Doc): PhaseWork {
  return {
    batch: 1,
    countsUnits: true,
    writesOutput: false,
    run(articles, tally) {
      for (const article of articles) {
        const doc = analyze(article);
        tally.sentences += doc.sentences.length;
        tally.tokens += doc.tokens.length;
      }
    },
  };
}

/** readDoc plus the token count, the least a caller of wink-nlp does with a document. */
function bareWink(nlp: ReturnType<typeof winkNLP>): PhaseWork {
  return {
    batch: 1,
    countsUnits: true,
    writesOutput: false,
    run(articles, tally) {
      for (const article of articles) {
        const doc = nlp.readDoc(article.text);
        tally.tokens += doc.tokens().length();
        // Sentences are already split by the sbd step; counting them adds no NLP work.
        tally.sentences += doc.sentences().length();
      }
    },
  };
}
