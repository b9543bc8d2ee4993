/**
 * Validates pattern files and indexes their patterns by trigger lemma ("pull back" under
 * "pull back" and nothing else; "withdraw" under "withdraw"), with a specificity score so that
 * the most constrained matching pattern wins.
 */

import { z } from "zod";
import { HarbingerError } from "../errors.js";
import { type Pattern, PatternFileSchema } from "./pattern-schema.js";

export interface IndexedPattern {
  readonly pattern: Pattern;
  /** `<file>#<id>`, the rule id every event carries. */
  readonly rule: string;
  readonly specificity: number;
  /** Position in load order, to break ties in favour of the pattern listed first. */
  readonly order: number;
}

export interface PatternIndex {
  readonly byVerb: ReadonlyMap<string, readonly IndexedPattern[]>;
  readonly byNoun: ReadonlyMap<string, readonly IndexedPattern[]>;
  readonly all: readonly IndexedPattern[];
}

/** Parses named pattern files (`{ "verbs/08-yield": json, … }`) into one index. */
export function buildPatternIndex(files: Readonly<Record<string, unknown>>): PatternIndex {
  const byVerb = new Map<string, IndexedPattern[]>();
  const byNoun = new Map<string, IndexedPattern[]>();
  const all: IndexedPattern[] = [];
  const rules = new Set<string>();
  for (const [name, data] of Object.entries(files)) {
    const parsed = PatternFileSchema.safeParse(data);
    if (!parsed.success)
      throw new HarbingerError(
        "E_DATA",
        `data/patterns/${name.slice(name.indexOf("/") + 1)}.json`,
        z.prettifyError(parsed.error),
      );
    for (const pattern of parsed.data.patterns) {
      const rule = `${name}#${pattern.id}`;
      if (rules.has(rule))
        throw new HarbingerError(
          "E_DATA",
          `data/patterns/${name.slice(name.indexOf("/") + 1)}.json`,
          `duplicate pattern id "${pattern.id}"`,
        );
      rules.add(rule);
      const indexed: IndexedPattern = {
        pattern,
        rule,
        specificity: specificity(pattern),
        order: all.length,
      };
      all.push(indexed);
      for (const verb of pattern.verbs ?? [])
        add(byVerb, pattern.particle === undefined ? verb : `${verb} ${pattern.particle}`, indexed);
      for (const noun of pattern.nouns ?? []) add(byNoun, noun, indexed);
    }
  }
  return { byVerb, byNoun, all };
}

function add(map: Map<string, IndexedPattern[]>, key: string, pattern: IndexedPattern): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [pattern]);
  else list.push(pattern);
}

/**
 * More constraints, more specific: an object or source condition counts three, a phrase
 * condition two, each required phrase one. What is done to the object says more about the act
 * than whom it is done to: "fired artillery at Ukrainian troops" is shelling (194), not
 * small-arms fire (193); who does it ("police stormed a camp") counts as much.
 */
function specificity(pattern: Pattern): number {
  return (
    (pattern.polarity === undefined ? 0 : 2) +
    (pattern.object === undefined ? 0 : 3) +
    (pattern.requires?.length ?? 0) +
    2 * Object.keys(pattern.phrases ?? {}).length +
    (pattern.source === undefined ? 0 : 3) +
    (pattern.noObject === true ? 1 : 0) +
    (pattern.complement === true ? 1 : 0) +
    (pattern.complementModal === undefined ? 0 : 1) +
    (pattern.predicate === undefined ? 0 : 2) +
    (pattern.particle === undefined ? 0 : 1)
  );
}
