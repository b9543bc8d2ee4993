/**
 * Actor diagnostics for the miss reasons: whether the expected actor was recognised at all, named
 * in the text but not recognised (or coded as another actor), or not named as the actor
 * dictionary writes it; and whether an unchosen target sat in another slot of the same verb.
 */

import { targetCode } from "../src/code/event-drafts.js";
import { conjuncts, mentionOf } from "../src/code/match-clause.js";
import type { Doc } from "../src/model/doc.js";
import type { ActorTrouble, MissContext } from "./accuracy-miss-types.js";
import type { PredictedEvent } from "./accuracy-predict.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whether some mention codes the expected actor (a place counts as its country). */
export function recognised(doc: Doc, code: string | null): boolean {
  if (code === null) return true;
  return doc.mentions.some((m) => targetCode(m)?.slice(0, 3) === code.slice(0, 3));
}

/**
 * How an expected actor fared: recognised but not chosen, named but coded as another actor (the
 * bundled lexicon's meaning is kept) or not recognised, or not named as the dictionary has it.
 */
export function actorTrouble(doc: Doc, role: string, code: string, ctx: MissContext): ActorTrouble {
  if (recognised(doc, code))
    return { kind: "syntax", text: `${role} recognised but another chosen` };
  const lowered = doc.text.toLowerCase();
  for (const name of ctx.names.get(code.slice(0, 3)) ?? []) {
    const at = lowered.search(new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`));
    if (at < 0) continue;
    const other = doc.mentions.find((m) => m.start <= at && at < m.end && targetCode(m) !== null);
    return other === undefined
      ? { kind: "actors", text: `${role} named in the text but not recognised as an actor` }
      : { kind: "actors", text: `${role} named but coded as another actor (${targetCode(other)})` };
  }
  return { kind: "actors", text: `${role} not named as the actor dictionary writes it` };
}

/**
 * Whether the expected target is the object or in a phrase of the clause that coded the event:
 * then the converted pattern's fixed slot order, not the parse, chose another target
 * (PETRARCH takes the first actor after the verb).
 */
export function inAnotherSlot(
  doc: Doc,
  events: readonly PredictedEvent[],
  chosen: readonly PredictedEvent[],
  target: string,
): boolean {
  const clause = doc.clauses[doc.events[events.indexOf(chosen[0] as PredictedEvent)]?.clause ?? -1];
  if (clause === undefined) return false;
  const chunks = [clause.object, ...clause.preps.map((p) => p.chunk)].filter((c) => c !== null);
  return chunks.some((c) =>
    conjuncts(doc, c).some((k) => {
      const m = mentionOf(doc, k);
      return m !== undefined && targetCode(m)?.slice(0, 3) === target.slice(0, 3);
    }),
  );
}
