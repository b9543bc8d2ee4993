/**
 * Reads PETRARCH's validation agent dictionary (PETR.Validate.agents.txt: `PHRASE {plurals}
 * [~SECTORS]`, substitution sets `!MINST! = MINISTER, MINISTRY …`) into Harbinger agent entries,
 * so the unit-test records' agents ("soldiers" → MIL, "cleric" → REL) are coded as that
 * dictionary codes them. The validation words are appended after the bundled agents, so where
 * both name a word the validation dictionary's sectors win: its codes are what the records expect.
 */

import { type ActorLexicon, buildActorLexicon } from "../src/lexicon/actor-lexicon.js";
import { type AgentEntry, AgentSchema } from "../src/lexicon/actor-schemas.js";

export interface ValidationAgents {
  readonly agents: readonly AgentEntry[];
  /** Dictionary entries read. */
  readonly entries: number;
  /** Entries left out, with why ("MSF [NGO~]: prefixed code"). */
  readonly skipped: readonly string[];
  /** Words the bundled lexicon gives other sectors ("official: GOV, bundled …"). */
  readonly overridden: readonly string[];
}

/** `!PERSON! = MAN, MEN, WOMAN` → "!PERSON!" → ["man", "men", "woman"]. */
function substitutions(lines: readonly string[]): Map<string, string[]> {
  const sets = new Map<string, string[]>();
  for (const line of lines) {
    const m = /^(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (m === null) continue;
    const items = (m[2] as string).split(",").map((w) => w.trim().toLowerCase());
    sets.set(
      m[1] as string,
      items.filter((w) => w.length > 0),
    );
  }
  return sets;
}

/** Every spelling of a phrase with its substitution markers filled in. */
function expand(phrase: string, sets: ReadonlyMap<string, readonly string[]>): string[] {
  const marker = /![A-Z]+!/.exec(phrase);
  if (marker === null) return [phrase];
  const items = sets.get(marker[0]) ?? [];
  return items.flatMap((item) => expand(phrase.replace(marker[0], item), sets));
}

const phraseOf = (written: string) => written.replace(/_/g, " ").replace(/\s+/g, " ").trim();

export function parseValidationAgents(content: string, bundled: ActorLexicon): ValidationAgents {
  const lines = content
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .map((l) => (l.split("#")[0] as string).trim())
    .filter((l) => l.length > 0);
  const sets = substitutions(lines);
  const agents: AgentEntry[] = [];
  const skipped: string[] = [];
  const overridden: string[] = [];
  let entries = 0;
  for (const line of lines) {
    if (/^![A-Z]+!\s*=/.test(line)) continue;
    const code = /\[([^\]]*)\]/.exec(line)?.[1]?.replace(/\s+/g, "") ?? "";
    const name = line
      .replace(/\{[^}]*\}/, "")
      .replace(/\[[^\]]*\]/, "")
      .trim();
    entries++;
    // "~GOV" follows the actor's code; "NGO~" goes before it, which Harbinger's sectors cannot.
    if (!code.startsWith("~")) {
      skipped.push(`${name} [${code}]: prefixed code`);
      continue;
    }
    const sectors = code.slice(1).match(/[A-Z]{3}/g) ?? [];
    const plurals = (/\{([^}]*)\}/.exec(line)?.[1] ?? "").split(/\s+/).filter((p) => p !== "");
    const words = [...new Set([name, ...plurals].flatMap((w) => expand(w, sets)).map(phraseOf))]
      .map((w) => w.toLowerCase())
      .filter((w) => AgentSchema.shape.words.element.safeParse(w).success);
    const parsed = AgentSchema.safeParse({ words, sectors, gloss: `validation agent ${code}` });
    if (!parsed.success || code.length !== 1 + 3 * sectors.length) {
      skipped.push(`${name} [${code}]: not an agent entry Harbinger can hold`);
      continue;
    }
    for (const word of parsed.data.words) {
      const known = bundled.agents.get(word);
      if (known !== undefined && known.sectors.join("") !== sectors.join("")) {
        overridden.push(`${word} (${sectors.join("")}, bundled ${known.sectors.join("")})`);
      }
    }
    agents.push(parsed.data);
  }
  return { agents, entries, skipped, overridden };
}

/** The lexicon with the validation agents appended, so they win over bundled words. */
export function withValidationAgents(
  lexicon: ActorLexicon,
  agents: readonly AgentEntry[],
): ActorLexicon {
  return buildActorLexicon({
    ...lexicon.dictionaries,
    agents: [...lexicon.dictionaries.agents, ...agents],
  });
}
