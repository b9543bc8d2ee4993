/**
 * The word lists that decide whether a capitalised phrase found in the gazetteer is a place,
 * loaded from `data/geo/toponym-words.json` and validated at load.
 */

import { z } from "zod";
import raw from "../../data/geo/toponym-words.json" with { type: "json" };
import { HarbingerError } from "../errors.js";

const words = z
  .array(
    z
      .string()
      .min(1)
      .refine((w) => w === w.toLowerCase() && w === w.trim(), "a trimmed lower-case word"),
  )
  .refine((list) => new Set(list).size === list.length, "duplicate entries");

export const ToponymWordsSchema = z.strictObject({
  description: z.string(),
  notPlaces: words,
  nameStarts: words,
  placeHeads: words,
  divisionHeads: words,
  directions: words,
  locatives: words,
  honorifics: words,
});

export interface ToponymWords {
  readonly notPlaces: ReadonlySet<string>;
  readonly nameStarts: ReadonlySet<string>;
  readonly placeHeads: ReadonlySet<string>;
  /** Heads after which a name is the division it names ("Kentucky State Police", "Idlib province"). */
  readonly divisionHeads: ReadonlySet<string>;
  readonly directions: ReadonlySet<string>;
  readonly locatives: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
}

export function parseToponymWords(data: unknown, input: string): ToponymWords {
  const parsed = ToponymWordsSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HarbingerError("E_DATA", input, `${issue?.path.join(".")}: ${issue?.message}`);
  }
  const { notPlaces, nameStarts, placeHeads, divisionHeads, directions, locatives, honorifics } =
    parsed.data;
  return {
    notPlaces: new Set(notPlaces),
    nameStarts: new Set(nameStarts),
    placeHeads: new Set(placeHeads),
    divisionHeads: new Set(divisionHeads),
    directions: new Set(directions),
    locatives: new Set(locatives),
    honorifics: new Set(honorifics),
  };
}

export const TOPONYM_WORDS: ToponymWords = parseToponymWords(raw, "data/geo/toponym-words.json");
