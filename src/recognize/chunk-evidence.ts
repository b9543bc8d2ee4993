/**
 * What a chunk says about the actor it names: the dictionary names inside it (by kind), its
 * agent words (by lemma), its possessive pronoun, and whether the text uses it as a place.
 */

import type { ActorLexicon } from "../lexicon/actor-lexicon.js";
import type { AgentEntry } from "../lexicon/actor-schemas.js";
import type { NameEntry, NameKind } from "../lexicon/name-index.js";
import { SYNTAX_WORDS } from "../lexicon/syntax-words.js";
import type { Chunk, Doc } from "../model/doc.js";
import { crudeSingular } from "../text/lemmas.js";
import { POS } from "../text/pos.js";
import { isAttached, isPos, isTightHyphen, lemma, lower } from "../text/token-tests.js";
import type { NameMatch } from "./name-matches.js";

/** Prepositions after which a place name is a location, not an actor. */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "from",
  "to",
  "into",
  "across",
  "outside",
  "inside",
  "toward",
  "towards",
  "around",
  "through",
  "within",
  "throughout",
  "via",
  "over",
  "along",
  "off",
  "past",
  "beyond",
]);

export interface NameHit {
  readonly match: NameMatch;
  readonly entry: NameEntry;
}

export interface AgentHit {
  readonly agent: AgentEntry;
  readonly firstToken: number;
  readonly endToken: number;
}

export interface ChunkEvidence {
  readonly names: readonly NameHit[];
  readonly agents: readonly AgentHit[];
  /** The possessive pronoun token ("its", "their"), or -1. */
  readonly possessivePronoun: number;
  readonly placeUse: boolean;
}

/** The first token of the chunk's own words, after a nested possessor ("Russia's" in "Russia's army"). */
export function ownStart(doc: Doc, chunk: Chunk): number {
  if (chunk.possessor === null) return chunk.firstToken;
  return (doc.chunks[chunk.possessor] as Chunk).endToken + 1;
}

/** Most chunks name nothing from the dictionaries and hold no agent word: shared empty lists. */
const NO_HITS: readonly NameHit[] = Object.freeze([]);
const NO_AGENTS: readonly AgentHit[] = Object.freeze([]);

/**
 * Evidence already gathered, per document and chunk: the actor stage reads every chunk, and
 * coreference reads again the chunks that named no actor.
 */
const gathered = new WeakMap<
  Doc,
  {
    readonly matches: readonly NameMatch[];
    readonly lexicon: ActorLexicon;
    byChunk: ChunkEvidence[];
  }
>();

export function gatherEvidence(
  doc: Doc,
  chunk: Chunk,
  matches: readonly NameMatch[],
  matchAt: Int32Array,
  lexicon: ActorLexicon,
): ChunkEvidence {
  let memo = gathered.get(doc);
  if (memo === undefined || memo.matches !== matches || memo.lexicon !== lexicon) {
    memo = { matches, lexicon, byChunk: [] };
    gathered.set(doc, memo);
  }
  const known = memo.byChunk[chunk.index];
  if (known !== undefined) return known;
  const evidence = readEvidence(doc, chunk, matches, matchAt, lexicon);
  memo.byChunk[chunk.index] = evidence;
  return evidence;
}

/** Lets go of a document's gathered evidence once its last reader (coreference) is done. */
export function forgetEvidence(doc: Doc): void {
  gathered.delete(doc);
}

function readEvidence(
  doc: Doc,
  chunk: Chunk,
  matches: readonly NameMatch[],
  matchAt: Int32Array,
  lexicon: ActorLexicon,
): ChunkEvidence {
  const from = ownStart(doc, chunk);
  const names: NameHit[] = [];
  for (let k = from; k < chunk.endToken; k++) {
    const match = matches[matchAt[k] ?? -1];
    if (match === undefined || match.firstToken !== k || match.endToken > chunk.endToken) continue;
    for (const entry of match.entries) names.push({ match, entry });
  }
  // "the Al Qaeda-linked group al-Shabab", "the UK-based Syrian Observatory": a name joined by a
  // hyphen to a participle only describes the actor another name in the phrase names.
  const own =
    names.length === 0
      ? NO_HITS
      : names.filter(
          (n) =>
            !isTightHyphen(doc, n.match.endToken) ||
            !names.some((o) => o.match.firstToken >= n.match.endToken),
        );
  const covered = (k: number) => own.some((n) => n.match.firstToken <= k && k < n.match.endToken);
  return {
    names: own,
    agents: findAgents(doc, from, chunk.endToken, lexicon, covered),
    possessivePronoun:
      isPos(doc, from, POS.PRON) && SYNTAX_WORDS.possessivePronouns.has(lower(doc, from))
        ? from
        : -1,
    placeUse: isPlaceUse(doc, chunk),
  };
}

