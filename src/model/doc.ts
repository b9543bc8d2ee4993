/**
 * The document model: one Doc per article, filled in by pipeline stages. Every annotation is a
 * `[start, end)` span into `text` (the original article text) plus token indices, so that any
 * finding can be shown and audited against the exact words that produced it.
 */

import type { NormalizedText } from "../text/normalize.js";
import type { Article } from "./article.js";
import type { Span } from "./span.js";
import type { TokenTable } from "./tokens.js";

/** A run of tokens `[firstToken, endToken)` and the characters it covers. */
export interface TokenRange extends Span {
  readonly firstToken: number;
  readonly endToken: number;
}

export interface Sentence extends TokenRange {
  readonly index: number;
}

export type ChunkKind = "name" | "noun" | "pronoun" | "number";

/** A noun-phrase chunk: "Defense Minister Anita Anand", "the NATO military alliance", "she". */
export interface Chunk extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  readonly kind: ChunkKind;
  /** The head token: the last noun of the phrase, or the name's last token. */
  readonly head: number;
  /** Title words before a name: "Defense Minister", "Prime Minister", "President". */
  readonly title: TokenRange | null;
  /** The name after a title: "Anita Anand". */
  readonly name: TokenRange | null;
  /** A possessor chunk inside this phrase: "Russia" in "Russia's invasion". */
  readonly possessor: number | null;
  /** An appositive chunk describing this one: "the capital of Ukraine" after "Kiev,". */
  appositive: number | null;
  /** The preposition of a locative appositive ("in" in "Lviv, in western Ukraine,"), or null. */
  appositivePrep: number | null;
  /** The chunk this one is an appositive of. */
  appositiveOf: number | null;
  /** The next chunk coordinated with this one ("Moscow" → "the West" in "Moscow and the West"). */
  conjunct: number | null;
}

export type Tense = "past" | "present" | "future";
export type Voice = "active" | "passive";

/** A verb group: auxiliaries, negation, adverbs and the main verb ("have been temporarily relocated"). */
export interface VerbGroup extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  /** The main (last) verb token. */
  readonly head: number;
  readonly lemma: string;
  readonly tense: Tense;
  readonly perfect: boolean;
  readonly progressive: boolean;
  readonly voice: Voice;
  /** The negation token ("not", "n't", "never"), or null. */
  readonly negation: number | null;
  /** The modal auxiliary ("could", "would", "may" …), or null; "will"/"shall" count as future. */
  readonly modal: string | null;
  /** True for "will", "shall", "going to", "is to", "about to". */
  readonly future: boolean;
  /** True for a non-finite complement: a "to" infinitive ("to withdraw") or a bare gerund ("denies wanting"). */
  readonly nonFinite: boolean;
  /** Particle right after the verb ("back" in "pull back"), or null. */
  readonly particle: number | null;
  /** A non-finite complement group: "promised to impose", "began warning" → the second group. */
  complement: number | null;
}

export type ClauseKind =
  | "main"
  | "coordinate"
  | "complement" // "(said) that …", reported content
  | "relative" // "who …", "which …"
  | "adverbial" // "because …", "when …", "after …"
  | "conditional" // "if …", "unless …"
  | "reduced-relative" // a participle modifying a noun: "missions aimed at …"
  | "nonfinite"; // "to …" or a gerund: "sought to reassure", "denies wanting", "plans to invade"

/** Who is credited with a clause's content: "X said (that) …", "according to X", "X added that". */
export interface Attribution {
  /** The speaker chunk. */
  readonly speaker: number;
  /** The cue token ("said", "according", "added"). */
  readonly cue: number;
}

export interface PrepObject {
  /** The preposition token. */
  readonly prep: number;
  readonly chunk: number;
}

