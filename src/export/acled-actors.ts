/**
 * ACLED's actor and disorder categories derived from what Harbinger knows of an event: the
 * interaction code of each actor (from its CAMEO sectors and the event type), the pair's
 * interaction, and the disorder type of the event type.
 */

import type { ExportActor, ExportEvent } from "./export-event.js";

/** ACLED's actor-type codes (the `inter1`/`inter2` columns). */
export const INTER = {
  stateForces: 1,
  rebels: 2,
  politicalMilitia: 3,
  identityMilitia: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external: 8,
} as const;

const STATE = new Set(["GOV", "MIL", "COP", "SPY", "JUD", "LEG"]);
const REBEL = new Set(["REB", "SEP", "INS"]);
const MILITIA = new Set(["PRM", "UAF"]);
const INTERNATIONAL = new Set(["IGO", "NGO", "UNO", "MNC", "IMG", "ISM"]);

/** The ACLED actor type of an event's source (`role` "actor1") or target ("actor2"). */
export function interCode(
  event: ExportEvent,
  actor: ExportActor | null,
  role: "actor1" | "actor2",
): number | null {
  if (actor === null || event.acled === null) return null;
  const { sectors } = actor;
  if (sectors.some((s) => STATE.has(s))) return INTER.stateForces;
  if (sectors.some((s) => REBEL.has(s))) return INTER.rebels;
  if (sectors.some((s) => MILITIA.has(s))) return INTER.politicalMilitia;
  if (INTERNATIONAL.has(actor.code.slice(0, 3))) return INTER.external;
  const { type } = event.acled;
  if (role === "actor1" && type === "Protests") return INTER.protesters;
  if (role === "actor1" && type === "Riots") return INTER.rioters;
  if (role === "actor2" && type === "Violence against civilians") return INTER.civilians;
  // A bare country ("Russia attacked …") acts through its state forces.
  if (sectors.length === 0 && actor.country !== null && actor.code === actor.country) {
    return INTER.stateForces;
  }
  return sectors.length > 0 ? INTER.civilians : null;
}

/** ACLED's interaction: the two actor types, lower first, or one type followed by 0. */
export function interaction(inter1: number | null, inter2: number | null): string {
  if (inter1 === null && inter2 === null) return "";
  if (inter1 === null || inter2 === null) return `${inter1 ?? inter2}0`;
  return `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`;
}

/** ACLED's disorder type of an event type and sub-type. */
export function disorderType(type: string, subtype: string): string {
  switch (type) {
    case "Protests":
      return subtype === "Excessive force against protesters"
        ? "Political violence; Demonstrations"
        : "Demonstrations";
    case "Riots":
      return subtype === "Mob violence" ? "Political violence" : "Demonstrations";
    case "Strategic developments":
      return "Strategic developments";
    default:
      return "Political violence";
  }
}
