/**
 * Schemas of the actor dictionaries in `data/actors/`: countries and territories, international
 * and non-governmental organisations, armed groups and parties, agent (sector) words, and named
 * people with dated roles. Every file is validated against these at load and in tests.
 */

import { z } from "zod";

/** A CAMEO country or bloc code: three upper-case letters (CAN, RUS, UKR; IGO, NGO, MNC …). */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, "three upper-case letters");
/** A CAMEO actor code: one or more three-letter groups (CANGOV, IGOWSTNAT, UKRMILREB). */
export const ActorCode = z.string().regex(/^(?:[A-Z]{3})+$/, "three-letter groups");
/** A CAMEO sector / agent code (GOV, MIL, COP, REB, OPP, CVL, …). */
export const SectorCode = z.string().regex(/^[A-Z]{3}$/, "three upper-case letters");
/** A name as written in text: at least one letter, no surrounding spaces. */
export const Name = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && /\p{L}/u.test(s), "a trimmed name with a letter");
/** A calendar date YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "a real date",
  );

const names = (min = 0) =>
  z
    .array(Name)
    .min(min)
    .refine((list) => new Set(list).size === list.length, "duplicate names");

export const CountrySchema = z.strictObject({
  code: CountryCode,
  /** ISO 3166-1 alpha-2, when one exists. */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  name: Name,
  kind: z.enum(["country", "territory", "historical"]),
  /** Other current names, official names and spellings ("Czechia", "Côte d'Ivoire"). */
  aliases: names(),
  /** Former names still met in text ("Burma", "Kiev" for the capital is in `capitals`). */
  historic: names(),
  /** Adjectives ("Canadian", "Ukrainian"). */
  adjectives: names(),
  /** Words for the people, singular and plural ("Canadian", "Canadians", "Briton", "Britons"). */
  demonyms: names(),
  /** Capital(s) with their spellings ("Kyiv", "Kiev"); coded as the country when used as actors. */
  capitals: names(),
  /** Seats of government that stand for the government ("the Kremlin", "Downing Street"). */
  seats: names(),
});
export type CountryEntry = z.infer<typeof CountrySchema>;

export const CountriesFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  countries: z.array(CountrySchema).min(1),
});

export const OrganisationSchema = z.strictObject({
  code: ActorCode,
  name: Name,
  kind: z.enum(["igo", "ngo", "mnc", "court", "alliance", "agency"]),
  /** Full names, abbreviations and spellings ("NATO", "North Atlantic Treaty Organization"). */
  aliases: names(),
  /** Definite descriptions that refer back to it within an article ("the alliance", "the bloc"). */
  descriptions: names(),
  /** Home country for national organisations (e.g. a national Red Cross society), else null. */
  country: CountryCode.nullable(),
  /** Sectors, for national agencies whose code ends in a short name ("USASPYCIA" → SPY). */
  sectors: z.array(SectorCode).min(1).optional(),
});
export type OrganisationEntry = z.infer<typeof OrganisationSchema>;

export const OrganisationsFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  organisations: z.array(OrganisationSchema).min(1),
});

export const GroupSchema = z.strictObject({
  code: ActorCode,
  name: Name,
  kind: z.enum(["armed", "party", "movement"]),
  aliases: names(),
  descriptions: names(),
  country: CountryCode.nullable(),
  sectors: z.array(SectorCode).min(1),
});
export type GroupEntry = z.infer<typeof GroupSchema>;

export const GroupsFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  groups: z.array(GroupSchema).min(1),
});

export const RegionSchema = z.strictObject({
  /** CAMEO region code (EUR, MEA, WST …). */
  code: CountryCode,
  name: Name,
  /** A bloc ("the West") acts; a region ("Latin America") is a place. */
  kind: z.enum(["region", "bloc"]),
  aliases: names(),
});
export type RegionEntry = z.infer<typeof RegionSchema>;

export const RegionsFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  regions: z.array(RegionSchema).min(1),
});

export const AgentSchema = z.strictObject({
  /** Lower-case singular word or phrase, matched on lemmas ("soldier", "defence ministry"). */
  words: z.array(z.string().regex(/^[a-z][a-z' .-]*[a-z.]$/, "lower-case words")).min(1),
  sectors: z.array(SectorCode).min(1),
  /**
   * Posted abroad (diplomats, embassies): with no country named they are not the article's
   * home country's ("Diplomats and election observers had appealed to both camps" in Nairobi).
   */
  abroad: z.literal(true).optional(),
  /** A one-line gloss of the sector for readers of the file. */
  gloss: z.string(),
});
export type AgentEntry = z.infer<typeof AgentSchema>;

export const AgentsFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  agents: z.array(AgentSchema).min(1),
});

export const RoleSchema = z.strictObject({
  /** Actor code while in the role: country + sector ("CANGOV", "RUSMIL", "IGOWSTNAT"). */
  code: ActorCode,
  /** Normalised lower-case title ("prime minister", "foreign minister", "defence minister"). */
  title: z.string().regex(/^[a-z][a-z -]*$/),
  from: IsoDate,
  /** Last day in the role, or null while still in it. */
  to: IsoDate.nullable(),
});
export type RoleEntry = z.infer<typeof RoleSchema>;

export const PersonSchema = z
  .strictObject({
    name: Name,
    /** Other forms met in text: surname alone, transliterations ("Zelenskyy", "Zelenskiy"). */
    aliases: names(),
    gender: z.enum(["f", "m", "x"]),
    /** Home country code, used outside any dated role (coded country + ELI). */
    country: CountryCode,
    roles: z.array(RoleSchema).min(1),
  })
  .refine(
    (p) => p.roles.every((r) => r.to === null || r.from <= r.to),
    "a role ends before it starts",
  );
export type PersonEntry = z.infer<typeof PersonSchema>;

export const PeopleFileSchema = z.strictObject({
  description: z.string(),
  sources: z.array(z.string()),
  people: z.array(PersonSchema).min(1),
});
