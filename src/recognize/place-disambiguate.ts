/**
 * Reads a document's place names together, the way a careful reader settles them: first the
 * names that can only be one place (a single reading, a qualifier such as "Paris, Texas"), and
 * the dateline's country; then every name in the light of those, where a name whose best reading
 * stands far above the rest becomes settled too; then every name again in the light of all the
 * places the document has been found to name. In each round a name is read without its own
 * votes, ambiguous names pull towards readings that lie near each other, and the same name
 * means the same place throughout the article (one sense per discourse).
 */

import type { Gazetteer, NameRef, Place } from "../lexicon/gazetteer.js";
import {
  anchorWeight,
  buildContext,
  type ContextPoint,
  isPoint,
  type Pick,
} from "./place-context.js";
import {
  best,
  type Choice,
  isWellKnown,
  type Qualifier,
  type Scored,
  scorePlaces,
} from "./place-resolve.js";
import { oneSensePerName } from "./place-sense.js";

/** What the reading needs to know of each candidate name. */
export interface NameToRead {
  /** The folded name: mentions with the same key are the same name. */
  readonly key: string;
  readonly refs: readonly NameRef[];
  readonly qualifier: Qualifier | null;
  /** Found inside a longer capitalised phrase: it may not be a place at all. */
  readonly weak: boolean;
  /** After a locative preposition ("in Lviv"): surely a place. */
  readonly locative: boolean;
  /** Opens the article's dateline ("OTTAWA —", "LONDON, Ky. —"). */
  readonly dateline: boolean;
}

/** A name whose best reading leads the next by this much is taken as settled. */
const SETTLED_MARGIN = 2.5;
/** Towns of this many people may steer the reading of other names without a qualifier. */
const ANCHOR_POPULATION = 5000;
/** Readings this far below their name's best do not pull other names. */
const ALTERNATIVE_RANGE = 3;

export interface Reading {
  readonly choices: readonly (Choice | null)[];
  /** The places the document was found to name, for rules that need its divisions. */
  readonly picks: readonly Pick[];
  readonly dateline: string | null;
}

export function readPlaceNames(gazetteer: Gazetteer, names: readonly NameToRead[]): Reading {
  const alone = names.map((n) => scorePlaces(gazetteer, n.refs, null, n.qualifier));
  const first = oneSensePerName(names, alone);
  const sure: Pick[] = [];
  first.forEach((choice, n) => {
    const name = names[n] as NameToRead;
    if (choice === null || name.weak || !(name.refs.length === 1 || choice.qualified)) return;
    if (isAnchor(gazetteer.place(choice.place), choice.qualified))
      sure.push({ place: choice.place, key: name.key });
  });
  const dateline = datelineCountry(gazetteer, names, first);

  const round = (picks: readonly Pick[], previous: readonly Scored[][]) => {
    const alternatives = alternativesOf(gazetteer, names, previous);
    const contexts = new Map<string, ReturnType<typeof buildContext>>();
    const scored = names.map((name) => {
      let context = contexts.get(name.key);
      if (context === undefined) {
        context = buildContext(gazetteer, picks, dateline, alternatives, name.key);
        contexts.set(name.key, context);
      }
      return scorePlaces(gazetteer, name.refs, context, name.qualifier);
    });
    return { scored, choices: oneSensePerName(names, scored) };
  };

  const second = round(sure, alone);
  const settled = [...sure];
  second.choices.forEach((choice, n) => {
    const name = names[n] as NameToRead;
    if (choice === null || name.weak || choice.qualified || name.refs.length === 1) return;
    if (choice.margin >= SETTLED_MARGIN && isAnchor(gazetteer.place(choice.place), false))
      settled.push({ place: choice.place, key: name.key });
  });
  const third = round(settled, second.scored);
  const picks = picksOf(gazetteer, names, third.choices);
  const last = round(picks, third.scored);
  return { choices: last.choices, picks: picksOf(gazetteer, names, last.choices), dateline };
}

/**
 * The places a document names, as evidence for its other names: not a name found inside a
 * longer phrase, and a reading that may steer others; a reading that barely beats the next
 * counts in proportion to its lead, so that two ambiguous names do not push each other back and
 * forth between two countries.
 */
function picksOf(
  gazetteer: Gazetteer,
  names: readonly NameToRead[],
  choices: readonly (Choice | null)[],
): Pick[] {
  const picks: Pick[] = [];
  choices.forEach((choice, n) => {
    const name = names[n] as NameToRead;
    if (choice === null || name.weak) return;
    if (!isAnchor(gazetteer.place(choice.place), choice.qualified)) return;
    const sure = choice.qualified || name.refs.length === 1;
    const weight = sure ? 1 : Math.min(1, choice.margin / SETTLED_MARGIN);
    picks.push({ place: choice.place, key: name.key, weight });
  });
  return picks;
}

/**
 * Whether a reading may steer others: a village's name ("Baltic", Ohio; "Secretary", Maryland)
 * is more often a word or someone's name than the place, unless a qualifier says so.
 */
function isAnchor(place: Place, qualified: boolean): boolean {
  return qualified || isWellKnown(place) || place.population >= ANCHOR_POPULATION;
}

/** Near-best readings of each name, costed by how far below its best they score. */
function alternativesOf(
  gazetteer: Gazetteer,
  names: readonly NameToRead[],
  scored: readonly Scored[][],
): ContextPoint[] {
  const byKey = new Map<string, readonly Scored[]>();
  scored.forEach((readings, n) => {
    const name = names[n] as NameToRead;
    if (name.weak) return;
    const top = best(readings);
    const held = byKey.get(name.key);
    if (top !== null && (held === undefined || top.score > (best(held)?.score ?? 0)))
      byKey.set(name.key, readings);
  });
  const points: ContextPoint[] = [];
  for (const [key, readings] of byKey) {
    const top = best(readings)?.score ?? 0;
    for (const r of readings) {
      if (top - r.score > ALTERNATIVE_RANGE) continue;
      const place = gazetteer.place(r.place);
      if (!isPoint(place.feature) || !isAnchor(place, r.qualified)) continue;
      points.push({
        lat: place.lat,
        lon: place.lon,
        place: r.place,
        key,
        cost: top - r.score,
        weight: anchorWeight(place),
      });
    }
  }
  return points;
}

/** The dateline's country, when its place is read without doubt. */
function datelineCountry(
  gazetteer: Gazetteer,
  names: readonly NameToRead[],
  choices: readonly (Choice | null)[],
): string | null {
  const n = names.findIndex((name) => name.dateline);
  const choice = n < 0 ? null : choices[n];
  if (choice == null) return null;
  const name = names[n] as NameToRead;
  const sure = choice.qualified || name.refs.length === 1 || choice.margin >= SETTLED_MARGIN;
  return sure ? gazetteer.place(choice.place).country : null;
}
