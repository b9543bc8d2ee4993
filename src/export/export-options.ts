/**
 * What a caller may pass to the exporters. The exporters stay pure: lookups that need data
 * (country names, other country code systems) come in as functions, so the defaults need none.
 */

/** A country's name and ISO 3166-1 numeric code, looked up by Harbinger's 3-letter code. */
export interface CountryInfo {
  readonly name: string;
  readonly isoNumeric: number | null;
}

export type CountryLookup = (code: string) => CountryInfo | null;

export interface ExportOptions {
  /**
   * Turns a location's country code (ISO 3166-1 alpha-3, as Harbinger writes it) into the code
   * GDELT's geo columns should hold. GDELT itself writes FIPS 10-4 there; Harbinger ships no
   * FIPS table, so by default the alpha-3 code is written unchanged (see the README).
   */
  readonly geoCountryCode?: (code: string) => string;
  /** Country names and numeric codes for ACLED's `country` and `iso` columns; none by default. */
  readonly countries?: CountryLookup;
  /** The coder named in PLOVER's `coder` field; "Harbinger" by default. */
  readonly coder?: string;
}
