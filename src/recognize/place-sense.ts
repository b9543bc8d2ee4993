/**
 * One sense per discourse: an article that says "Paris, Texas" once means that Paris every time
 * it says "Paris", and "LONDON, Ky." in the dateline settles the "London police" further down.
 * A name's qualified reading is taken by all its mentions; without one, every mention takes the
 * reading that scores best over all of them. Two different qualified readings ("Paris, Texas"
 * and "Paris, France" in one article) leave each mention to its own reading.
 */

import { best, type Choice, type Scored } from "./place-resolve.js";

export interface NamedMention {
  readonly key: string;
  readonly weak: boolean;
}

export function oneSensePerName(
  names: readonly NamedMention[],
  scored: readonly (readonly Scored[])[],
): (Choice | null)[] {
  const choices = scored.map(best);
  const groups = new Map<string, number[]>();
  names.forEach((name, n) => {
    const group = groups.get(name.key);
    if (group === undefined) groups.set(name.key, [n]);
    else group.push(n);
  });
  for (const members of groups.values()) {
    if (members.length < 2 || oneReading(members, scored)) continue;
    const sense = senseOf(members, names, scored, choices);
    if (sense === null) continue;
    for (const n of members) {
      const reading = scored[n]?.find((r) => r.place === sense.place);
      const own = choices[n];
      if (own == null || own.place === sense.place) continue;
      // A qualified sense may be one the mention alone cannot have ("Holliday" → Missouri).
      if (reading === undefined && !sense.qualified) continue;
      choices[n] = {
        ...(reading ?? own),
        place: sense.place,
        margin: 0,
        qualified: sense.qualified,
      };
    }
  }
  return choices;
}

/** Every mention has the same single reading (or none): there is nothing to settle. */
function oneReading(members: readonly number[], scored: readonly (readonly Scored[])[]): boolean {
  let place: number | null = null;
  for (const n of members) {
    const readings = scored[n] ?? [];
    if (readings.length > 1) return false;
    const only = readings[0]?.place;
    if (only === undefined) continue;
    if (place !== null && only !== place) return false;
    place = only;
  }
  return true;
}

function senseOf(
  members: readonly number[],
  names: readonly NamedMention[],
  scored: readonly (readonly Scored[])[],
  choices: readonly (Choice | null)[],
): { place: number; qualified: boolean } | null {
  const qualified = new Set<number>();
  for (const n of members) {
    const choice = choices[n];
    if (choice?.qualified) qualified.add(choice.place);
  }
  if (qualified.size > 1) return null;
  const [only] = qualified;
  if (only !== undefined) return { place: only, qualified: true };
  // Mentions found inside longer phrases have no say while others do.
  const voters = members.filter((n) => !names[n]?.weak);
  const totals = new Map<number, number>();
  for (const n of voters.length > 0 ? voters : members)
    for (const r of scored[n] ?? []) totals.set(r.place, (totals.get(r.place) ?? 0) + r.score);
  let top: number | null = null;
  for (const [place, total] of totals)
    if (top === null || total > (totals.get(top) ?? 0)) top = place;
  return top === null ? null : { place: top, qualified: false };
}