/** Longest agent phrases over lemmas, skipping tokens that are part of a dictionary name. */
function findAgents(
  doc: Doc,
  from: number,
  to: number,
  lexicon: ActorLexicon,
  covered: (k: number) => boolean,
): readonly AgentHit[] {
  const hits: AgentHit[] = [];
  let i = from;
  while (i < to) {
    let found: AgentHit | null = null;
    if (!covered(i)) {
      let key = "";
      // The words as written too: the lemmatiser reads "media" as "medium".
      let written = "";
      for (let j = i; j < to && j < i + lexicon.agentWords; j++) {
        // Tokens written tight ("state-run") join without a space, as the phrases are listed.
        const word = agentWord(doc, j);
        if (j === i) {
          key = word;
          written = lower(doc, j);
        } else {
          const gap = isAttached(doc, j) ? "" : " ";
          key = `${key}${gap}${word}`;
          written = `${written}${gap}${lower(doc, j)}`;
        }
        const single = crudeSingular(key);
        const agent =
          lexicon.agents.get(key) ??
          (single === key ? undefined : lexicon.agents.get(single)) ??
          (written === key ? undefined : lexicon.agents.get(written));
        // "a government-held district", "rebel-controlled areas": an agent word joined by a
        // hyphen to what follows only describes the phrase's head.
        if (agent !== undefined && !isTightHyphen(doc, j + 1) && !isOtherSense(doc, i, j))
          found = { agent, firstToken: i, endToken: j + 1 };
        // A singular form only changes a phrase's end, so a longer phrase can match only where
        // this one leads into some key.
        if (!lexicon.agentPrefixes.has(key) && !lexicon.agentPrefixes.has(written)) break;
      }
    }
    if (found !== null) {
      hits.push(found);
      i = found.endToken;
    } else {
      i++;
    }
  }
  return hits.length === 0 ? NO_AGENTS : hits;
}

/** "a general strike", "a major offensive": a rank read as an adjective is no agent. */
function isOtherSense(doc: Doc, first: number, last: number): boolean {
  return (
    first === last &&
    isPos(doc, first, POS.ADJ) &&
    SYNTAX_WORDS.otherAdjectiveSenses.has(lower(doc, first))
  );
}

function agentWord(doc: Doc, i: number): string {
  return isPos(doc, i, POS.PROPN) ? lower(doc, i) : lemma(doc, i).toLowerCase();
}

/** "in Kyiv", "troops from Ukraine", "Lviv, in western Ukraine": the chunk names a location. */
function isPlaceUse(doc: Doc, chunk: Chunk): boolean {
  const before = chunk.firstToken - 1;
  // "killed in Israeli shelling": the phrase names an attack and its author, not a place.
  if (SYNTAX_WORDS.attackNouns.has(lemma(doc, chunk.head).toLowerCase())) return false;
  if (before >= 0 && isPos(doc, before, POS.ADP) && LOCATIVE.has(lower(doc, before))) return true;
  if (chunk.appositiveOf !== null) {
    const head = doc.chunks[chunk.appositiveOf] as Chunk;
    return chunk.firstToken - 1 >= 0 && (head.appositivePrep !== null || isPlaceUse(doc, head));
  }
  return false;
}

export function namesOfKind(evidence: ChunkEvidence, ...kinds: NameKind[]): readonly NameHit[] {
  if (evidence.names.length === 0) return NO_HITS;
  return evidence.names.filter((n) => kinds.includes(n.entry.kind));
}
