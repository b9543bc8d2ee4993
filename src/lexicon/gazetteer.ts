/**
 * The gazetteer: GeoNames cities, countries and the team's regions behind one lookup by folded
 * name. It keeps the built index's text columns as they are — sorted name lines searched by
 * bisection, place lines read field by field on demand, each column one string with its line
 * offsets (see TextLines) — so that loading builds no hundred thousand objects.
 */

import { HarbingerError } from "../errors.js";
import { type GazetteerData, GazetteerDataSchema } from "./geo-schemas.js";
import { TextLines } from "./text-lines.js";

export interface Place {
  readonly index: number;
  readonly geonameid: number | null;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, RGN, CONT, SEA … */
  readonly feature: string;
  /** ISO 3166-1 alpha-2, or null for regions across countries. */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly population: number;
}

/** A place a name points at, and whether the name is one of its alternate names. */
export interface NameRef {
  readonly place: number;
  readonly alternate: boolean;
}

export interface CountryCodes {
  readonly iso2: string;
  readonly iso3: string;
  readonly place: number;
}

/** Entries each cache keeps before it starts afresh: a bound on memory in long runs. */
const CACHE_LIMIT = 50_000;

export class Gazetteer {
  private readonly placeLines: TextLines;
  private readonly nameLines: TextLines;
  private readonly placeCache = new Map<number, Place>();
  /** Looked-up keys, found or not: articles ask for the same few names again and again. */
  private readonly lookupCache = new Map<string, readonly NameRef[]>();
  private readonly byIso2 = new Map<string, CountryCodes>();
  private readonly byIso3 = new Map<string, CountryCodes>();
  private readonly admin1Places = new Map<string, number>();
  readonly regionCount: number;
  readonly sources: readonly string[];

  constructor(data: GazetteerData) {
    this.placeLines = new TextLines(data.places);
    this.nameLines = new TextLines(data.names);
    this.regionCount = data.regionCount;
    this.sources = data.sources;
    for (const line of data.countries.split("\n")) {
      const [iso2, iso3, place] = line.split("\t");
      if (iso2 === undefined || iso3 === undefined || place === undefined) continue;
      const codes = { iso2, iso3, place: Number(place) };
      this.byIso2.set(iso2, codes);
      this.byIso3.set(iso3, codes);
    }
    for (let i = 0; i < this.regionCount; i++) {
      const place = this.place(i);
      if (place.feature === "ADM1" && place.country !== null && place.admin1 !== null) {
        const key = `${place.country}.${place.admin1}`;
        if (!this.admin1Places.has(key)) this.admin1Places.set(key, i);
      }
    }
  }

  get size(): number {
    return this.placeLines.length;
  }

  /** The places a folded name key points at, or an empty list. */
  lookup(key: string): readonly NameRef[] {
    const cached = this.lookupCache.get(key);
    if (cached !== undefined) return cached;
    const line = this.nameLine(key);
    const refs: NameRef[] = [];
    if (line !== null) {
      for (const part of line.slice(key.length + 1).split(",")) {
        const alternate = part.endsWith("a");
        refs.push({ place: Number(alternate ? part.slice(0, -1) : part), alternate });
      }
    }
    if (this.lookupCache.size >= CACHE_LIMIT) this.lookupCache.clear();
    // Frozen: every caller shares the one list.
    this.lookupCache.set(key, Object.freeze(refs));
    return refs;
  }

  has(key: string): boolean {
    return this.lookup(key).length > 0;
  }

  place(index: number): Place {
    const cached = this.placeCache.get(index);
    if (cached !== undefined) return cached;
    const line = this.placeLines.line(index);
    if (line === undefined) throw new RangeError(`no place ${index} in the gazetteer`);
    const [id, name, lat, lon, feature, country, admin1, population] = line.split("\t");
    const place: Place = {
      index,
      geonameid: id ? Number(id) : null,
      name: name ?? "",
      lat: Number(lat),
      lon: Number(lon),
      feature: feature ?? "",
      country: country || null,
      admin1: admin1 || null,
      population: Number(population) || 0,
    };
    if (this.placeCache.size >= CACHE_LIMIT) this.placeCache.clear();
    this.placeCache.set(index, place);
    return place;
  }

  countryByIso2(iso2: string): CountryCodes | undefined {
    return this.byIso2.get(iso2);
  }

  countryByIso3(iso3: string): CountryCodes | undefined {
    return this.byIso3.get(iso3);
  }

  /** The first-level division with this country and admin1 code, if the index has it. */
  admin1(country: string, code: string): Place | undefined {
    const index = this.admin1Places.get(`${country}.${code}`);
    return index === undefined ? undefined : this.place(index);
  }

  /** The name's line: TAB sorts below every character a key can hold, so "key\t" finds it. */
  private nameLine(key: string): string | null {
    return this.nameLines.findStartingWith(`${key}\t`);
  }
}

/** Validates a built index and wraps it; `input` names where it came from for the error. */
export function loadGazetteer(data: unknown, input: string): Gazetteer {
  const parsed = GazetteerDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HarbingerError(
      "E_DATA",
      input,
      `${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"} — rebuild it with npm run build`,
    );
  }
  return new Gazetteer(parsed.data);
}
