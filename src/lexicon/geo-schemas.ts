/**
 * Schemas of the gazetteer's inputs and of the compact index built from them: the team's
 * region file (`data/geo/regions.json`: first-level divisions, well-known regions, continents,
 * seas, and GeoNames points for countries) and the index `npm run build` writes, validated
 * when it loads so that a stale or damaged build fails with a clear error.
 */

import { z } from "zod";
import { Name } from "./actor-schemas.js";

/** ISO 3166-1 alpha-2, as GeoNames writes country codes. */
export const Iso2 = z.string().regex(/^[A-Z]{2}$/, "two upper-case letters");
/** A GeoNames feature code: PPLC, ADM1, PCLI, RGN, CONT, SEA … */
export const FeatureCode = z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, "a GeoNames feature code");
const Latitude = z.number().min(-90).max(90);
const Longitude = z.number().min(-180).max(180);

export const RegionSchema = z
  .strictObject({
    name: Name,
    aliases: z.array(Name).refine((a) => new Set(a).size === a.length, "duplicate names"),
    kind: z.enum(["admin1", "region", "continent"]),
    country: Iso2.nullable(),
    /** GeoNames admin1 code within `country` (US "TX", Canada "08", Ukraine "15"), or null. */
    admin1: z
      .string()
      .regex(/^[A-Z0-9]{1,3}$/)
      .nullable(),
    feature: FeatureCode,
    /** Null: computed at build time from the GeoNames cities of `country` + `admin1`. */
    lat: Latitude.nullable(),
    lon: Longitude.nullable(),
    geonameid: z.number().int().positive().nullable(),
  })
  .refine((r) => (r.lat === null) === (r.lon === null), "lat and lon are both set or both null")
  .refine(
    (r) => r.lat !== null || (r.country !== null && r.admin1 !== null),
    "a region without coordinates needs country and admin1 to compute them",
  )
  .refine((r) => r.kind !== "admin1" || r.admin1 !== null, "an admin1 region needs its code");
export type RegionEntry = z.infer<typeof RegionSchema>;

/** GeoNames' representative point and id for a country, where the country data differs. */
export const CountryPointSchema = z
  .strictObject({
    iso2: Iso2,
    geonameid: z.number().int().positive(),
    lat: Latitude.nullable(),
    lon: Longitude.nullable(),
  })
  .refine((c) => (c.lat === null) === (c.lon === null), "lat and lon are both set or both null");
export type CountryPoint = z.infer<typeof CountryPointSchema>;

export const RegionsFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  regions: z.array(RegionSchema).min(1),
  countries: z.array(CountryPointSchema),
});
export type RegionsFile = z.infer<typeof RegionsFileSchema>;

export const GAZETTEER_VERSION = 1;

/**
 * The compact index: plain text columns inside one JSON object, so that loading is one parse
 * and two string splits, and a place's fields are read only when a name points at it.
 */
export const GazetteerDataSchema = z.strictObject({
  version: z.literal(GAZETTEER_VERSION),
  /** Credits of the data the index was built from. */
  sources: z.array(z.string()),
  /**
   * One place per line: geonameid (or empty), name, lat, lon, feature code, ISO2 country (or
   * empty), admin1 code (or empty), population. Countries and regions come first.
   */
  places: z.string().min(1),
  /** How many leading lines of `places` are countries and regions rather than cities. */
  regionCount: z.number().int().nonnegative(),
  /**
   * Sorted lines `key TAB refs`: the folded name, then comma-separated place indices, each
   * followed by "a" when the name is an alternate name rather than the place's own.
   */
  names: z.string().min(1),
  /** One country per line: ISO2, ISO3, the index of its place line. */
  countries: z.string().min(1),
});
export type GazetteerData = z.infer<typeof GazetteerDataSchema>;
