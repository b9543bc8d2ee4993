/**
 * The closed word classes of the shallow syntax layer, loaded from `data/text/syntax-words.json`
 * and validated at load: a malformed list fails loudly instead of silently changing parses.
 */

import { z } from "zod";
import raw from "../../data/text/syntax-words.json" with { type: "json" };
import { HarbingerError } from "../errors.js";

const word = z
  .string()
  .min(1)
  .regex(/^[a-z'.-]+$/, "lower-case word");

/** A list of distinct words: a duplicate is a sign of an editing slip. */
const words = (min = 0) =>
  z
    .array(word)
    .min(min)
    .refine((list) => new Set(list).size === list.length, { message: "duplicate entries" });

export const SyntaxWordsSchema = z.strictObject({
  description: z.string(),
  titles: words(1),
  titleModifiers: words(),
  possessivePronouns: words(1),
  personalPronouns: words(1),
  relativePronouns: words(1),
  subordinators: z.record(word, z.enum(["complement", "conditional", "adverbial"])),
  speechVerbs: words(1),
  /** Verbs of judging and asking that speak for a clause as its "-ing" adjunct ("…, accusing"). */
  stanceVerbs: words(1),
  /** Nouns for what is issued or sent: "issued a statement urging …". */
  documentNouns: words(1),
  /** Nouns that measure what their "of" phrase names: "a round of talks", "a barrage of rockets". */
  measureNouns: words(1),
  particles: words(),
  futureMarkers: words(),
  modals: words(),
  objectControl: words(),
  /** Verb forms the lemmatiser gets wrong ("staged" → "stag"), with their lemmas. */
  verbLemmaFixes: z.record(word, word),
  /** Verbs of firing weapons: "a mortar was fired from Gaza" names where the attack came from. */
  launchVerbs: words(1),
  /** Verbs of military attack: whom they hit belongs first where the attack is set. */
  attackVerbs: words(1),
  /** Heads of phrases naming an attack: "killed in Israeli shelling" names who attacked. */
  attackNouns: words(1),
  /** Words for people the tagger may read as adjectives: "the military said". */
  headAdjectives: words(1),
  /** Plurals that open headlines as subjects: "Syrian forces clash with …". */
  headlineSubjects: words(1),
  /** Agent words whose adjective means something else: "a general strike". */
  otherAdjectiveSenses: words(1),
  /** Nouns for acts, plans and things: "military aid" names no actor. */
  thingHeads: words(1),
});

export type SubordinatorKind = "complement" | "conditional" | "adverbial";

export interface SyntaxWords {
  readonly titles: ReadonlySet<string>;
  readonly titleModifiers: ReadonlySet<string>;
  readonly possessivePronouns: ReadonlySet<string>;
  readonly personalPronouns: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly subordinators: ReadonlyMap<string, SubordinatorKind>;
  readonly speechVerbs: ReadonlySet<string>;
  /**
   * Verbs of judging and asking: with the speech verbs, their bare "-ing" form after a clause
   * says something on behalf of that clause's subject ("recalled its ambassador, accusing
   * Russia of lying").
   */
  readonly stanceVerbs: ReadonlySet<string>;
  /** Nouns for documents, which speak for whoever issues them ("issued a statement urging …"). */
  readonly documentNouns: ReadonlySet<string>;
  /**
   * Nouns that measure or group what their "of" phrase names ("a new round of joint exercises",
   * "$4 million worth of medical equipment"): a pattern's object may be that phrase.
   */
  readonly measureNouns: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly modals: ReadonlySet<string>;
  /** Verbs whose object does what their infinitive says: "urged Russia to withdraw". */
  readonly objectControl: ReadonlySet<string>;
  readonly verbLemmaFixes: ReadonlyMap<string, string>;
  readonly launchVerbs: ReadonlySet<string>;
  /** Verbs of military attack, whose object belongs first where the attack is set ("in Syria"). */
  readonly attackVerbs: ReadonlySet<string>;
  readonly attackNouns: ReadonlySet<string>;
  /** Words for people that head a phrase they end, though tagged as adjectives. */
  readonly headAdjectives: ReadonlySet<string>;
  /** Plurals for people that open headlines as subjects ("Syrian forces clash with …"). */
  readonly headlineSubjects: ReadonlySet<string>;
  /** Ranks whose adjective is another word: "a general strike", "a major offensive". */
  readonly otherAdjectiveSenses: ReadonlySet<string>;
  /**
   * Nouns for acts, plans and things that a sector word describes without naming an actor:
   * "military aid", "a military solution". People, bodies, places and craft ("separatist
   * leaders", "an army base", "police helicopters") stand for their sector and are not listed.
   */
  readonly thingHeads: ReadonlySet<string>;
}

export function parseSyntaxWords(data: unknown, name = "data/text/syntax-words.json"): SyntaxWords {
  const parsed = SyntaxWordsSchema.safeParse(data);
  if (!parsed.success) {
    throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  }
  const d = parsed.data;
  return {
    titles: new Set(d.titles),
    titleModifiers: new Set(d.titleModifiers),
    possessivePronouns: new Set(d.possessivePronouns),
    personalPronouns: new Set(d.personalPronouns),
    relativePronouns: new Set(d.relativePronouns),
    subordinators: new Map(Object.entries(d.subordinators)),
    speechVerbs: new Set(d.speechVerbs),
    stanceVerbs: new Set(d.stanceVerbs),
    documentNouns: new Set(d.documentNouns),
    measureNouns: new Set(d.measureNouns),
    particles: new Set(d.particles),
    futureMarkers: new Set(d.futureMarkers),
    modals: new Set(d.modals),
    objectControl: new Set(d.objectControl),
    verbLemmaFixes: new Map(Object.entries(d.verbLemmaFixes)),
    launchVerbs: new Set(d.launchVerbs),
    attackVerbs: new Set(d.attackVerbs),
    attackNouns: new Set(d.attackNouns),
    headAdjectives: new Set(d.headAdjectives),
    headlineSubjects: new Set(d.headlineSubjects),
    otherAdjectiveSenses: new Set(d.otherAdjectiveSenses),
    thingHeads: new Set(d.thingHeads),
  };
}

/** The bundled lists, parsed once. */
export const SYNTAX_WORDS: SyntaxWords = parseSyntaxWords(raw);
