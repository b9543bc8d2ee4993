/**
 * The words that frame a quote, loaded from `data/quotes/cues.json` and validated at load: the
 * verbs that introduce speech, and those of them that name an addressee before the content.
 */

import { z } from "zod";
import raw from "../../data/quotes/cues.json" with { type: "json" };
import { HarbingerError } from "../errors.js";

const lemmas = z
  .array(
    z
      .string()
      .min(1)
      .regex(/^[a-z]+$/, "lower-case lemma"),
  )
  .min(1)
  .refine((list) => new Set(list).size === list.length, { message: "duplicate entries" });

export const QuoteCuesSchema = z
  .strictObject({ description: z.string(), cueVerbs: lemmas, recipientVerbs: lemmas })
  .refine((d) => d.recipientVerbs.every((v) => d.cueVerbs.includes(v)), {
    message: "every recipient verb must also be a cue verb",
  });

export interface QuoteCues {
  /** Lemmas of verbs that introduce speech: "say", "tell", "ask" … */
  readonly cueVerbs: ReadonlySet<string>;
  /** Cue verbs whose object is the addressee: "told reporters that …". */
  readonly recipientVerbs: ReadonlySet<string>;
}

export function parseQuoteCues(data: unknown, name = "data/quotes/cues.json"): QuoteCues {
  const parsed = QuoteCuesSchema.safeParse(data);
  if (!parsed.success) throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  return {
    cueVerbs: new Set(parsed.data.cueVerbs),
    recipientVerbs: new Set(parsed.data.recipientVerbs),
  };
}

/** The bundled cue words, parsed once. */
export const QUOTE_CUES: QuoteCues = parseQuoteCues(raw);
