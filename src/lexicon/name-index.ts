/**
 * An index of names that scales to tens of thousands of entries: a hash of folded phrase keys
 * plus a set of first words, so that text is scanned once and only tokens that can begin a name
 * are extended. Names are matched on the text between token boundaries, so the index does not
 * depend on how the tokenizer splits "Côte d'Ivoire" or "al-Qaeda".
 */

import { addPrefixes, firstWords, foldKey } from "./fold.js";

export type NameKind =
  | "country"
  | "capital"
  | "seat"
  | "adjective"
  | "demonym"
  | "organisation"
  | "group"
  | "person"
  | "region";

export interface NameEntry {
  readonly kind: NameKind;
  /** Index into the dictionary list of that kind. */
  readonly ref: number;
  /** The form as the dictionary writes it, without a leading "the". */
  readonly form: string;
  /** All-capital abbreviations ("US", "UN", "IS") must match letter case exactly. */
  readonly exactCase: boolean;
}

export class NameIndex {
  private readonly phrases = new Map<string, NameEntry[]>();
  /** First word → true when some name starting with it is written in lower case ("al-Qaeda"). */
  private readonly starts = new Map<string, boolean>();
  /** Every prefix of every key, so that a scan stops as soon as no name can continue. */
  private readonly prefixes = new Set<string>();
  private longest = 0;

  add(form: string, kind: NameKind, ref: number): void {
    const key = foldKey(form);
    if (key === "") return;
    const bare = form.replace(/^the\s+/i, "");
    const entry: NameEntry = {
      kind,
      ref,
      form: bare,
      exactCase: bare.length > 1 && bare === bare.toUpperCase() && /\p{Lu}/u.test(bare),
    };
    const list = this.phrases.get(key);
    const same = list?.findIndex((e) => e.kind === kind && e.ref === ref) ?? -1;
    if (list === undefined) this.phrases.set(key, [entry]);
    else if (same < 0) list.push(entry);
    // "FARC" and its alias "Farc": the form that accepts more letter cases serves for both.
    else if ((list[same] as NameEntry).exactCase && !entry.exactCase) list[same] = entry;
    const lowerInitial = bare.charAt(0) === bare.charAt(0).toLowerCase();
    for (const word of firstWords(key))
      this.starts.set(word, (this.starts.get(word) ?? false) || lowerInitial);
    addPrefixes(this.prefixes, key);
    this.longest = Math.max(this.longest, key.length);
  }

  /** Whether a name may start with this folded word; `capitalized` tells the word's case in text. */
  mayStart(word: string, capitalized: boolean): boolean {
    const lowerAllowed = this.starts.get(word);
    return lowerAllowed !== undefined && (capitalized || lowerAllowed);
  }

  /** Whether some name begins with this key. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  get(key: string): readonly NameEntry[] | undefined {
    return this.phrases.get(key);
  }

  /** The longest key, in characters: no match can be longer. */
  get maxKeyLength(): number {
    return this.longest;
  }

  get size(): number {
    return this.phrases.size;
  }
}

/** Whether an entry's form accepts this surface text (letter case of abbreviations and initials). */
export function acceptsSurface(entry: NameEntry, surface: string): boolean {
  if (entry.exactCase) return surface.replace(/\s+/g, " ") === entry.form;
  const formInitial = entry.form.charAt(0);
  const initialUpper = formInitial !== formInitial.toLowerCase();
  const surfaceInitial = surface.charAt(0);
  return !initialUpper || surfaceInitial !== surfaceInitial.toLowerCase();
}
