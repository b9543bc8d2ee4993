/**
 * The recognition stages, given the actor lexicon: actor and place mentions, then coreference.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { Stage } from "../pipeline/stage.js";
import { recognizeActors } from "./actors.js";
import { resolveCoreference } from "./coreference.js";
import { tagDictionaryNames } from "./name-tags.js";

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
  ];
}
