/**
 * The mode lexicon (`data/patterns/modality.json`): the governing words that make an event
 * negated, intended, demanded or hypothetical, and the CAMEO codes that intended, threatened,
 * appealed-for and demanded actions take (03x, 13x, 02x, 10x).
 */

import { z } from "zod";
import raw from "../../data/patterns/modality.json" with { type: "json" };
import { HarbingerError } from "../errors.js";
import { CameoCode } from "./pattern-schema.js";

const Words = z
  .array(z.string().regex(/^[a-z][a-z ]*$/))
  .min(1)
  .transform((list) => new Set(list));
const CodeMap = z
  .record(CameoCode, CameoCode)
  .transform((record) => new Map(Object.entries(record)));

export const ModalitySchema = z.strictObject({
  description: z.string(),
  negating: Words,
  intending: Words,
  intendingAdjectives: Words,
  /**
   * Verbs of belief: "officials fear Russia will attack" is their foresight, not Russia's
   * threat; what they believe of the future is hypothetical (of the past, a reported claim).
   */
  believing: Words,
  /**
   * Adjectives (or participles) of prediction: "is expected to speak with Putin" is what others
   * foresee, not yet done and no one's stated intention (hypothetical).
   */
  predictingAdjectives: Words,
  /**
   * Verbs of effort: "seeking to deepen a partnership" is an intention, but a verbal act sought
   * is done by saying it ("sought to reassure Zelensky" in a phone call).
   */
  striving: Words,
  /**
   * Nouns whose "that" clause is what someone reports: "reports that Paris and Moscow had struck
   * a deal" states the deal as reported, not as fact.
   */
  reportingNouns: Words,
  /**
   * Nouns whose "that" clause is a conjecture, not a fact: "signs that Russia will attack",
   * "fears that the truce could collapse" (hypothetical).
   */
  conjecturingNouns: Words,
  /** Determiners that deny such a noun: "no evidence that Russia attacked" (negated). */
  negatingDeterminers: Words,
  /** Adverbs that make "has … to" or "is … to" not done so far: "has yet to withdraw" (negated). */
  pendingAdverbs: Words,
  threatening: Words,
  demanding: Words,
  appealing: Words,
  hypotheticalModals: Words,
  /**
   * Verbs of claiming: a claim that one did something hostile is a claim of responsibility
   * (015), a claim that another did it is an accusation (112).
   */
  claiming: Words,
  /** Governing verbs that weigh an option: "considering whether to reopen" (hypothetical). */
  considering: Words,
  /** Governing verbs that permit rather than do: "authorised Putin to deploy" (hypothetical). */
  permitting: Words,
  /** Governing verbs whose negation is itself a rejection (12x): "refused to release". */
  refusing: Words,
  intentCodes: CodeMap,
  threatCodes: CodeMap,
  appealCodes: CodeMap,
  demandCodes: CodeMap,
  refusalCodes: CodeMap,
});
export type Modality = z.output<typeof ModalitySchema>;

export function parseModality(data: unknown, name = "data/patterns/modality.json"): Modality {
  const parsed = ModalitySchema.safeParse(data);
  if (!parsed.success) throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  return parsed.data;
}

export const MODALITY: Modality = parseModality(raw);

/** The most specific code in `map` for `code`: the code itself, then its parents ("0874" → "087" → "08"). */
export function recode(map: ReadonlyMap<string, string>, code: string): string | null {
  for (let length = code.length; length >= 2; length--) {
    const found = map.get(code.slice(0, length));
    if (found !== undefined) return found;
  }
  return null;
}
