/**
 * Reads a document's place names together, the way a careful reader settles them: first the
 * names that can only be one place (a single reading, a qualifier such as "Paris, Texas"), and
 * the dateline's country; then every name in the light of those, where a name whose best reading
 * stands far above the rest becomes settled too; then every name again in the light of all the
 * places the document has been found to name. In each round a name is read without its own
 * votes, ambiguous names pull towards readings that lie near each other, and the same name
 * means the same place throughout the article (one sense per discourse).
 */

import type { Gazetteer, NameRef } from "../lexicon/gazetteer.js";
import { buildContext, type Pick } from "./place-context.js";
import { alternativesOf, isAnchor, picksOf, SETTLED_MARGIN } from "./place-evidence.js";
import { type Choice, type Qualifier, type Scored, scorePlaces } from "./place-resolve.js";
import { oneSensePerName } from "./place-sense.js";

/** What the reading needs to know of each candidate name. */
export interface NameToRead {
  /** The folded name: mentions with the same key are the same name. */
  readonly key: string;
  readonly refs: readonly NameRef[];
  readonly qualifier: Qualifier | null;
  /** Found inside a longer capitalised phrase: it may not be a place at all. */
  readonly weak: boolean;
  /** Opens the article's dateline ("OTTAWA —", "LONDON, Ky. —"). */
  readonly dateline: boolean;
}

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

  // A name that can only be one place, with no qualifier anywhere, keeps that one reading
  // whatever the context: context only moves its score, which no choice then reads (most of an
  // article's names are such, so they skip the context and the scoring of each round).
  const lone = loneNames(names);
  const round = (picks: readonly Pick[], previous: readonly Scored[][]) => {
    const alternatives = alternativesOf(gazetteer, names, previous);
    const contexts = new Map<string, ReturnType<typeof buildContext>>();
    // Unqualified mentions of one name with the same readings score alike: score them once.
    const alike = new Map<string, Scored[]>();
    const scored = names.map((name, n) => {
      if (lone.has(name.key)) return alone[n] as Scored[];
      const same = name.qualifier === null ? `${name.key}|${name.refs[0]?.place}` : null;
      const known = same === null ? undefined : alike.get(same);
      if (known !== undefined) return known;
      let context = contexts.get(name.key);
      if (context === undefined) {
        context = buildContext(gazetteer, picks, dateline, alternatives, name.key);
        contexts.set(name.key, context);
      }
      const readings = scorePlaces(gazetteer, name.refs, context, name.qualifier);
      if (same !== null) alike.set(same, readings);
      return readings;
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

/** Keys whose every mention has a single reading and no qualifier. */
function loneNames(names: readonly NameToRead[]): Set<string> {
  const lone = new Set<string>();
  const not = new Set<string>();
  for (const name of names) {
    if (name.refs.length === 1 && name.qualifier === null) lone.add(name.key);
    else not.add(name.key);
  }
  for (const key of not) lone.delete(key);
  return lone;
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
