/**
 * Builds a Mention field by field. Object spread of mentions put V8 on a slow path (actor
 * recognition took four times as long), so every stage that makes mentions goes through here.
 */

import type { Chunk, Mention, MentionSource, TokenRange } from "../model/doc.js";

/** What a mention says about its actor, apart from where it is. */
export type MentionCoding = Pick<
  Mention,
  "type" | "code" | "country" | "sectors" | "name" | "plural" | "gender"
>;

export function makeMention(
  index: number,
  chunk: Chunk,
  span: TokenRange,
  coding: MentionCoding,
  how: { readonly source: MentionSource; readonly placeUse: boolean; readonly rule: string },
): Mention {
  return {
    index,
    sentence: chunk.sentence,
    chunk: chunk.index,
    firstToken: span.firstToken,
    endToken: span.endToken,
    start: span.start,
    end: span.end,
    type: coding.type,
    code: coding.code,
    country: coding.country,
    sectors: coding.sectors,
    name: coding.name,
    plural: coding.plural,
    gender: coding.gender,
    source: how.source,
    placeUse: how.placeUse,
    rule: how.rule,
    antecedent: null,
  };
}
