/**
 * The actor lexicon: the validated actor dictionaries and the indexes the recogniser needs —
 * names of countries, organisations, groups and people in one name index; agent words by lemma;
 * people's dated roles by title; countries by code.
 */

import { z } from "zod";
import { HarbingerError } from "../errors.js";
import {
  type AgentEntry,
  AgentsFileSchema,
  CountriesFileSchema,
  type CountryEntry,
  type GroupEntry,
  GroupsFileSchema,
  type OrganisationEntry,
  OrganisationsFileSchema,
  PeopleFileSchema,
  type PersonEntry,
  type RegionEntry,
  RegionsFileSchema,
  type RoleEntry,
} from "./actor-schemas.js";
import { addPrefixes } from "./fold.js";
import { NameIndex } from "./name-index.js";

export interface ActorDictionaries {
  readonly countries: readonly CountryEntry[];
  readonly organisations: readonly OrganisationEntry[];
  readonly groups: readonly GroupEntry[];
  readonly agents: readonly AgentEntry[];
  readonly people: readonly PersonEntry[];
  readonly regions: readonly RegionEntry[];
}

export interface TitledRole {
  readonly person: number;
  readonly role: RoleEntry;
}

export interface ActorLexicon {
  readonly dictionaries: ActorDictionaries;
  readonly names: NameIndex;
  /** Agent phrases by lemma key ("soldier", "defense ministry"), in American spelling. */
  readonly agents: ReadonlyMap<string, AgentEntry>;
  /** Longest agent phrase, in words. */
  readonly agentWords: number;
  /** Every leading part of every key of `agents` ("d", "de" … "defense ministry"). */
  readonly agentPrefixes: ReadonlySet<string>;
  readonly countryByCode: ReadonlyMap<string, CountryEntry>;
  /** Dated roles by normalised title ("prime minister") for "the Prime Minister" and the like. */
  readonly rolesByTitle: ReadonlyMap<string, readonly TitledRole[]>;
  /** Organisations and groups by definite description ("alliance" → NATO …). */
  readonly descriptions: ReadonlyMap<
    string,
    readonly { kind: "organisation" | "group"; ref: number }[]
  >;
}

const FILES = {
  countries: ["data/actors/countries.json", CountriesFileSchema],
  organisations: ["data/actors/organisations.json", OrganisationsFileSchema],
  groups: ["data/actors/groups.json", GroupsFileSchema],
  agents: ["data/actors/agents.json", AgentsFileSchema],
  people: ["data/actors/people.json", PeopleFileSchema],
  regions: ["data/actors/regions.json", RegionsFileSchema],
} as const;

export type RawActorData = { readonly [K in keyof typeof FILES]: unknown };

/** Validates the raw dictionary files; a bad file fails with its name and every problem. */
export function parseActorDictionaries(raw: RawActorData): ActorDictionaries {
  const parse = <T>(key: keyof typeof FILES): T => {
    const [name, schema] = FILES[key];
    const result = schema.safeParse(raw[key]);
    if (!result.success) throw new HarbingerError("E_DATA", name, z.prettifyError(result.error));
    return result.data as T;
  };
  return {
    countries: parse<{ countries: CountryEntry[] }>("countries").countries,
    organisations: parse<{ organisations: OrganisationEntry[] }>("organisations").organisations,
    groups: parse<{ groups: GroupEntry[] }>("groups").groups,
    agents: parse<{ agents: AgentEntry[] }>("agents").agents,
    people: parse<{ people: PersonEntry[] }>("people").people,
    regions: parse<{ regions: RegionEntry[] }>("regions").regions,
  };
}

/** British spellings as the lemmatiser writes them, so "defence ministry" meets "defense". */
export function americanize(word: string): string {
  return word
    .replace(/defence/g, "defense")
    .replace(/offence/g, "offense")
    .replace(/organis/g, "organiz")
    .replace(/labour/g, "labor")
    .replace(/centre/g, "center");
}

export function buildActorLexicon(dictionaries: ActorDictionaries): ActorLexicon {
  const names = new NameIndex();
  dictionaries.countries.forEach((c, ref) => {
    for (const form of [c.name, ...c.aliases, ...c.historic]) names.add(form, "country", ref);
    for (const form of c.capitals) names.add(form, "capital", ref);
    for (const form of c.seats) names.add(form, "seat", ref);
    for (const form of c.adjectives) names.add(form, "adjective", ref);
    for (const form of c.demonyms) names.add(form, "demonym", ref);
  });
  dictionaries.regions.forEach((r, ref) => {
    for (const form of [r.name, ...r.aliases]) names.add(form, "region", ref);
  });
  const descriptions = new Map<string, { kind: "organisation" | "group"; ref: number }[]>();
  const describe = (text: string, kind: "organisation" | "group", ref: number) => {
    const key = text.toLowerCase().replace(/^the\s+/, "");
    descriptions.set(key, [...(descriptions.get(key) ?? []), { kind, ref }]);
  };
  dictionaries.organisations.forEach((o, ref) => {
    for (const form of [o.name, ...o.aliases]) names.add(form, "organisation", ref);
    for (const d of o.descriptions) describe(d, "organisation", ref);
  });
  dictionaries.groups.forEach((g, ref) => {
    for (const form of [g.name, ...g.aliases]) names.add(form, "group", ref);
    for (const d of g.descriptions) describe(d, "group", ref);
  });
  const rolesByTitle = new Map<string, TitledRole[]>();
  dictionaries.people.forEach((p, person) => {
    for (const form of [p.name, ...p.aliases]) names.add(form, "person", person);
    for (const role of p.roles) {
      const key = americanize(role.title);
      rolesByTitle.set(key, [...(rolesByTitle.get(key) ?? []), { person, role }]);
    }
  });
  const agents = new Map<string, AgentEntry>();
  let agentWords = 1;
  for (const agent of dictionaries.agents) {
    for (const word of agent.words) {
      // Phrases written in the plural ("armed forces") are met in text as lemmas ("armed force").
      // Both spellings are indexed: lemmas come American ("defense"), capitalised words as written.
      agents.set(word, agent);
      const key = americanize(word);
      agents.set(key, agent);
      if (/[^s]s$/.test(key) && !agents.has(key.slice(0, -1))) agents.set(key.slice(0, -1), agent);
      agentWords = Math.max(agentWords, word.split(" ").length);
    }
  }
  return {
    dictionaries,
    names,
    agents,
    agentWords,
    agentPrefixes: agentPrefixes(agents),
    countryByCode: new Map(dictionaries.countries.map((c) => [c.code, c])),
    rolesByTitle,
    descriptions,
  };
}

function agentPrefixes(agents: ReadonlyMap<string, AgentEntry>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of agents.keys()) addPrefixes(prefixes, key);
  return prefixes;
}

/** The role a person held on `date` (YYYY-MM-DD), or null. */
export function roleOn(person: PersonEntry, date: string | null): RoleEntry | null {
  if (date === null) return person.roles.find((r) => r.to === null) ?? null;
  return person.roles.find((r) => r.from <= date && (r.to === null || date <= r.to)) ?? null;
}