/** A clause: one verb group with its arguments, and how it hangs off another clause. */
export interface Clause extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  readonly kind: ClauseKind;
  /** The verb group, or null for a verbless fragment (a headline without a verb). */
  readonly verb: number | null;
  /** Subject chunk (for passive clauses, the grammatical subject, i.e. the patient). */
  readonly subject: number | null;
  /** True when the subject was inherited from a coordinated, relative or controlling clause. */
  readonly subjectShared: boolean;
  readonly object: number | null;
  /** The "by" agent of a passive verb. */
  readonly agent: number | null;
  readonly preps: readonly PrepObject[];
  /** The clause this one depends on, or null for a sentence's main clause. */
  readonly parent: number | null;
  /** The subordinator or relative word that opens the clause ("that", "if", "who"), or null. */
  readonly marker: number | null;
  /** Set when the clause's content is reported by a speaker. */
  attribution: Attribution | null;
}

export type MentionType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP";

/** How a mention was recognised, for auditing. */
export type MentionSource = "dictionary" | "title" | "agent" | "coreference";

/**
 * A mention of an actor or a named place: "Defense Minister Anita Anand" (CANGOV), "Canadian
 * troops" (CANMIL), "the Kremlin" (RUSGOV), "Kyiv" used as a place (no actor code).
 */
export interface Mention extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  /** The chunk the mention belongs to, or null. */
  readonly chunk: number | null;
  readonly type: MentionType;
  /** CAMEO actor code, or null when the mention is a place rather than an actor. */
  readonly code: string | null;
  readonly country: string | null;
  readonly sectors: readonly string[];
  /** Canonical name: the dictionary's, or the text's for names it does not list. */
  readonly name: string;
  /** Grammatical number and gender, for pronouns that refer back to the mention. */
  readonly plural: boolean;
  readonly gender: "f" | "m" | "x" | null;
  readonly source: MentionSource;
  /** True when the text uses the name as a place ("in Kyiv", "troops from Ukraine"). */
  readonly placeUse: boolean;
  /** The rule that produced the mention ("actors/person#dated-role"). */
  readonly rule: string;
  /** For coreference, the earlier mention it refers to. */
  readonly antecedent: number | null;
}

export type EventMode =
  | "asserted"
  | "negated"
  | "intended"
  | "hypothetical"
  | "demanded"
  | "reported";

/** A coded event: who did what to whom, in which mode, from which words, by which rule. */
export interface DocEvent {
  readonly index: number;
  readonly sentence: number;
  /** The clause that states it, or null for an event triggered by a noun phrase. */
  readonly clause: number | null;
  /** The CAMEO code, after recoding for mode (a promised sanction is a threat, 1312). */
  readonly code: string;
  /** The code of the action itself, as the pattern gave it (163 for the promised sanction). */
  readonly actionCode: string;
  readonly mode: EventMode;
  /** Mention indices of source and target, or null. */
  readonly source: number | null;
  readonly target: number | null;
  readonly trigger: TokenRange;
  readonly rule: string;
  readonly confidence: number;
  /** When it happened: set by the event-dates stage (its clause's time, else the article date). */
  date?: EventDate | null;
  /** How many, by role (`{ troops: 100000 }`): set by the event-sizes stage. */
  size?: Readonly<Record<string, number>> | null;
  /** Where it happened, an index into `places`: set by the event-locations stage. */
  location?: number | null;
}

/**
 * The precision of a resolved date. Week-level expressions ("last week") get their own grain:
 * a day would claim too much and a month too little.
 */
export type TimeGrain = "day" | "week" | "month" | "year";

/**
 * A time expression resolved against the article date: "On Saturday" → 2022-02-12 (day),
 * "last month" → 2022-01-01 (month). `value` is the first day of the period named.
 */
export interface TimeMention extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  /** The clause whose time it states, or null (a verbless headline). */
  readonly clause: number | null;
  /** `YYYY-MM-DD`: the first day of the period the expression names. */
  readonly value: string;
  readonly grain: TimeGrain;
  /** How it was resolved ("times/weekday-past", "times/day-after-clause" …). */
  readonly rule: string;
  /**
   * "(came) the day after Canada closed its embassy": the clause this expression dates by
   * counting back, and that clause's date.
   */
  readonly related: { readonly clause: number; readonly value: string } | null;
}

/** An event's date: the time mention it comes from (null: the article date) and its grain. */
export interface EventDate {
  readonly value: string;
  readonly grain: TimeGrain;
  readonly time: number | null;
}

