/**
 * Clause-level diagnostics for the miss reasons: which patterns of a verb would give the expected
 * code, and why the clause gave no event with it — a relative clause, no subject or one that is
 * no actor, or the pattern's conditions: a particle or a negation not read, the object word read
 * as a verb or heading another phrase (parse problems) or only modifying one (PETRARCH matches any
 * word after the verb, Harbinger the object's head), a phrase not attached to the verb.
 */

import {
  hasPrep,
  matchClause,
  mentionOf,
  objectFits,
  throughQuantity,
} from "../src/code/match-clause.js";
import { MODALITY } from "../src/code/modality.js";
import { isNegatedClause } from "../src/code/mode.js";
import type { IndexedPattern, PatternIndex } from "../src/code/pattern-index.js";
import type { Clause, Doc, VerbGroup } from "../src/model/doc.js";
import { lemma, lower } from "../src/text/token-tests.js";
import type { Diagnosis, MissContext, MissKind } from "./accuracy-miss-types.js";
import type { ExpectedCoding } from "./accuracy-petrarch-records.js";

export const verbKey = (doc: Doc, g: VerbGroup): string =>
  g.particle === null ? g.lemma : `${g.lemma} ${lower(doc, g.particle)}`;

/** The patterns a verb (lemma, or lemma and particle) could use, in the matcher's order. */
export function candidates(index: PatternIndex, lemmaKey: string): readonly IndexedPattern[] {
  const base = lemmaKey.split(" ")[0] as string;
  const own = index.byVerb.get(lemmaKey) ?? [];
  return base === lemmaKey ? own : [...own, ...(index.byVerb.get(base) ?? [])];
}

/** Those of them whose code has the expected 3 digits. */
export function givingCode(
  index: PatternIndex,
  lemmaKey: string,
  code: string,
): readonly IndexedPattern[] {
  return candidates(index, lemmaKey).filter((p) => p.pattern.code.slice(0, 3) === code.slice(0, 3));
}

export const chunkText = (doc: Doc, chunk: number | null): string => {
  const c = chunk === null ? undefined : doc.chunks[chunk];
  return c === undefined ? "-" : doc.text.slice(c.start, c.end);
};

/**
 * Why a word condition failed: the word was read as a verb, heads another phrase, only modifies
 * one, or is absent.
 */
function wordTrouble(doc: Doc, heads: readonly string[], where: string): string {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (heads.includes(lower(doc, i)) && doc.tokenVerbGroup[i] !== -1) {
      return `its ${where} word was read as a verb`;
    }
  }
  const headed = doc.chunks.some((c) => heads.includes(lemma(doc, c.head).toLowerCase()));
  if (headed) return `its ${where} word heads another phrase`;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (heads.includes(lower(doc, i)) || heads.includes(lemma(doc, i).toLowerCase())) {
      return `its ${where} word only modifies a phrase (PETRARCH matches any word after the verb)`;
    }
  }
  return `its ${where} word is not in the sentence`;
}

/** A required phrase the clause lacks: attached elsewhere, or no such preposition at all. */
function phraseTrouble(doc: Doc, prep: string): string {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (lower(doc, i) === prep) return `its "${prep}" phrase is not attached to the verb`;
  }
  return `its "${prep}" phrase is not in the sentence`;
}

/** Why `indexed` did not match `clause`; "" when it does match. */
export function whyNot(
  doc: Doc,
  clause: Clause,
  indexed: IndexedPattern,
  negated: boolean,
): string {
  const p = indexed.pattern;
  const group = doc.verbGroups[clause.verb as number] as VerbGroup;
  const particle = group.particle === null ? null : lower(doc, group.particle);
  if (p.particle !== undefined && p.particle !== particle) return "particle not read";
  if (p.polarity === "negative" && !negated) return "negation not read";
  const objectChunk = throughQuantity(
    doc,
    group.voice === "passive" ? clause.subject : clause.object,
  );
  if (p.object !== undefined && !objectFits(doc, objectChunk, p.object)) {
    return p.object.heads === undefined
      ? "the verb's object is no actor"
      : wordTrouble(doc, p.object.heads, "object");
  }
  for (const [prep, spec] of Object.entries(p.phrases ?? {})) {
    const ok = clause.preps.some(
      (x) => lower(doc, x.prep) === prep && objectFits(doc, x.chunk, spec),
    );
    if (ok) continue;
    if (!hasPrep(doc, clause, prep)) return phraseTrouble(doc, prep);
    return wordTrouble(doc, spec.heads ?? [], `"${prep}" phrase`);
  }
  for (const prep of p.requires ?? []) {
    if (!hasPrep(doc, clause, prep)) return phraseTrouble(doc, prep);
  }
  return "";
}

