/**
 * The counting words of the quantity recogniser, loaded from `data/text/quantities.json` and
 * validated at load: number words, scales, vague amounts, qualifiers, currencies, the nouns a
 * number counts and the verbs that give a count its role.
 */

import { z } from "zod";
import raw from "../../data/text/quantities.json" with { type: "json" };
import { HarbingerError } from "../errors.js";

const word = z
  .string()
  .min(1)
  .regex(/^[^\sA-Z]+( [^\sA-Z]+)*$/, "lower-case word(s) with single spaces");
const words = z
  .array(word)
  .refine((list) => new Set(list).size === list.length, { message: "duplicate entries" });
const count = z.number().int().positive();
const role = z.string().regex(/^[a-z_]+$/, "role name");
const verbRole = z.strictObject({
  role,
  /** True when an active subject takes the role ("12 people died"); else the object does. */
  activeSubject: z.boolean(),
});

/** How a qualifier bounds the number after it. */
export const BOUNDS = ["above", "atLeast", "atMost", "below", "nearly", "about"] as const;
export type Bound = (typeof BOUNDS)[number];

export const QuantityWordsSchema = z.strictObject({
  description: z.string(),
  numbers: z.record(word, count),
  articles: words,
  scales: z.record(word, count),
  vaguePlurals: z.record(word, count),
  vagueCounts: z.record(
    word,
    z.tuple([count, count]).refine(([min, max]) => min <= max, { message: "min above max" }),
  ),
  qualifiers: z.record(word, z.enum(BOUNDS)),
  currencies: z.record(word, z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code")),
  roleNouns: z.record(word, role),
  personNouns: z.record(word, role.nullable()),
  outcomeVerbs: z.record(word, verbRole),
  countVerbs: z.record(word, verbRole),
  skipBefore: words,
  skipAfter: words,
});

export interface VerbRole {
  readonly role: string;
  readonly activeSubject: boolean;
}

export interface QuantityWords {
  readonly numbers: ReadonlyMap<string, number>;
  readonly articles: ReadonlySet<string>;
  readonly scales: ReadonlyMap<string, number>;
  readonly vaguePlurals: ReadonlyMap<string, number>;
  /** Multi-word entries are keyed with single spaces: "a few". */
  readonly vagueCounts: ReadonlyMap<string, readonly [number, number]>;
  readonly qualifiers: ReadonlyMap<string, Bound>;
  readonly currencies: ReadonlyMap<string, string>;
  /** Nouns that are a role whatever the verb: "deaths", "refugees", "(30) wounded". */
  readonly roleNouns: ReadonlyMap<string, string>;
  /** Nouns for people, with the role they have when no verb says otherwise (soldiers: troops). */
  readonly personNouns: ReadonlyMap<string, string | null>;
  /** Verbs whose outcome a count of people describes: killed, injured, arrested … */
  readonly outcomeVerbs: ReadonlyMap<string, VerbRole>;
  /** Verbs that say what a count of people (or a bare count) is: deployed, protested … */
  readonly countVerbs: ReadonlyMap<string, VerbRole>;
  readonly skipBefore: ReadonlySet<string>;
  readonly skipAfter: ReadonlySet<string>;
  /** The longest qualifier or vague count, in words. */
  readonly longestPhrase: number;
  /** Every word a number phrase can start with, besides digits: a quick test before reading. */
  readonly starts: ReadonlySet<string>;
}

export function parseQuantityWords(
  data: unknown,
  name = "data/text/quantities.json",
): QuantityWords {
  const parsed = QuantityWordsSchema.safeParse(data);
  if (!parsed.success) throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  const d = parsed.data;
  const phrases = [...Object.keys(d.qualifiers), ...Object.keys(d.vagueCounts)];
  return {
    numbers: new Map(Object.entries(d.numbers)),
    articles: new Set(d.articles),
    scales: new Map(Object.entries(d.scales)),
    vaguePlurals: new Map(Object.entries(d.vaguePlurals)),
    vagueCounts: new Map(Object.entries(d.vagueCounts)),
    qualifiers: new Map(Object.entries(d.qualifiers)),
    currencies: new Map(Object.entries(d.currencies)),
    roleNouns: new Map(Object.entries(d.roleNouns)),
    personNouns: new Map(Object.entries(d.personNouns)),
    outcomeVerbs: new Map(Object.entries(d.outcomeVerbs)),
    countVerbs: new Map(Object.entries(d.countVerbs)),
    skipBefore: new Set(d.skipBefore),
    skipAfter: new Set(d.skipAfter),
    longestPhrase: Math.max(...phrases.map((p) => p.split(" ").length)),
    starts: new Set([
      "between",
      ...phrases.map((p) => p.split(" ")[0] as string),
      ...Object.keys(d.numbers),
      ...d.articles,
      ...Object.keys(d.vaguePlurals),
      ...Object.keys(d.currencies),
    ]),
  };
}

/** The bundled lists, parsed once. */
export const QUANTITY_WORDS: QuantityWords = parseQuantityWords(raw);
