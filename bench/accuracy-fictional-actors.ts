/**
 * Turns the PETRARCH unit tests' fictional actors (Arnor, Gondor, Mordor … in TABARI format) into
 * extra country entries and builds an actor lexicon of the bundled dictionaries plus those, so the
 * unit tests measure syntax handling (compound actors, passive voice, agents) rather than whether
 * Harbinger knows Middle-earth.
 */

import { type ActorLexicon, buildActorLexicon } from "../src/lexicon/actor-lexicon.js";
import { type CountryEntry, CountrySchema } from "../src/lexicon/actor-schemas.js";
import { bundledActorLexicon } from "../src/lexicon/bundled-actors.js";
import { foldKey } from "../src/lexicon/fold.js";
import type { NameEntry } from "../src/lexicon/name-index.js";
import { parseTabariActors, type TabariActor } from "./accuracy-tabari-actors.js";

export interface FictionalActors {
  /** One country entry per three-letter code. */
  readonly countries: readonly CountryEntry[];
  /** Dictionary entries read. */
  readonly entries: number;
  /** Entries without a usable code ("[---]", "[+++]", "[G77]"): nothing to code them as. */
  readonly uncoded: readonly string[];
  /** Forms the bundled lexicon already names; the bundled meaning is kept ("Kuwait"). */
  readonly shadowed: readonly string[];
  /** Shadowed forms the bundled lexicon codes as another country: expected codes they miss. */
  readonly conflicts: readonly string[];
}

/** "MINAS_TIRITH" → "Minas Tirith", "BARAD-DUR" → "Barad-Dur"; dotted abbreviations ("U.S.") stay. */
export function displayName(raw: string): string {
  const spaced = raw.replace(/_/g, " ").replace(/\s+/g, " ").trim();
  if (spaced.includes(".")) return spaced;
  return spaced.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => {
    return gap + letter.toUpperCase();
  });
}

/**
 * The file does not mark adjectives, but it lists some ("+ERIADORI", "+NORWEGIAN", "ISRAELI"):
 * one word with an adjectival ending, or another name of the entry plus "n" ("Australian").
 * Nothing is invented: only forms the file gives are classified.
 */
function isAdjective(form: string, siblings: readonly string[]): boolean {
  if (/\s/.test(form)) return false;
  const lower = form.toLowerCase();
  return (
    /(ian|ish|ese|ean|ch|i)$/.test(lower) || siblings.some((s) => `${s.toLowerCase()}n` === lower)
  );
}

/** The code used when no date applies: the first undated one, else the first. */
function defaultCountry(actor: TabariActor): string | null {
  const code = (actor.codes.find((c) => !c.dated) ?? actor.codes[0])?.code ?? "";
  return /^[A-Z]{3}/.test(code) ? code.slice(0, 3) : null;
}

/** The country-level codes the bundled lexicon gives a name (people are coded by role: skipped). */
function bundledCodes(lexicon: ActorLexicon, entries: readonly NameEntry[]): string[] {
  const { countries, organisations, groups, regions } = lexicon.dictionaries;
  return entries.flatMap((e) => {
    const entry =
      e.kind === "organisation"
        ? organisations[e.ref]
        : e.kind === "group"
          ? groups[e.ref]
          : e.kind === "region"
            ? regions[e.ref]
            : e.kind === "person"
              ? undefined
              : countries[e.ref];
    return entry === undefined ? [] : [entry.code.slice(0, 3)];
  });
}

export function fictionalCountries(content: string, bundled: ActorLexicon): FictionalActors {
  const actors = parseTabariActors(content);
  const uncoded: string[] = [];
  const shadowed: string[] = [];
  const conflicts: string[] = [];
  const seen = new Set<string>();
  const byCode = new Map<string, { names: string[]; adjectives: string[] }>();
  for (const actor of actors) {
    const code = defaultCountry(actor);
    const forms = actor.names.map(displayName).filter((f) => /\p{L}/u.test(f));
    if (code === null) {
      uncoded.push(`${forms[0] ?? "?"} [${actor.codes.map((c) => c.code).join(" ")}]`);
      continue;
    }
    const slot = byCode.get(code) ?? { names: [], adjectives: [] };
    byCode.set(code, slot);
    for (const form of forms) {
      const key = foldKey(form);
      if (seen.has(key)) continue;
      seen.add(key);
      // Two entries for one name would leave the choice to the recogniser's order; the real
      // world's meaning is what the rest of Harbinger relies on.
      const known = bundled.names.get(key);
      if (known !== undefined) {
        shadowed.push(form);
        const codes = [...new Set(bundledCodes(bundled, known))];
        if (codes.length > 0 && !codes.includes(code)) {
          conflicts.push(`${form} (file ${code}, bundled ${codes.join("/")})`);
        }
        continue;
      }
      (isAdjective(form, forms) ? slot.adjectives : slot.names).push(form);
    }
  }
  const countries: CountryEntry[] = [];
  for (const [code, { names, adjectives }] of byCode) {
    // An entry known only by adjectives ("EGYPTIAN") is named by one so it can still be coded.
    const name = names[0] ?? adjectives[0];
    if (name === undefined) continue;
    countries.push(
      CountrySchema.parse({
        code,
        iso2: null,
        name,
        kind: "country",
        aliases: names.slice(1),
        historic: [],
        adjectives,
        demonyms: [],
        capitals: [],
        seats: [],
      }),
    );
  }
  return { countries, entries: actors.length, uncoded, shadowed, conflicts };
}

/** The bundled lexicon with the fictional countries appended. */
export function fictionalLexicon(content: string): {
  lexicon: ActorLexicon;
  actors: FictionalActors;
} {
  const bundled = bundledActorLexicon();
  const actors = fictionalCountries(content, bundled);
  const lexicon = buildActorLexicon({
    ...bundled.dictionaries,
    countries: [...bundled.dictionaries.countries, ...actors.countries],
  });
  return { lexicon, actors };
}
