/**
 * Why the unit-test run misses what it misses: each expected coding the main rule does not find
 * is given one reason, checked in order — the reverse half of a paired code (which Harbinger
 * patterns cannot express); coded in a mode that is not counted; the right code with the wrong
 * source or target (the expected actor recognised but not chosen, named but not recognised, or
 * not named as the actor dictionary writes it); the right actors with another code, traced to why
 * the pattern with the expected code did not match; no event, traced to the verb that would give
 * the expected code (not read as a verb, no subject, a subject that is no actor, a relative
 * clause, its pattern's conditions) or to no verb of the sentence having such a pattern.
 * The sentences are analysed again here, so the scoring code stays free of diagnostics.
 */

import lemmatizer from "wink-lemmatizer";
import type { Coder } from "../src/coder.js";
import type { Doc, VerbGroup } from "../src/model/doc.js";
import { lower } from "../src/text/token-tests.js";
import { MATCH_RULES } from "./accuracy-match.js";
import { actorTrouble, inAnotherSlot, recognised } from "./accuracy-miss-actors.js";
import { clauseTrouble, givingCode, verbKey } from "./accuracy-miss-clause.js";
import type { Diagnosis, MissContext, MissKind } from "./accuracy-miss-types.js";
import { MAIN_MODES, MAIN_RULE, type RunOptions, scoredEvents } from "./accuracy-petrarch.js";
import type { ExpectedCoding, PetrarchRecord } from "./accuracy-petrarch-records.js";
import { flatten, type PredictedEvent } from "./accuracy-predict.js";

export interface MissExample {
  readonly id: string;
  readonly expected: string;
  readonly predicted: readonly string[];
  /** What the engine did, in a few words ("source chosen: ARNGOV"). */
  readonly detail: string;
  readonly text: string;
}

export interface MissReason {
  readonly kind: MissKind;
  readonly reason: string;
  readonly count: number;
  /** Every record id with this reason, in file order (a record may repeat). */
  readonly ids: readonly string[];
  readonly example: MissExample;
}

export interface MissAnalysis {
  /** Commonest first. */
  readonly reasons: readonly MissReason[];
  /** Counted events that match no expected coding, and how many of them have no target. */
  readonly extra: { readonly events: number; readonly withoutTarget: number };
}

const show = (code: string, source: string | null, target: string | null) =>
  `${source ?? "---"} ${code} ${target ?? "---"}`;
const code3 = (code: string) => code.slice(0, 3);
const fits = (expected: string | null, got: string | null) =>
  expected === null || got === null || expected.slice(0, 3) === got.slice(0, 3);

const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "their",
  "its",
  "his",
  "her",
  "our",
  "this",
  "that",
]);

/** A word outside any verb group that could still be a misread verb: not "their meeting". */
function verbLike(doc: Doc, i: number): boolean {
  const word = lower(doc, i);
  return !word.endsWith("ing") && (i === 0 || !DETERMINERS.has(lower(doc, i - 1)));
}

/** No counted event has the expected code or the expected actors. */
function noEvent(doc: Doc, x: ExpectedCoding, ctx: MissContext): Diagnosis {
  for (const role of ["source", "target"] as const) {
    const code = x[role];
    if (code !== null && !recognised(doc, code)) {
      const trouble = actorTrouble(doc, role, code, ctx);
      return { kind: trouble.kind, reason: `no event; ${trouble.text}`, detail: "" };
    }
  }
  // The word that would give the expected code, read as a verb or not ("welcome" as a noun);
  // one giving exactly that code first ("tap" 1711 before "lead" 171).
  const words = [...Array(doc.tokens.length).keys()].map((i) => {
    const group = doc.verbGroups.find((g) => g.head === i);
    const key = group === undefined ? lemmatizer.verb(lower(doc, i)) : verbKey(doc, group);
    const exact = givingCode(ctx.index, key, x.event).some((p) => p.pattern.code === x.event);
    return { i, group, key, exact };
  });
  words.sort((a, b) => Number(b.exact) - Number(a.exact));
  for (const { i, group, key } of words) {
    if (givingCode(ctx.index, key, x.event).length === 0) continue;
    if (group === undefined) {
      if (doc.tokenVerbGroup[i] !== -1 || !verbLike(doc, i)) continue;
      return {
        kind: "syntax",
        reason: "no event; the verb with the expected code was not read as a verb",
        detail: `"${lower(doc, i)}"`,
      };
    }
    const d = clauseTrouble(doc, group, x, ctx);
    return { ...d, reason: `no event; ${d.reason}` };
  }
  const read = doc.verbGroups.map((g) => verbKey(doc, g));
  const listed = read.filter((v) => ctx.lemmas.has(v.split(" ")[0] as string));
  return listed.length === 0
    ? {
        kind: "conversion",
        reason: "no event; no verb of the sentence is in the dictionary",
        detail: `verbs read: ${read.join(", ") || "none"}`,
      }
    : {
        kind: "conversion",
        reason: "no event; no converted pattern of the sentence's verbs gives the expected code",
        detail: `dictionary verbs: ${listed.join(", ")}`,
      };
}

