/**
 * Noun and verb lemmas of single words, for the places where the tagger's own lemma is not the
 * one needed (a word re-tagged as a verb, an object head read as a noun). wink-lemmatizer works
 * each word out with suffix rules and WordNet lookups every time; news repeats its words, so
 * the answers are kept (up to a bound, so a long run's memory stays flat).
 */

import lemmatizer from "wink-lemmatizer";

const LIMIT = 20_000;

function remembered(lemmatize: (word: string) => string): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let lemma = known.get(word);
    if (lemma === undefined) {
      lemma = lemmatize(word);
      if (known.size >= LIMIT) known.clear();
      known.set(word, lemma);
    }
    return lemma;
  };
}

/** "talks" → "talk", "forces" → "force". */
export const nounLemma = remembered((word) => lemmatizer.noun(word));

/** "sought" → "seek", "withdrew" → "withdraw". */
export const verbLemma = remembered((word) => lemmatizer.verb(word));

/** A crude singular for plurals the lemmatiser leaves alone ("Protesters", "homeguards"). */
export function crudeSingular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}
