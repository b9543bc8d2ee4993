/**
 * Universal part-of-speech tags as wink-nlp emits them, stored per token as a small integer so
 * that the token table stays a set of flat typed arrays.
 */

export const POS_TAGS = [
  "X",
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "SPACE",
] as const;

export type PosTag = (typeof POS_TAGS)[number];

const POS_ID = new Map<string, number>(POS_TAGS.map((tag, i) => [tag, i]));

export function posId(tag: string): number {
  return POS_ID.get(tag) ?? 0;
}

export const POS = Object.fromEntries(POS_TAGS.map((tag, i) => [tag, i])) as {
  readonly [K in PosTag]: number;
};