/**
 * A counted quantity: "more than 100,000 troops", "at least 12 people (killed)", "$400 million".
 * `value` is the number stated (for a vague amount, its lower bound); `min`/`max` bound it.
 */
export interface Quantity extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  /** The clause it belongs to, or null. */
  readonly clause: number | null;
  /** The noun-phrase chunk it counts, or null. */
  readonly chunk: number | null;
  readonly value: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  /** What is counted, as the data names roles: troops, dead, injured, money …; null if unknown. */
  readonly role: string | null;
  /** The counted noun's lemma ("soldier"), or the currency code for money ("USD"). */
  readonly unit: string | null;
  readonly rule: string;
}

export type QuoteKind = "direct" | "indirect" | "mixed";

/**
 * Who said what: words in quote marks ("direct"), reported speech ("indirect": "X said that
 * …", "according to X, …"), or reported speech with quoted words in it ("mixed"). The span
 * runs from the first quoted or reported word to the last; an interrupted quote ("…," she
 * said, "…") is one quote whose span holds the frame and whose `parts` are the two runs.
 */
export interface Quote extends Span {
  readonly index: number;
  readonly kind: QuoteKind;
  /** The words in quote marks: each run of a direct quote, the quoted fragments of a mixed one. */
  readonly parts: readonly Span[];
  /** The sentence the quote starts in. */
  readonly sentence: number;
  /** The speaker's chunk ("She", "Defence Minister Anita Anand"), or null when none is found. */
  readonly speaker: number | null;
  /** The cue token ("said", "added", "according"), or null. */
  readonly cue: number | null;
  /** How the quote and its speaker were found ("quotes/direct#after-frame"). */
  readonly rule: string;
}

/** A gazetteer place as a place mention resolves to it. */
export interface ResolvedPlace {
  readonly name: string;
  readonly geonameid: number | null;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, RGN, CONT … */
  readonly feature: string;
  /** ISO 3166-1 alpha-3 ("UKR"), or null for regions across countries. */
  readonly country: string | null;
  /** GeoNames first-level division code within the country ("15" for Lviv Oblast), or null. */
  readonly admin1: string | null;
}

/**
 * A place named in the text and resolved in the gazetteer: "Lviv", "Kiev" (Kyiv), "Donetsk
 * Oblast", "Ottawa" even where it stands for Canada's government, and nationality words
 * ("Turkish", "Canadians") that stand for their country.
 */
export interface PlaceMention extends TokenRange {
  readonly index: number;
  readonly sentence: number;
  readonly place: ResolvedPlace;
  /** A nationality word ("Ukrainian") rather than a place name: never an event's location. */
  readonly adjectival: boolean;
  /** Used as a location: after "in", "near", "from" …, or as the appositive "Lviv, in …". */
  readonly locative: boolean;
  /** The actor or place mention covering the same words, or null. */
  readonly mention: number | null;
  /** How it was found and resolved ("places/gazetteer#qualified"). */
  readonly rule: string;
}

export interface Doc {
  readonly article: Article;
  /** The original article text; every offset refers to it. */
  readonly text: string;
  readonly normalized: NormalizedText;
  readonly tokens: TokenTable;
  readonly sentences: readonly Sentence[];
  chunks: Chunk[];
  /** For each token, the outermost chunk covering it, or -1. */
  tokenChunk: Int32Array;
  verbGroups: VerbGroup[];
  /** For each token, the verb group covering it, or -1. */
  tokenVerbGroup: Int32Array;
  clauses: Clause[];
  /** Actor and place mentions, in text order. */
  mentions: Mention[];
  /** For each chunk, the mention that codes it, or -1. */
  chunkMention: Int32Array;
  events: DocEvent[];
  /** Time expressions, in text order. */
  times: TimeMention[];
  /** Counted quantities, in text order. */
  quantities: Quantity[];
  /** Direct, indirect and mixed quotes with their speakers, in text order. */
  quotes: Quote[];
  /** Place names resolved in the gazetteer, in text order. */
  places: PlaceMention[];
}
