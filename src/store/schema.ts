/**
 * The store's tables as Kysely sees them: one row type per table, the same on SQLite and
 * PostgreSQL. Spans are `span_start`/`span_end` character offsets into the article text.
 * Lists and open-ended records (actor sectors, event sizes) are JSON text, so both engines
 * store and return them identically. Dates are `YYYY-MM-DD` text.
 */

export interface OutletTable {
  name: string;
}

export interface ArticleTable {
  id: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  lang: string;
  text: string;
  /** sha256 of the outlet and the text: the same text from the same outlet is one article. */
  content_hash: string;
  /** The first stored copy of the wire story this article copies (its own id if none). */
  copy_of: string;
  /**
   * What counts as this article's source: the first copy's source, else its wire
   * (`wire:<name>`), else its outlet, else `article:<id>`.
   */
  source_key: string;
  /** The news agency the article is credited to ("The Canadian Press"), if any. */
  wire: string | null;
  /** Length of `text` in UTF-16 code units, as JavaScript and the offsets count it. */
  text_length: number;
  num_events: number;
  /** When the article was stored: ISO 8601, UTC. */
  stored_at: string;
}

/** The shingle sketch of each article, for finding syndicated copies by exact lookups. */
export interface ArticleSketchTable {
  hash: number;
  article_id: string;
}

interface AnnotationRow {
  article_id: string;
  idx: number;
  text: string;
  span_start: number;
  span_end: number;
}

export interface EntityTable extends AnnotationRow {
  type: string;
  actor_code: string | null;
  actor_country: string | null;
  actor_sectors: string | null;
  actor_name: string | null;
}

export interface PlaceTable extends AnnotationRow {
  name: string;
  geonameid: number | null;
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  feature: string;
}

export interface TimeTable extends AnnotationRow {
  value: string;
  grain: string;
}

export interface QuantityTable extends AnnotationRow {
  value: number;
  min: number | null;
  max: number | null;
  /** 0 or 1. */
  approximate: number;
  role: string | null;
  unit: string | null;
}

export interface QuoteTable extends AnnotationRow {
  kind: string;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_resolved: string | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  /** JSON: the quoted runs' spans. */
  parts: string | null;
  /** JSON: indices of the events the quote reports. */
  event_indices: string | null;
  rule: string | null;
  /** JSON: the speaker's actor code record, or null. */
  speaker_actor: string | null;
}

/** One event mention: one coded event in one article. */
export interface EventTable {
  id: string;
  article_id: string;
  idx: number;
  cluster_id: string;
  /** 1 when this mention opened its cluster (its id is the cluster's), else 0. */
  opens_cluster: number;
  /** The event's date, else the article's, else "": the key queries filter and sort by. */
  date_key: string;
  /** The date the coder gave the event itself, and its precision (day, week, month, year). */
  event_date: string | null;
  date_grain: string | null;
  source_text: string | null;
  source_start: number | null;
  source_end: number | null;
  source_code: string | null;
  source_country: string | null;
  source_sectors: string | null;
  /** The source's country, else the first three letters of its code (IGO, WST …). */
  source_group: string | null;
  target_text: string | null;
  target_start: number | null;
  target_end: number | null;
  target_code: string | null;
  target_country: string | null;
  target_sectors: string | null;
  target_group: string | null;
  cameo: string;
  root: string;
  quad: number;
  penta: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  acled_type: string | null;
  acled_subtype: string | null;
  mode: string;
  location_name: string | null;
  location_lat: number | null;
  location_lon: number | null;
  location_country: string | null;
  /** Lower-cased location name, for case-blind place filters on both engines. */
  place_key: string | null;
  /** The location's one-degree grid cell (see geo-cells.ts), for bounding-box queries. */
  geo_cell: number | null;
  size: string | null;
  sentence_start: number;
  sentence_end: number;
  trigger_text: string;
  trigger_start: number;
  trigger_end: number;
  rule: string;
  confidence: number;
}

/** A story cluster: one real-world event, reported by one or more mentions. */
export interface ClusterTable {
  /** The id of the mention that opened the cluster. */
  id: string;
  root: string;
  /** What its reports claim: happened, negated, intended, hypothetical or demanded. */
  claim: string;
  actor_a: string;
  actor_b: string;
  date: string | null;
  location_name: string | null;
  location_lat: number | null;
  location_lon: number | null;
  location_country: string | null;
  num_mentions: number;
  num_articles: number;
  num_sources: number;
  /** When the cluster's first report was stored: ISO 8601, UTC (GDELT's DATEADDED). */
  first_seen: string;
}

/** Which sources (see ArticleTable.source_key) have reported a cluster: counted once each. */
export interface ClusterSourceTable {
  cluster_id: string;
  source_key: string;
}

/** A fetched feed's validators, for the next run's conditional request. */
export interface FeedValidatorTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  /** When they were last saved: ISO 8601, UTC. */
  updated_at: string;
}

export interface Database {
  outlets: OutletTable;
  articles: ArticleTable;
  article_sketches: ArticleSketchTable;
  entities: EntityTable;
  places: PlaceTable;
  times: TimeTable;
  quantities: QuantityTable;
  quotes: QuoteTable;
  events: EventTable;
  clusters: ClusterTable;
  cluster_sources: ClusterSourceTable;
  feed_validators: FeedValidatorTable;
}