function diagnose(
  doc: Doc,
  record: PetrarchRecord,
  x: ExpectedCoding,
  events: readonly PredictedEvent[],
  ctx: MissContext,
): Diagnosis {
  const counted = events.filter((e) => MAIN_MODES.modes.has(e.mode));
  // The later of two codings with swapped actors (LEFT [032:033], % AGREE [030:030]).
  const paired = record.codings
    .slice(0, record.codings.indexOf(x))
    .some((y) => y.source !== null && y.source === x.target && y.target === x.source);
  if (paired) {
    return {
      kind: "conversion",
      reason: "reverse half of a paired code (one direction only in Harbinger)",
      detail: "",
    };
  }
  const uncounted = events.find((p) => !MAIN_MODES.modes.has(p.mode) && MAIN_RULE.matches(x, p));
  if (uncounted !== undefined) {
    return {
      kind: "mode",
      reason: `coded, but mode "${uncounted.mode}" is not counted`,
      detail: "",
    };
  }
  const sameCode = counted.filter((p) => code3(p.code) === code3(x.event));
  if (sameCode.length > 0) {
    const role = sameCode.some((p) => fits(x.source, p.source)) ? "target" : "source";
    const detail = `${role} chosen: ${sameCode.map((p) => p[role] ?? "---").join("/")}`;
    if (role === "target" && inAnotherSlot(doc, events, sameCode, x.target as string)) {
      return {
        kind: "conversion",
        reason: "right code; target in another phrase of the verb (the slot order chose otherwise)",
        detail,
      };
    }
    const trouble = actorTrouble(doc, role, x[role] as string, ctx);
    return {
      kind: trouble.kind,
      reason: `right code; ${trouble.text}`,
      detail,
    };
  }
  // Strictly: an event without the expected target is not one with the right actors.
  const sameActors = events.findIndex(
    (p) =>
      MAIN_MODES.modes.has(p.mode) &&
      MATCH_RULES.some((r) => r.name === "actorsOnly" && r.matches(x, p)),
  );
  const clause = doc.clauses[doc.events[sameActors]?.clause ?? -1];
  const parent = clause?.parent == null ? undefined : doc.clauses[clause.parent];
  const governor = parent?.verb == null ? undefined : doc.verbGroups[parent.verb];
  if (
    governor !== undefined &&
    (clause?.kind === "nonfinite" || clause?.kind === "complement") &&
    givingCode(ctx.index, verbKey(doc, governor), x.event).length > 0
  ) {
    return {
      kind: "design",
      reason:
        "right actors, other code; Harbinger codes the governed verb, PETRARCH the governing one",
      detail: `coded ${events[sameActors]?.code} from "${doc.verbGroups[clause?.verb as number]?.lemma}", not "${governor.lemma}"`,
    };
  }
  if (clause?.verb != null) {
    const group = doc.verbGroups[clause.verb] as VerbGroup;
    const d = clauseTrouble(doc, group, x, ctx);
    return {
      kind: d.kind,
      reason: `right actors, other code; ${d.reason}`,
      detail: `coded ${events[sameActors]?.code}; ${d.detail}`,
    };
  }
  return noEvent(doc, x, ctx);
}

/**
 * Analyses the records again and tallies the reasons for the main rule's misses, and the extra
 * events without a target: PETRARCH drops those (require_dyad), so the records do not list them.
 */
export function missReasons(
  coder: Coder,
  records: readonly PetrarchRecord[],
  options: RunOptions,
  ctx: MissContext,
): MissAnalysis {
  const extra = { events: 0, withoutTarget: 0 };
  const tally = new Map<
    string,
    { kind: MissKind; reason: string; ids: string[]; example: MissExample }
  >();
  for (const record of records) {
    let doc: Doc;
    try {
      doc = coder.analyze(
        record.date === undefined
          ? { text: record.text }
          : { text: record.text, date: record.date },
      );
    } catch {
      continue; // counted among the coder errors already
    }
    const events = scoredEvents(flatten(coder, doc, options), options);
    const counted = events.filter((e) => MAIN_MODES.modes.has(e.mode));
    for (const p of counted) {
      if (record.codings.some((x) => MAIN_RULE.matches(x, p))) continue;
      extra.events++;
      if (p.target === null) extra.withoutTarget++;
    }
    for (const x of record.codings) {
      if (counted.some((p) => MAIN_RULE.matches(x, p))) continue;
      const { kind, reason, detail } = diagnose(doc, record, x, events, ctx);
      const seen = tally.get(`${kind} ${reason}`);
      if (seen !== undefined) seen.ids.push(record.id);
      else {
        tally.set(`${kind} ${reason}`, {
          kind,
          reason,
          ids: [record.id],
          example: {
            id: record.id,
            expected: show(x.event, x.source, x.target),
            predicted: events.map((p) => `${show(p.code, p.source, p.target)} (${p.mode})`),
            detail,
            text: record.text,
          },
        });
      }
    }
  }
  const reasons = [...tally.values()]
    .map(({ kind, reason, ids, example }) => ({ kind, reason, count: ids.length, ids, example }))
    .sort((a, b) => b.count - a.count);
  return { reasons, extra };
}