/** Word conditions PETRARCH matches anywhere after the verb are the conversion's limit. */
const whyKind = (why: string): MissKind =>
  /only modifies|not in the sentence/.test(why) ? "conversion" : "syntax";

/** Why the clause of `group` gave no event with the expected code. */
export function clauseTrouble(
  doc: Doc,
  group: VerbGroup,
  x: ExpectedCoding,
  ctx: MissContext,
): Diagnosis {
  const clause = doc.clauses.find((c) => c.verb === group.index);
  const key = verbKey(doc, group);
  const what = `"${key}"`;
  if (clause === undefined)
    return { kind: "syntax", reason: "the verb heads no clause", detail: what };
  if (clause.kind === "relative" || clause.kind === "reduced-relative") {
    return {
      kind: "design",
      reason: "the verb is in a relative clause (background, not coded)",
      detail: what,
    };
  }
  const source = throughQuantity(doc, group.voice === "passive" ? clause.agent : clause.subject);
  if (source === null && group.voice === "passive") {
    return {
      kind: "design",
      reason: 'a passive verb without a "by" agent (no source)',
      detail: what,
    };
  }
  if (source === null) return { kind: "syntax", reason: "the verb has no subject", detail: what };
  if (mentionOf(doc, source)?.code == null) {
    // PETRARCH codes an event whose actors it cannot code; Harbinger needs a source actor.
    return x.source === null
      ? { kind: "design", reason: "no source actor expected, and none coded", detail: what }
      : {
          kind: "syntax",
          reason: "the verb's subject is no actor",
          detail: `${what}, subject "${chunkText(doc, source)}"`,
        };
  }
  const negated = isNegatedClause(doc, clause, MODALITY);
  const pattern = expectedPattern(ctx.index, key, x.event, (p) => whyNot(doc, clause, p, negated));
  if (pattern === undefined) {
    return {
      kind: "conversion",
      reason: "no converted pattern of the verb gives the expected code",
      detail: what,
    };
  }
  const why = whyNot(doc, clause, pattern, negated);
  const detail =
    `${what}, pattern "${pattern.pattern.note ?? pattern.rule.split("#")[1]}", ` +
    `object "${chunkText(doc, group.voice === "passive" ? clause.subject : clause.object)}"`;
  if (why !== "") {
    return { kind: whyKind(why), reason: `the pattern with the expected code: ${why}`, detail };
  }
  const won = matchClause(doc, clause, ctx.index, negated)?.pattern;
  return won !== undefined && won !== pattern
    ? {
        kind: "conversion",
        reason:
          "a pattern with the same conditions won (the conversion dropped what told them apart)",
        detail: `${detail}; won: "${won.pattern.note ?? won.rule.split("#")[1]}"`,
      }
    : { kind: "syntax", reason: "its event was dropped (superseded or merged)", detail };
}

/**
 * The verb's pattern the expected coding most likely came from: exactly the expected code before
 * its first 3 digits, and among those one that matches, then one whose words the sentence has.
 */
function expectedPattern(
  index: PatternIndex,
  key: string,
  code: string,
  why: (p: IndexedPattern) => string,
): IndexedPattern | undefined {
  const rank = (p: IndexedPattern) => {
    const reason = why(p);
    const fit = reason === "" ? 0 : /not in the sentence/.test(reason) ? 2 : 1;
    return (p.pattern.code === code ? 0 : 3) + fit;
  };
  return [...givingCode(index, key, code)].sort((a, b) => rank(a) - rank(b))[0];
}
