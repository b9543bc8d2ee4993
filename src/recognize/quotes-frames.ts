/**
 * Speech frames: the words that say who speaks — "she said", "said Dmitry Peskov", "Anand told
 * reporters on Tuesday", "…, adding that", "according to the ministry". A frame is found from a
 * cue verb outside quote marks and its speaker; where its content lies (the quote before or
 * after it, a "that" clause, the rest of the sentence) is decided afterwards.
 */

import type { Clause, Doc, VerbGroup } from "../model/doc.js";
import { POS } from "../text/pos.js";
import { chunkAt, isPos, isPunct, lower } from "../text/token-tests.js";
import { clauseOfVerb, sentenceClauses } from "./quotes-clauses.js";
import type { QuoteCues } from "./quotes-cues.js";
import {
  closesQuote,
  earlierSpeaker,
  frameEnd,
  lastInSentence,
  opensVerb,
  speakerEnds,
  subjectBeforeAside,
} from "./quotes-frame-words.js";
import { isBareParticiple } from "./quotes-ranges.js";

export type FrameForm = "subject" | "inverted" | "participle" | "according-to";

export interface SpeechFrame {
  readonly sentence: number;
  /** The speaker's chunk. */
  readonly speaker: number;
  /** The cue token: the verb's head, or "according". */
  readonly cue: number;
  /** First token of the frame: the speaker or the verb, the verb when the speaker is shared. */
  readonly first: number;
  /** The token after the frame: past the verb, its addressee and its time or place phrases. */
  readonly end: number;
  readonly form: FrameForm;
}

/**
 * Finds every frame in the document, skipping cue verbs inside quote marks (`quoted`), negated
 * ones ("did not say where …") and passives ("was told").
 */
export function findFrames(
  doc: Doc,
  quoted: (token: number) => boolean,
  cues: QuoteCues,
): SpeechFrame[] {
  const frames: SpeechFrame[] = [];
  for (const group of doc.verbGroups) {
    if (!cues.cueVerbs.has(group.lemma) || quoted(group.head)) continue;
    // "added up to", "a move governments said violated the law": no speech reported here.
    if (group.negation !== null || group.voice === "passive" || group.particle !== null) continue;
    const frame = verbFrame(doc, group, clauseOfVerb(doc, group.index), frames, quoted, cues);
    if (frame !== null && !(frame.form === "subject" && opensVerb(doc, frame.end))) {
      frames.push(frame);
    }
  }
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (lower(doc, i) === "according" && lower(doc, i + 1) === "to" && !quoted(i)) {
      const frame = accordingFrame(doc, i);
      if (frame !== null) frames.push(frame);
    }
  }
  return frames.sort((a, b) => a.first - b.first);
}

function verbFrame(
  doc: Doc,
  group: VerbGroup,
  clause: Clause | undefined,
  earlier: readonly SpeechFrame[],
  quoted: (token: number) => boolean,
  cues: QuoteCues,
): SpeechFrame | null {
  const before = group.firstToken - 1;
  const after = chunkAt(doc, group.endToken);
  const usable = (chunk: number | null | undefined): chunk is number =>
    chunk !== null && chunk !== undefined && chunk >= 0 && !quoted(doc.chunks[chunk]?.head ?? -1);
  const base = { sentence: group.sentence, cue: group.head };

  // "…, adding that …" / "saying …": the participle speaks for the clause it hangs off.
  if (isBareParticiple(doc, group) && (isPunct(doc, before, ",") || isPos(doc, before, POS.ADP))) {
    const speaker = earlierSpeaker(doc, group, earlier, quoted);
    if (speaker === null) return null;
    const end = frameEnd(doc, group.endToken, group, cues, true);
    return { ...base, speaker, first: group.firstToken, end, form: "participle" };
  }
  const subject =
    clause !== undefined && usable(clause.subject) ? doc.chunks[clause.subject] : undefined;
  if (clause !== undefined && subject !== undefined && subject.firstToken < group.firstToken) {
    if (group.nonFinite) return null;
    const first = clause.subjectShared ? group.firstToken : subject.firstToken;
    const end = frameEnd(doc, group.endToken, group, cues, true);
    // "have said … and have warned that": a shared subject is the earlier frame's speaker.
    const sibling = clause.subjectShared ? lastInSentence(earlier, group.sentence) : undefined;
    return { ...base, speaker: sibling?.speaker ?? subject.index, first, end, form: "subject" };
  }
  if (group.nonFinite) return null;
  // "…," said Dmitry Peskov: no subject before the verb, which follows a closing mark (or a
  // comma, when nothing but the speaker follows: "…, said the spokesman.").
  const speaker = usable(after) ? doc.chunks[after] : undefined;
  if (speaker !== undefined && speaker.kind !== "number") {
    const closing =
      closesQuote(doc, before, quoted) ||
      (isPunct(doc, before, ",") && closesQuote(doc, before - 1, quoted));
    if (closing || (isPunct(doc, before, ",") && speakerEnds(doc, speaker, group.sentence))) {
      const end = frameEnd(doc, speaker.endToken, group, cues, false);
      return { ...base, speaker: speaker.index, first: group.firstToken, end, form: "inverted" };
    }
  }
  // "Oleg Nikolenko, a spokesman for the ministry, said …": the layer below lost the subject
  // behind the apposition or relative clause.
  const aside = isPunct(doc, before, ",") ? subjectBeforeAside(doc, group) : null;
  if (aside === null || !usable(aside)) return null;
  const end = frameEnd(doc, group.endToken, group, cues, true);
  return {
    ...base,
    speaker: aside,
    first: doc.chunks[aside]?.firstToken ?? group.firstToken,
    end,
    form: "subject",
  };
}

/** "According to a statement from the ministry, …": the reported-speech layer found the author. */
function accordingFrame(doc: Doc, i: number): SpeechFrame | null {
  const sentence = doc.tokens.sentence[i] as number;
  const credited = sentenceClauses(doc, sentence).find((c) => c.attribution?.cue === i);
  const speaker = credited?.attribution?.speaker ?? chunkAt(doc, i + 2);
  const chunk = doc.chunks[speaker];
  const named = doc.chunks[chunkAt(doc, i + 2)];
  if (chunk === undefined || named === undefined) return null;
  const end = Math.max(chunk.endToken, named.endToken);
  return { sentence, speaker, cue: i, first: i, end, form: "according-to" };
}
