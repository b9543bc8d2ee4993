/**
 * Converts PETRARCH's validation verb dictionary into Harbinger patterns, in memory and for the
 * benchmark only: the unit-test records expect that dictionary's codes (many of them WEIS or
 * made up: 345, 903, 1717), so scoring them with Harbinger's own patterns measures vocabulary,
 * not syntax. Each verb gets its block's default code; each `- UPPER * LOWER [code]` pattern
 * becomes a pattern with object heads, required phrases and target slots where Harbinger's schema
 * can say the same. What it cannot say is skipped and counted by reason; approximations that
 * loosen a pattern are counted as notes.
 */

import lemmatizer from "wink-lemmatizer";
import { buildPatternIndex, type PatternIndex } from "../src/code/pattern-index.js";
import { type Pattern, PatternSchema } from "../src/code/pattern-schema.js";
import {
  Counter,
  codeOrSkip,
  conditionsOf,
  normalizeCode,
  Skip,
  unique,
} from "./accuracy-validation-conditions.js";
import type { VerbBlock, VerbDictionary } from "./accuracy-validation-verbs.js";

export interface ConversionSummary {
  readonly blocks: number;
  readonly verbLines: number;
  /** Distinct verb lemmas (with particle) that got a default code. */
  readonly defaultVerbs: number;
  readonly defaultPatterns: number;
  readonly patternLines: number;
  /** Pattern lines that became at least one Harbinger pattern. */
  readonly converted: number;
  readonly patterns: number;
  /** Pattern and verb lines left out, by reason. */
  readonly skipped: ReadonlyMap<string, number>;
  /** Approximations made while converting, by kind. */
  readonly notes: ReadonlyMap<string, number>;
  /** Lemmas two blocks give different default codes ("leave": LEAVE 012, LEFT 032). */
  readonly conflicts: readonly string[];
}

export interface ValidationPatterns {
  readonly index: PatternIndex;
  readonly summary: ConversionSummary;
  /** Every verb lemma the dictionary lists, with or without a converted pattern. */
  readonly lemmas: ReadonlySet<string>;
}

/** The schema requires examples; these converted patterns are never tested, only benchmarked. */
const PLACEHOLDER = [{ text: "(converted from the validation dictionary)", expect: [] }];

/**
 * Where a pattern without a `+` looks for its target: PETRARCH takes the first actor after the
 * verb, in the object or a prepositional phrase, else in the clause the verb governs.
 */
const DEFAULT_TARGETS = [
  "object",
  "with",
  "to",
  "against",
  "on",
  "at",
  "in",
  "into",
  "for",
  "from",
  "of",
  "about",
  "over",
  "toward",
  "towards",
  "between",
  "upon",
  "near",
  "clause",
];

/** A block's verbs by particle (null for a single-word verb), with their lemmas and own codes. */
interface BlockVerb {
  readonly lemma: string;
  readonly particle: string | null;
  /** The verb form as listed, to tell an inflected entry (LEFT) from a base form (LEAVE). */
  readonly form: string;
  readonly code: string;
}

/** Lemmas of a verb line, or why the line cannot be a Harbinger verb. */
function readVerb(v: VerbBlock["verbs"][number], block: VerbBlock): BlockVerb[] | string {
  const code = v.code ?? block.code;
  let words = v.verb.split(/[\s_]+/).filter((w) => w.length > 0);
  let forms = v.forms;
  let particle: string | null = null;
  if (words.length > 1) {
    // "+CORDON_OFF": the verb first, one particle after it; "WIRE_+TAP" puts a word before it.
    if (!words[0]?.startsWith("+") && words.some((w) => w.startsWith("+")))
      return "multi-word verb with a word before the verb";
    if (words.length > 2) return "multi-word verb with more than one word after the verb";
    particle = (words[1] as string).toLowerCase();
    words = [words[0] as string];
    forms = forms.map((f) => f.split("_")[0] as string);
  }
  const listed = [words[0] as string, ...forms].map((f) => f.replace(/^\+/, "").toLowerCase());
  // The entry word is kept as written too: it is meant as a base form ("WOUND", which the
  // lemmatiser reads as the past of "wind"), unless it is an inflection ("LEFT" → "leave").
  const lemmas = [listed[0] as string, ...listed.map((f) => lemmatizer.verb(f))];
  return unique(lemmas).map((lemma) => ({
    lemma,
    particle,
    form: (listed[0] as string).toUpperCase(),
    code,
  }));
}

