/**
 * The record every exporter takes: one coded event mention (an event as one article reports
 * it) with the article it came from and the story cluster it belongs to. It is the contract's
 * `EventOut` plus what the published formats need and the contract does not carry; the store
 * maps its rows onto it, and `exportEventsFromDocument` builds it from a coded document.
 *
 * Mention-level formats (GDELT Mentions, CSV, JSONL) write one line per ExportEvent;
 * event-level formats (GDELT Events, PLOVER, ACLED) write one line per story cluster, taking
 * the first mention given of each cluster as its representative.
 */

import type { EventActorOut, EventOut } from "../model/contract.js";

/** An event's source or target: the contract's actor plus its dictionary name. */
export interface ExportActor extends EventActorOut {
  /** The dictionary name ("Anita Anand", "Canada"); null when only the mention text is known. */
  readonly name: string | null;
  /** CAMEO known-group code of an organisation or armed group with its own code, if known. */
  readonly knownGroup?: string | null;
}

/** Where the event happened: the contract's location plus gazetteer detail when known. */
export interface ExportLocation {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Country code as the contract gives it (ISO 3166-1 alpha-3, which CAMEO shares), or null. */
  readonly country: string | null;
  /** The GeoNames first-level division code ("30" for Kyiv City), or null. */
  readonly admin1?: string | null;
  /** The GeoNames id of the place, or null. */
  readonly geonameid?: number | null;
  /** The kind of place: "country", "admin1" (a province or state), "city" …, or null. */
  readonly feature?: string | null;
}

/** The article the mention was read in. */
export interface ExportArticle {
  /** Harbinger's article id (given in the input or made from the file name). */
  readonly id: string;
  readonly url: string | null;
  /** The outlet that published it ("Reuters", "kyivindependent.com"), or null. */
  readonly source: string | null;
  /** Publication date `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  readonly title: string | null;
  /** The length of the article's text in characters (GDELT's MentionDocLen), or null. */
  readonly length: number | null;
  /** The article's average tone (GDELT's MentionDocTone), or null when not measured. */
  readonly tone: number | null;
  /** When Harbinger stored or coded the article: an ISO 8601 timestamp (UTC). */
  readonly addedAt: string;
}

/** The story cluster: every report of one real-world event, across articles and outlets. */
export interface ExportCluster {
  /** The cluster's id in the store: one line per id in the event-level exports. */
  readonly id: string;
  /**
   * GDELT's GLOBALEVENTID, a positive integer (a store sequence, say). When missing, the
   * exporters derive a stable 53-bit number from `id` (see event-ids.ts).
   */
  readonly globalEventId?: number;
  /** Reports of the event in all articles (GDELT's NumMentions). */
  readonly numMentions: number;
  /** Distinct sources, syndicated copies of one wire story counting once (NumSources). */
  readonly numSources: number;
  /** Distinct articles reporting it (NumArticles). */
  readonly numArticles: number;
  /** When the cluster was first seen: an ISO 8601 timestamp (UTC), GDELT's DATEADDED. */
  readonly dateAdded: string;
  /** The mean tone of the articles reporting it (GDELT's AvgTone), or null. */
  readonly avgTone: number | null;
}

/** Where in the article this mention sits. */
export interface ExportMention {
  /** Unique id of this mention ("article-id#3"): one article may report several events. */
  readonly id: string;
  /** 1-based number of the evidence sentence in the article (GDELT's SentenceID). */
  readonly sentenceId: number;
  /** The evidence sentence's text, sliced from the article. */
  readonly sentenceText: string;
  /** Whether that sentence is in the article's lead paragraph (GDELT's IsRootEvent). */
  readonly inLead: boolean;
}

/** The PLOVER view: type and mode as in the contract, plus the CAMEO table's context words. */
export interface ExportPlover {
  readonly type: string;
  readonly mode: string | null;
  readonly context?: readonly string[];
}

/**
 * One coded event mention. From `EventOut`: `cameo`, `root`, `quad`, `penta`, `goldstein`,
 * `acled`, `mode`, `date` (the event's own date `YYYY-MM-DD` when the text gives one), `size`
 * (counts: dead, injured, arrested, troops, protesters …), `evidence` (sentence offsets,
 * trigger span, rule id) and `confidence` (0–1); its actors, location and PLOVER view are
 * widened as above. All offsets are into the article's text.
 */
export interface ExportEvent extends Omit<EventOut, "source" | "target" | "location" | "plover"> {
  readonly source: ExportActor | null;
  readonly target: ExportActor | null;
  readonly location: ExportLocation | null;
  readonly plover: ExportPlover | null;
  /** CAMEO's label of the event code ("Demonstrate military or police power"), or null. */
  readonly label: string | null;
  readonly article: ExportArticle;
  readonly cluster: ExportCluster;
  readonly mention: ExportMention;
}
