/**
 * The schema of verb and noun patterns (`data/patterns/*.json`). A pattern names its trigger
 * lemmas, the CAMEO code it yields, what its object must be, where its target is found, and the
 * example sentences the test suite codes to keep it honest.
 */

import { z } from "zod";
import { SectorCode } from "../lexicon/actor-schemas.js";

const Lemma = z.string().regex(/^[a-z][a-z' -]*$/, "a lower-case lemma");
const Lemmas = z
  .array(Lemma)
  .min(1)
  .refine((list) => new Set(list).size === list.length, "duplicate lemmas");
export const CameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO event code");

/**
 * Where a pattern finds an actor: the object, the object of a preposition ("from", "on"), or
 * "clause" — the subject of the clause the verb governs ("demanded that NATO reconsider").
 */
export const Slot = z.union([z.literal("object"), z.string().regex(/^(?:[a-z]+)$/)]);
export type Slot = z.infer<typeof Slot>;

export const MODES = [
  "asserted",
  "negated",
  "intended",
  "hypothetical",
  "demanded",
  "reported",
] as const;

/**
 * An expected coding: "SOURCE CODE TARGET [MODE]", with "-" for a missing actor, e.g.
 * "CAN 0874 UKR", "RUS 154 -", "CANGOV 1312 RUS intended".
 */
export const ExpectedEvent = z
  .string()
  .regex(
    new RegExp(`^(-|[A-Z-]{3,}) (\\d{2,4}) (-|[A-Z-]{3,})(?: (${MODES.join("|")}))?$`),
    "SOURCE CODE TARGET [MODE]",
  );

export const ExampleSchema = z.strictObject({
  text: z.string().min(3),
  /** Article date for the example, when roles or dates matter. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Every event the sentence must yield, and no others. */
  expect: z.array(ExpectedEvent),
});

export const ObjectSpec = z.strictObject({
  /** The object's head lemma is one of these ("troop", "sanction"). */
  heads: Lemmas.optional(),
  /** With `heads`: a word before the head must be one of these ("military" in "military action"). */
  modifiers: Lemmas.optional(),
  /** Or the object names an actor with one of these sectors. */
  sectors: z.array(SectorCode).min(1).optional(),
  /** Or the object is any actor. */
  actor: z.literal(true).optional(),
});
export type ObjectSpec = z.infer<typeof ObjectSpec>;

export const PatternSchema = z
  .strictObject({
    /** Unique within its file; the rule id is `<file>#<id>`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "kebab-case id"),
    code: CameoCode,
    /** Verb lemmas that trigger the pattern. */
    verbs: Lemmas.optional(),
    /** Or noun lemmas heading a phrase ("talks", "negotiation"). */
    nouns: Lemmas.optional(),
    /** A particle the verb must carry ("back" in "pull back"). */
    particle: Lemma.optional(),
    /** What the direct object must be; absent means anything or nothing. */
    object: ObjectSpec.optional(),
    /**
     * Adjectives a copula must take ("is optimistic", "remained skeptical of"): with
     * `verbs: ["be", "remain", …]` the pattern codes a stance stated as a predicate.
     */
    predicate: Lemmas.optional(),
    /** True when the verb must have no direct object ("rallied in the capital", not "rallied allies"). */
    noObject: z.literal(true).optional(),
    /**
     * Prepositional phrases that must be present with an object of a kind: { "of": { "heads":
     * ["crime"] } } for "accused Russia of war crimes", { "on": { "heads": ["strike"] } } for
     * "went on strike".
     */
    phrases: z.record(z.string().regex(/^[a-z]+$/), ObjectSpec).optional(),
    /**
     * True when the verb must govern a clause ("agreed to …", "urged Russia to …"): such a
     * pattern codes the governing act when what it governs matches no pattern of its own.
     */
    complement: z.literal(true).optional(),
    /**
     * With `complement`: the governed clause's verb carries one of these modals and has a
     * subject of its own ("said Sudan must ensure security" — a demand made of Sudan).
     */
    complementModal: Lemmas.optional(),
    /**
     * True when what the verb governs must not be a hostile act (roots 11–20): hoping that
     * someone is indicted is no optimistic comment.
     */
    benignComplement: z.literal(true).optional(),
    /** What the source must be: { "sectors": ["CVL"] } for protesters and rioters. */
    source: ObjectSpec.optional(),
    /** Prepositions whose phrase must be present ("from" in "withdraw troops from"). */
    requires: z.array(z.string().regex(/^[a-z]+$/)).optional(),
    /** Where the target is looked for, in order; absent means ["object"]; [] means no target. */
    target: z.array(Slot).optional(),
    /**
     * "negative": the pattern matches only a negated verb, and the negation is the event
     * ("does not reveal where …" is declining to comment, 011), so the event stays asserted.
     */
    polarity: z.literal("negative").optional(),
    /**
     * "Ukraine received air defence systems from Germany": the subject is on the receiving end;
     * the source is found in the target slots ("from") and the subject becomes the target.
     */
    received: z.literal(true).optional(),
    /**
     * The object changes hands, and a "to" phrase names who gets it. Where the clause's "to"
     * phrase names no one but the source or what it owns ("sent fighter jets to its bases",
     * "to the alliance's eastern flank"), the things were only moved: no event is coded.
     */
    recipient: z.literal(true).optional(),
    /** "X and Y met": with no target, coordinated subjects act on each other. */
    reciprocal: z.literal(true).optional(),
    /** Confidence of a full match, 0–1; absent means 0.8. */
    confidence: z.number().min(0).max(1).optional(),
    /** Why the pattern exists or what it must not match: for readers of the file. */
    note: z.string().optional(),
    examples: z.array(ExampleSchema).min(1),
  })
  .refine(
    (p) => (p.verbs === undefined) !== (p.nouns === undefined),
    "exactly one of verbs or nouns",
  );
export type Pattern = z.infer<typeof PatternSchema>;

export const PatternFileSchema = z.strictObject({
  description: z.string(),
  patterns: z.array(PatternSchema).min(1),
});
export type PatternFile = z.infer<typeof PatternFileSchema>;