export function convertValidationVerbs(dict: VerbDictionary): ValidationPatterns {
  const skipped = new Counter();
  const notes = new Counter();
  const patterns: Pattern[] = [];
  const conflicts: string[] = [];
  const lemmas = new Set<string>();
  let verbLines = 0;
  let patternLines = 0;
  let converted = 0;
  const defaults = new Map<string, BlockVerb & { readonly inflected: boolean }>();
  const keyOf = (v: { lemma: string; particle: string | null }) =>
    v.particle === null ? v.lemma : `${v.lemma} ${v.particle}`;

  const add = (candidate: Record<string, unknown>) => {
    const parsed = PatternSchema.safeParse({ ...candidate, examples: PLACEHOLDER });
    if (parsed.success) patterns.push(parsed.data);
    else skipped.add(`schema: ${parsed.error.issues[0]?.message ?? "invalid"}`);
    return parsed.success;
  };

  dict.blocks.forEach((block, b) => {
    const verbs: BlockVerb[] = [];
    for (const line of block.verbs) {
      verbLines++;
      const read = readVerb(line, block);
      if (typeof read === "string") skipped.add(`verb: ${read}`);
      else verbs.push(...read);
    }
    for (const v of verbs) lemmas.add(v.lemma);
    for (const v of verbs) {
      const code = normalizeCode(v.code, notes);
      if (code === null) continue;
      const inflected = lemmatizer.verb(v.form.toLowerCase()) !== v.form.toLowerCase();
      const seen = defaults.get(keyOf(v));
      if (seen === undefined) defaults.set(keyOf(v), { ...v, code, inflected });
      else if (seen.code !== code) {
        // Harbinger matches lemmas, PETRARCH surface forms: "left" is LEFT [032], not LEAVE
        // [012]. News is mostly past tense, so an inflected entry wins over a base form.
        const winner = inflected && !seen.inflected ? { ...v, code, inflected } : seen;
        defaults.set(keyOf(v), winner);
        conflicts.push(
          `${keyOf(v)}: ${winner.code} (${winner.form}) over ` +
            `${winner === seen ? `${code} (${v.form})` : `${seen.code} (${seen.form})`}`,
        );
      }
    }
    const slug =
      block.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "verb";
    block.patterns.forEach((line, k) => {
      patternLines++;
      let made = 0;
      try {
        if (verbs.length === 0) throw new Skip("no usable verb in the block");
        const all = conditionsOf(line, dict.synsets, notes);
        const code = codeOrSkip(line.code, notes);
        const byParticle = new Map<string | null, string[]>();
        for (const v of verbs)
          byParticle.set(v.particle, [...(byParticle.get(v.particle) ?? []), v.lemma]);
        for (const [particle, verbLemmas] of byParticle) {
          all.forEach((c, n) => {
            if (particle !== null && c.particle !== undefined) {
              skipped.add("particle on a multi-word verb");
              return;
            }
            const id = `${slug}-${b}-${k}${particle === null ? "" : `-${particle}`}${all.length > 1 ? `-${n}` : ""}`;
            const ok = add({
              id,
              code,
              verbs: unique(verbLemmas),
              ...c,
              ...(particle !== null && { particle }),
              target: c.target ?? DEFAULT_TARGETS,
              note: line.text,
            });
            if (ok) made++;
          });
        }
      } catch (error) {
        if (!(error instanceof Skip)) throw error;
        skipped.add(error.message);
      }
      if (made > 0) converted++;
    });
  });

  // One default pattern per code and particle, listing every verb that takes it.
  const groups = new Map<string, { code: string; particle: string | null; lemmas: string[] }>();
  for (const v of defaults.values()) {
    const key = `${v.code}|${v.particle ?? ""}`;
    const group = groups.get(key) ?? { code: v.code, particle: v.particle, lemmas: [] };
    group.lemmas.push(v.lemma);
    groups.set(key, group);
  }
  let defaultPatterns = 0;
  for (const g of groups.values()) {
    const ok = add({
      id: `default-${g.code}${g.particle === null ? "" : `-${g.particle}`}`,
      code: g.code,
      verbs: unique(g.lemmas),
      ...(g.particle !== null && { particle: g.particle }),
      target: DEFAULT_TARGETS,
    });
    if (ok) defaultPatterns++;
  }

  const index = buildPatternIndex({
    "verbs/validate": {
      description: "PETRARCH's validation verb dictionary, converted for the accuracy benchmark.",
      patterns,
    },
  });
  return {
    index,
    lemmas,
    summary: {
      blocks: dict.blocks.length,
      verbLines,
      defaultVerbs: defaults.size,
      defaultPatterns,
      patternLines,
      converted,
      patterns: patterns.length,
      skipped: skipped.counts,
      notes: notes.counts,
      conflicts,
    },
  };
}
