/**
 * The output contract: one CodedDocument per input article, as `harbinger code` writes it (one
 * JSON object per line) and as `createCoder().code()` returns it. Offsets are relative to the
 * article's `text`. Stable: tools and tests depend on it.
 */

import type { EventMode, TimeGrain } from "./doc.js";
import type { TextSpan } from "./span.js";

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "NORP" | "FAC" | "EVENT" | "OTHER";

export interface ActorCode {
  readonly code: string;
  readonly country: string | null;
  readonly sectors: readonly string[];
  readonly name: string;
}

export interface EntityOut extends TextSpan {
  readonly type: EntityType;
  readonly actor: ActorCode | null;
}

export interface PlaceOut extends TextSpan {
  readonly name: string;
  readonly geonameid: number | null;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly feature: string;
}

/** Day, week (`value` is the week's Monday), month (its first day) or year (1 January). */
export type { TimeGrain } from "./doc.js";

export interface TimeOut extends TextSpan {
  readonly value: string;
  readonly grain: TimeGrain;
}

export interface SpeakerOut extends TextSpan {
  readonly resolved: string | null;
  /** The speaker's actor code, through coreference for pronouns ("She" → CANGOV), or null. */
  readonly actor?: ActorCode | null;
}

/**
 * A quote: `text` runs from the first quoted or reported word to the last. An interrupted
 * quote ("…," she said, "…") is one quote whose text holds the frame and whose `parts` are the
 * quoted runs; a quote continued over paragraphs has a part per paragraph. `parts`, `events`,
 * `rule` and the speaker's `actor` are additions the coder always writes; records read back
 * from elsewhere may lack them.
 */
export interface QuoteOut extends TextSpan {
  readonly kind: "direct" | "indirect" | "mixed";
  readonly speaker: SpeakerOut | null;
  readonly cue: TextSpan | null;
  /** The words inside quote marks: a direct quote's runs, a mixed quote's quoted fragments. */
  readonly parts?: readonly TextSpan[];
  /** Indices into `events` of the events the quote reports. */
  readonly events?: readonly number[];
  /** How the quote and its speaker were found ("quotes/direct#after-frame"). */
  readonly rule?: string;
}

export interface EventActorOut extends TextSpan {
  readonly code: string;
  readonly country: string | null;
  readonly sectors: readonly string[];
}

export type { EventMode } from "./doc.js";

export interface EventOut {
  readonly source: EventActorOut | null;
  readonly target: EventActorOut | null;
  readonly cameo: string;
  readonly root: string;
  readonly quad: number;
  readonly penta: number;
  readonly goldstein: number;
  readonly plover: { readonly type: string; readonly mode: string | null } | null;
  readonly acled: { readonly type: string; readonly subtype: string } | null;
  readonly mode: EventMode;
  readonly date: string | null;
  /** The precision of `date`: its own time expression's grain, "day" for the article date. */
  readonly dateGrain?: TimeGrain | null;
  readonly location: {
    readonly name: string;
    readonly lat: number;
    readonly lon: number;
    readonly country: string | null;
  } | null;
  readonly size: Readonly<Record<string, number>> | null;
  readonly evidence: {
    readonly sentence: { readonly start: number; readonly end: number };
    readonly trigger: TextSpan;
    readonly rule: string;
  };
  readonly confidence: number;
}

/**
 * A counted quantity: `value` is the number stated (a vague amount's lower bound), `min`/`max`
 * bound it ("more than 1,000" → min 1001), `role` says what is counted (troops, dead, money …).
 */
export interface QuantityOut extends TextSpan {
  readonly value: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly approximate: boolean;
  readonly role: string | null;
  /** The counted noun's lemma, or the currency code for money. */
  readonly unit: string | null;
}

export interface CodedDocument {
  readonly id: string;
  readonly date: string | null;
  readonly lang: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly entities: readonly EntityOut[];
  readonly places: readonly PlaceOut[];
  readonly times: readonly TimeOut[];
  readonly quantities?: readonly QuantityOut[];
  readonly quotes: readonly QuoteOut[];
  readonly events: readonly EventOut[];
}
