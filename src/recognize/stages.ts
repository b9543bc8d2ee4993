/**
 * The recognition stages, given the actor lexicon: actor and place mentions, coreference, time
 * expressions, quantities and quotes; and the stages that date and size events once they are coded.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Stage } from "../pipeline/stage.js";
import { recognizeActors } from "./actors.js";
import { resolveCoreference } from "./coreference.js";
import { dateEvents } from "./event-dates.js";
import { sizeEvents } from "./event-sizes.js";
import { tagDictionaryNames } from "./name-tags.js";
import { recognizeQuantities } from "./quantities.js";
import { recognizeQuotes } from "./quotes.js";
import { recognizeTimes } from "./times.js";

/** Runs before chunking: multi-word dictionary names become proper nouns. */
export function nameTagStage(lexicon: ActorLexicon): Stage {
  return {
    name: "name-tags",
    needs: ["tokens", "sentences"],
    sets: [],
    run: (doc) => tagDictionaryNames(doc, lexicon),
  };
}

export function recognizeStages(lexicon: ActorLexicon): Stage[] {
  return [
    {
      name: "actors",
      needs: ["chunks", "clauses"],
      sets: ["mentions"],
      run: (doc) => recognizeActors(doc, lexicon),
    },
    {
      name: "coreference",
      needs: ["mentions"],
      sets: ["coreference"],
      run: (doc) => resolveCoreference(doc, lexicon),
    },
    { name: "times", needs: ["clauses"], sets: ["times"], run: (doc) => recognizeTimes(doc) },
    {
      name: "quantities",
      needs: ["chunks", "clauses", "times"],
      sets: ["quantities"],
      run: (doc) => recognizeQuantities(doc),
    },
    {
      name: "quotes",
      needs: ["clauses", "coreference"],
      sets: ["quotes"],
      run: (doc) => recognizeQuotes(doc),
    },
  ];
}

/** After event coding: every event dated, and sized by the counts in its own clause. */
export function eventContextStages(): Stage[] {
  return [
    {
      name: "event-dates",
      needs: ["events", "times"],
      sets: ["eventDates"],
      run: (doc) => dateEvents(doc),
    },
    {
      name: "event-sizes",
      needs: ["events", "quantities", "coreference"],
      sets: ["eventSizes"],
      run: (doc) => sizeEvents(doc),
    },
  ];
}
