/**
 * Speaker resolution through the actor layer: the speaker's chunk leads to the mention that
 * codes it, or to the phrase beside it in apposition ("Oleg Nikolenko, a spokesman for the
 * foreign ministry" is Oleg Nikolenko, coded as the ministry's spokesman).
 *
 * A speaking "he" or "she" is usually the person the story has just been about, the subject
 * of the sentence before, rather than the last person named: in "Ruto thanked Odinga's
 * supporters. "…," he said." the speaker is Ruto. So a pronoun speaker goes to the nearest
 * earlier main-clause subject that is a person of its gender, and to coreference's antecedent
 * when there is none.
 */

import type { Chunk, Doc, Mention, Quote } from "../model/doc.js";
import { lower } from "../text/token-tests.js";
import { sentenceClauses } from "./quotes-clauses.js";
import { tokenFrom } from "./quotes-runs.js";

export interface ResolvedSpeaker {
  /** The mention coding the speaker, or null when the actor layer knows none. */
  readonly mention: Mention | null;
  /** The canonical name: a person's or the mention's; null for "a woman" or an unresolved "he". */
  readonly name: string | null;
}

const GENDER: Readonly<Record<string, "f" | "m">> = { she: "f", her: "f", he: "m", him: "m" };
/** How many sentences back a pronoun speaker looks for its subject. */
const SUBJECT_WINDOW = 2;

export function resolveSpeaker(doc: Doc, chunk: number, depth = 0): ResolvedSpeaker {
  const own = doc.chunks[chunk];
  if (own === undefined) return { mention: null, name: null };
  const gender = own.kind === "pronoun" ? GENDER[lower(doc, own.head)] : undefined;
  if (gender !== undefined && depth < 3) {
    const subject = earlierSubject(doc, own, gender);
    if (subject !== null) return resolveSpeaker(doc, subject, depth + 1);
  }
  const beside = besideOf(doc, own);
  const ownMention = mentionOf(doc, own);
  if (ownMention !== null) return { mention: ownMention, name: personName(doc, ownMention) };
  const mention = beside.map((c) => mentionOf(doc, c)).find((m) => m !== null) ?? null;
  const named = [own, ...beside].find((c) => c.kind === "name");
  const name = named === undefined ? (mention?.name ?? null) : nameOf(doc, named);
  return { mention, name };
}

/** The topic of the nearest earlier sentence (or this one) if it can be this pronoun's person. */
function earlierSubject(doc: Doc, pronoun: Chunk, gender: "f" | "m"): number | null {
  for (let s = pronoun.sentence; s >= Math.max(0, pronoun.sentence - SUBJECT_WINDOW); s--) {
    const topic = sentenceTopic(doc, s, pronoun);
    const subject = topic === null ? undefined : doc.chunks[topic];
    if (subject === undefined) continue;
    if (subject.kind === "pronoun") {
      if (GENDER[lower(doc, subject.head)] === gender) return subject.index;
      continue;
    }
    const m = mentionOf(doc, subject);
    if (m === null ? subject.kind === "name" : isPerson(m, gender)) return subject.index;
  }
  return null;
}

/**
 * A sentence's topic: the subject of its first main clause, or, where the clause layer lost it
 * behind an apposition ("Michael Carpenter, the U.S. ambassador, was blunter"), the name that
 * opens the sentence before a comma. Only words before the pronoun count, and none quoted.
 */
function sentenceTopic(doc: Doc, sentence: number, pronoun: Chunk): number | null {
  const inside = quotedTokens(doc);
  const quoted = (c: Chunk) => inside[c.firstToken] === 1;
  const main = sentenceClauses(doc, sentence).find((c) => {
    const subject = c.subject === null ? undefined : doc.chunks[c.subject];
    return c.parent === null && !(subject && quoted(subject));
  });
  const subject = main?.subject ?? null;
  const chunk = subject === null ? undefined : doc.chunks[subject];
  if (chunk !== undefined) return chunk.end <= pronoun.start && chunk !== pronoun ? subject : null;
  const first = doc.chunks[doc.tokenChunk[doc.sentences[sentence]?.firstToken ?? -1] ?? -1];
  if (first === undefined || first.end > pronoun.start || first.kind !== "name") return null;
  return doc.text.charAt(first.end) === "," ? first.index : null;
}

function isPerson(m: Mention, gender: "f" | "m"): boolean {
  return m.type === "PERSON" && (m.gender === gender || m.gender === null);
}

function besideOf(doc: Doc, chunk: Chunk): Chunk[] {
  return [chunk.appositive, chunk.appositiveOf]
    .map((i) => (i === null ? undefined : doc.chunks[i]))
    .filter((c): c is Chunk => c !== undefined);
}

/**
 * A mention's person name: coreference copies the words it referred back to ("the U.S.
 * ambassador"), so the name is looked up where the chain starts, beside its apposition.
 */
function personName(doc: Doc, mention: Mention): string {
  let m = mention;
  for (let n = 0; m.antecedent !== null && n < 20; n++) {
    const next = doc.mentions[m.antecedent];
    if (next === undefined) break;
    m = next;
  }
  const chunk = m.chunk === null ? undefined : doc.chunks[m.chunk];
  if (chunk === undefined || chunk.kind === "name") return mention.name;
  const named = besideOf(doc, chunk).find((c) => c.kind === "name");
  return named === undefined ? mention.name : nameOf(doc, named);
}

function mentionOf(doc: Doc, chunk: Chunk): Mention | null {
  const m = doc.chunkMention[chunk.index] ?? -1;
  return m >= 0 ? (doc.mentions[m] ?? null) : null;
}

/** A name the dictionaries may lack: the name after any title ("Olena", "Saltanat Azirbek"). */
function nameOf(doc: Doc, chunk: Chunk): string {
  const m = mentionOf(doc, chunk);
  if (m !== null) return m.name;
  const span = chunk.name ?? chunk;
  return doc.text.slice(span.start, span.end);
}

const quotedCache = new WeakMap<readonly Quote[], Uint8Array>();

/** For each token, 1 when it lies inside quote marks. */
function quotedTokens(doc: Doc): Uint8Array {
  const cached = quotedCache.get(doc.quotes);
  if (cached !== undefined) return cached;
  const flags = new Uint8Array(doc.tokens.length);
  for (const q of doc.quotes) {
    for (const part of q.parts) {
      for (let t = tokenFrom(doc, part.start); t < doc.tokens.length; t++) {
        if ((doc.tokens.start[t] as number) >= part.end) break;
        flags[t] = 1;
      }
    }
  }
  quotedCache.set(doc.quotes, flags);
  return flags;
}
