/**
 * The closed category lists of the two outside ontologies the CAMEO table refers to: PLOVER's
 * event types and ACLED's event types with their sub-types. The table is checked against these,
 * so a misspelt category in the data fails at load rather than silently matching nothing.
 */

/** The 16 PLOVER event types, in the PLOVER manual's order (draft 2.0, 2024). */
export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

/** ACLED's published event types and their sub-types (ACLED codebook, 2023 and later). */
export const ACLED_SUBTYPES = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
  ],
} as const satisfies Record<string, readonly string[]>;

export type AcledType = keyof typeof ACLED_SUBTYPES;

export const ACLED_TYPES = Object.keys(ACLED_SUBTYPES) as [AcledType, ...AcledType[]];

/** Whether `subtype` is one of ACLED's sub-types of `type`. */
export function isAcledSubtype(type: AcledType, subtype: string): boolean {
  return (ACLED_SUBTYPES[type] as readonly string[]).includes(subtype);
}
