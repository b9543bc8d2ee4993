/**
 * The filter options of `harbinger events`, checked and turned into an EventFilter. A bad
 * value is a usage error naming the option and what it expects.
 */

import { HarbingerError } from "../errors.js";
import { parseArticleDate } from "../ingest/article-date.js";
import type { EventMode } from "../model/contract.js";
import type { BoundingBox, EventFilter } from "../store/store.js";

export const FILTER_OPTIONS = {
  actor: { type: "string" },
  source: { type: "string" },
  target: { type: "string" },
  country: { type: "string" },
  cameo: { type: "string" },
  quad: { type: "string" },
  mode: { type: "string" },
  since: { type: "string" },
  until: { type: "string" },
  place: { type: "string" },
  bbox: { type: "string" },
  "min-sources": { type: "string" },
  article: { type: "string" },
  clusters: { type: "boolean" },
} as const;

export const FILTER_HELP = `  --actor CODE    source or target is an actor of this country or group (RUS, IGO), or
                  has this exact code (RUSMIL, USAGOV)
  --source CODE   the source actor, as for --actor
  --target CODE   the target actor, as for --actor
  --country CCC   an actor or the event's location is in this country (ISO alpha-3)
  --cameo CODE    a CAMEO root (19) or a code and its sub-codes (190, 0874)
  --quad N        QuadClass 1-4 (verbal/material cooperation, verbal/material conflict)
  --mode M        asserted, negated, intended, hypothetical, demanded or reported
  --since D       on or after YYYY-MM-DD (the event's date, else its article's)
  --until D       on or before YYYY-MM-DD
  --place NAME    the event's location name (any case)
  --bbox W,S,E,N  the event's location within a box of longitudes and latitudes
  --min-sources N events reported by at least N independent sources
  --article ID    events of one article
  --clusters      one row per story cluster (its first report) instead of every report`;

const MODES: readonly EventMode[] = [
  "asserted",
  "negated",
  "intended",
  "hypothetical",
  "demanded",
  "reported",
];

type FilterValues = { readonly [K in keyof typeof FILTER_OPTIONS]?: string | boolean };

const usage = (option: string, detail: string) =>
  new HarbingerError("E_USAGE", `--${option}`, detail);

function code(option: string, value: string): string {
  const upper = value.trim().toUpperCase();
  if (!/^[A-Z0-9]{3,}$/.test(upper)) throw usage(option, "expected a CAMEO actor or country code");
  return upper;
}

function whole(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw usage(option, `expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function date(option: string, value: string): string {
  try {
    return parseArticleDate(value, `--${option}`);
  } catch {
    throw usage(option, "expected a date YYYY-MM-DD");
  }
}

function bbox(value: string): BoundingBox {
  const parts = value.split(",").map((p) => Number(p.trim()));
  const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number];
  const ok =
    parts.length === 4 &&
    parts.every(Number.isFinite) &&
    [minLon, maxLon].every((x) => Math.abs(x) <= 180) &&
    [minLat, maxLat].every((y) => Math.abs(y) <= 90) &&
    minLat <= maxLat;
  if (!ok) throw usage("bbox", "expected WEST,SOUTH,EAST,NORTH in degrees, e.g. 22,44,41,53");
  return { minLon, minLat, maxLon, maxLat };
}

export function eventFilter(values: FilterValues): EventFilter {
  const text = (key: keyof FilterValues) => {
    const v = values[key];
    return typeof v === "string" ? v : undefined;
  };
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  for (const key of ["actor", "source", "target", "country"] as const) {
    const v = text(key);
    if (v !== undefined) filter[key] = code(key, v);
  }
  const cameo = text("cameo");
  if (cameo !== undefined) {
    if (!/^\d{2,4}$/.test(cameo.trim())) throw usage("cameo", "expected 2 to 4 digits");
    filter.cameo = cameo.trim();
  }
  const quad = text("quad");
  if (quad !== undefined) filter.quad = whole("quad", quad, 1, 4);
  const mode = text("mode");
  if (mode !== undefined) {
    if (!MODES.includes(mode as EventMode)) throw usage("mode", `expected ${MODES.join(", ")}`);
    filter.mode = mode as EventMode;
  }
  const since = text("since");
  if (since !== undefined) filter.since = date("since", since);
  const until = text("until");
  if (until !== undefined) filter.until = date("until", until);
  const place = text("place");
  if (place !== undefined && place.trim() !== "") filter.place = place.trim();
  const box = text("bbox");
  if (box !== undefined) filter.bbox = bbox(box);
  const minSources = text("min-sources");
  if (minSources !== undefined) filter.minSources = whole("min-sources", minSources, 1, 1e9);
  const article = text("article");
  if (article !== undefined) filter.articleId = article;
  if (values.clusters === true) filter.firstMentions = true;
  return filter;
}

/** The options of the commands that read events from the store (`events`, `export`). */
export const QUERY_OPTIONS = {
  ...FILTER_OPTIONS,
  db: { type: "string" },
  format: { type: "string" },
  limit: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `--limit N`: a positive whole number, or no limit when absent. */
export function parseLimit(value: string | undefined): number | undefined {
  const limit = value === undefined ? undefined : Number(value);
  if (limit !== undefined && !(Number.isSafeInteger(limit) && limit > 0)) {
    throw new HarbingerError("E_USAGE", "--limit", "expected a positive whole number");
  }
  return limit;
}
