/**
 * Speaker resolution through the actor layer: the speaker's chunk leads to the mention that
 * codes it — for a pronoun, the mention coreference made from its antecedent, so "She" is
 * Anita Anand with Anita Anand's code — or to the phrase beside it in apposition: "Oleg
 * Nikolenko, a spokesman for the foreign ministry" is Oleg Nikolenko, coded as the ministry's
 * spokesman; "the commission's vice-chair, Juliana Cherera" is Juliana Cherera.
 */

import type { Chunk, Doc, Mention } from "../model/doc.js";

export interface ResolvedSpeaker {
  /** The mention coding the speaker, or null when the actor layer knows none. */
  readonly mention: Mention | null;
  /** The canonical name: a person's or the mention's; null for "a woman" or an unresolved "he". */
  readonly name: string | null;
}

export function resolveSpeaker(doc: Doc, chunk: number): ResolvedSpeaker {
  const own = doc.chunks[chunk];
  if (own === undefined) return { mention: null, name: null };
  const beside = [own.appositive, own.appositiveOf]
    .map((i) => (i === null ? undefined : doc.chunks[i]))
    .filter((c): c is Chunk => c !== undefined);
  const ownMention = mentionOf(doc, own);
  const mention = ownMention ?? beside.map((c) => mentionOf(doc, c)).find((m) => m !== null);
  if (ownMention !== null) return { mention: ownMention, name: ownMention.name };
  const named = [own, ...beside].find((c) => c.kind === "name");
  const name = named === undefined ? (mention?.name ?? null) : nameOf(doc, named);
  return { mention: mention ?? null, name };
}

function mentionOf(doc: Doc, chunk: Chunk): Mention | null {
  const m = doc.chunkMention[chunk.index] ?? -1;
  return m >= 0 ? (doc.mentions[m] ?? null) : null;
}

/** A name the dictionaries lack: the name after any title ("Olena", "Saltanat Azirbek"). */
function nameOf(doc: Doc, chunk: Chunk): string {
  const m = mentionOf(doc, chunk);
  if (m !== null) return m.name;
  const span = chunk.name ?? chunk;
  return doc.text.slice(span.start, span.end);
}
