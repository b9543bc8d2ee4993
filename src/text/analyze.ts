/**
 * The text stages in order, assembled in one visible place: POS repairs, noun-phrase chunks,
 * verb groups, clauses and reported-speech attribution. Stages that repair tags from other
 * knowledge (dictionary names) slot in before chunking.
 */

import type { Stage } from "../pipeline/stage.js";
import { attributeSpeech } from "./attribution.js";
import { chunkNounPhrases } from "./chunks.js";
import { splitClauses } from "./clauses.js";
import { retagVerbs } from "./retag.js";
import { groupVerbs } from "./verb-groups.js";

export function textStages(beforeChunks: readonly Stage[] = []): Stage[] {
  return [
    { name: "retag", needs: ["tokens", "sentences"], sets: [], run: (doc) => retagVerbs(doc) },
    ...beforeChunks,
    ...SYNTAX_STAGES,
  ];
}

const SYNTAX_STAGES: readonly Stage[] = [
  {
    name: "chunks",
    needs: ["tokens", "sentences"],
    sets: ["chunks"],
    run: (doc) => chunkNounPhrases(doc),
  },
  { name: "verb-groups", needs: ["chunks"], sets: ["verbGroups"], run: (doc) => groupVerbs(doc) },
  {
    name: "clauses",
    needs: ["chunks", "verbGroups"],
    sets: ["clauses"],
    run: (doc) => splitClauses(doc),
  },
  { name: "attribution", needs: ["clauses"], sets: [], run: (doc) => attributeSpeech(doc) },
];

/** The text stages with no dictionary knowledge: what the NLP layer does alone. */
export const TEXT_STAGES: readonly Stage[] = textStages();
