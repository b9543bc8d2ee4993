/**
 * The words around a cue verb that belong to its frame: the speaker a participle inherits, a
 * subject the clause layer lost behind an apposition, an inverted speaker's end, and the
 * addressee and time or place phrases after the verb.
 */

import type { Chunk, Doc, VerbGroup } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { chunkAt, isPos, isPunct, isTimeChunk, lower } from "../text/token-tests.js";
import { sentenceClauses } from "./quotes-clauses.js";
import type { QuoteCues } from "./quotes-cues.js";
import type { SpeechFrame } from "./quotes-frames.js";
import { isBareParticiple } from "./quotes-ranges.js";

export function closesQuote(doc: Doc, i: number, quoted: (token: number) => boolean): boolean {
  return i >= 0 && isPunct(doc, i) && quoted(i) && !quoted(i + 1);
}

/** After an inverted speaker (and its apposition) the sentence ends or a phrase follows. */
export function speakerEnds(doc: Doc, speaker: Chunk, sentence: number): boolean {
  let k = speaker.endToken;
  if (speaker.appositive !== null && isPunct(doc, k, ",")) {
    k = doc.chunks[speaker.appositive]?.endToken ?? k;
  }
  const end = doc.sentences[sentence]?.endToken ?? doc.tokens.length;
  return k >= end || isPunct(doc, k, ".!?,;") || isPos(doc, k, POS.ADP);
}

const RELATIVE_WORDS = new Set(["who", "which", "whose", "whom"]);

/** The sentence's first phrase when a comma, an apposition or "who …" follows it. */
export function subjectBeforeAside(doc: Doc, group: VerbGroup): number | null {
  const sentence = doc.sentences[group.sentence];
  if (sentence === undefined) return null;
  // "At a hotel across the city, the vice-chair, Juliana Cherera, …, told reporters"
  let start = sentence.firstToken;
  if (isPos(doc, start, POS.ADP)) {
    let k = start + 1;
    while (k < group.firstToken && !isPunct(doc, k, ",")) k++;
    start = k + 1;
  }
  const first = doc.chunks[chunkAt(doc, start)];
  if (first === undefined || first.firstToken !== start || !isPunct(doc, first.endToken, ",")) {
    return null;
  }
  const next = first.endToken + 1;
  if (next >= group.firstToken) return null;
  return chunkAt(doc, next) >= 0 || RELATIVE_WORDS.has(lower(doc, next)) ? first.index : null;
}

/** The speaker of the clause a participle hangs off: the main subject, or an earlier frame's. */
export function earlierSpeaker(
  doc: Doc,
  group: VerbGroup,
  earlier: readonly SpeechFrame[],
  quoted: (token: number) => boolean,
): number | null {
  const clause = sentenceClauses(doc, group.sentence).find(
    (c) =>
      c.firstToken < group.firstToken &&
      c.subject !== null &&
      c.kind === "main" &&
      c.parent === null &&
      !quoted(doc.chunks[c.subject]?.head ?? -1),
  );
  const frame = lastInSentence(earlier, group.sentence, (f) => f.cue < group.head);
  return clause?.subject ?? frame?.speaker ?? subjectBeforeAside(doc, group);
}

/**
 * Walks past what belongs to the frame after its verb: adverbs ("said again"), the addressee
 * of verbs that take one ("told reporters"), and time or place phrases ("on Friday", "in a
 * statement", "after the meeting at the mission").
 */
export function frameEnd(
  doc: Doc,
  from: number,
  group: VerbGroup,
  cues: QuoteCues,
  addressee: boolean,
): number {
  const sentenceEnd = doc.sentences[group.sentence]?.endToken ?? doc.tokens.length;
  let k = from;
  if (addressee && cues.recipientVerbs.has(group.lemma)) {
    const object = chunkAt(doc, k);
    if (object >= 0 && lower(doc, k) !== "that") k = (doc.chunks[object]?.endToken ?? k) as number;
  }
  while (k < sentenceEnd) {
    if (isPos(doc, k, POS.ADV) && lower(doc, k) !== "that") {
      k++;
      continue;
    }
    const chunk = chunkAt(doc, k);
    if (chunk >= 0 && isTimeChunk(doc, chunk)) {
      k = doc.chunks[chunk]?.endToken ?? k + 1;
      continue;
    }
    const object = chunkAt(doc, k + 1);
    if (isPos(doc, k, POS.ADP) && lower(doc, k) !== "that" && object >= 0) {
      k = doc.chunks[object]?.endToken ?? k + 2;
      continue;
    }
    break;
  }
  return k;
}

/** True when a finite verb group starts at token `i` ("governments said [] violated …"). */
export function opensVerb(doc: Doc, i: number): boolean {
  const group = doc.verbGroups[doc.tokenVerbGroup[i] ?? -1];
  if (group === undefined || group.firstToken !== i || group.nonFinite) return false;
  return !isBareParticiple(doc, group);
}

/** The last of the frames found so far (in text order) in this sentence that passes `test`. */
export function lastInSentence(
  frames: readonly SpeechFrame[],
  sentence: number,
  test: (f: SpeechFrame) => boolean = () => true,
): SpeechFrame | undefined {
  for (let n = frames.length - 1; n >= 0; n--) {
    const f = frames[n] as SpeechFrame;
    if (f.sentence < sentence) return undefined;
    if (f.sentence === sentence && test(f)) return f;
  }
  return undefined;
}
