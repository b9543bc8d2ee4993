/**
 * The language of an article's text, so that only English is coded and everything else is
 * skipped with its language named. franc-min is trusted only on enough text; below that the
 * page's declared language is used, and with neither the language stays unknown rather than
 * being assumed English.
 */

import { francAll } from "franc-min";

/** Shorter texts are too little for trigram statistics to tell related languages apart. */
export const MIN_DETECTION_CHARS = 200;
/** franc reads this much; more costs time and adds nothing. */
const SAMPLE_CHARS = 4000;
/**
 * News English is full of foreign names that pull trigram scores toward other languages: when
 * English scores this close to the winner (franc's scores are relative, 1 = best), it is English.
 */
const ENGLISH_MARGIN = 0.9;

export interface DetectedLanguage {
  /** ISO 639-1 where one exists ("en", "fr"), else ISO 639-3; undefined when unknown. */
  readonly lang?: string;
  readonly how: "detected" | "declared" | "unknown";
}

/** ISO 639-1 for a language tag or ISO 639-3 code: "fra" → "fr", "en-GB" → "en". */
export function toLanguageCode(tag: string): string | undefined {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim().replace(/_/g, "-"));
    return canonical?.split("-")[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * English function words. franc costs about a millisecond per article — most of the time a
 * feed item's extraction takes — so text where these make up a large share of the words is
 * taken as English without it. Other languages' text has few of them (Dutch "is", "was"):
 * well under the threshold.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  "the and of to that was were with for said from has have had which this by is are it its".split(
    " ",
  ),
);
const ENGLISH_FUNCTION_SHARE = 0.15;
/** Words sampled for the quick check. */
const QUICK_SAMPLE_WORDS = 300;

function clearlyEnglish(text: string): boolean {
  const words =
    text
      .slice(0, SAMPLE_CHARS)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const sample = words.slice(0, QUICK_SAMPLE_WORDS);
  const hits = sample.filter((word) => ENGLISH_FUNCTION_WORDS.has(word)).length;
  return sample.length >= 30 && hits / sample.length >= ENGLISH_FUNCTION_SHARE;
}

export function detectLanguage(text: string, declared?: string): DetectedLanguage {
  const declaredCode = declared === undefined ? undefined : toLanguageCode(declared);
  if (text.length >= MIN_DETECTION_CHARS && clearlyEnglish(text)) {
    return { lang: "en", how: "detected" };
  }
  if (text.length >= MIN_DETECTION_CHARS) {
    const scores = francAll(text.slice(0, SAMPLE_CHARS), { minLength: MIN_DETECTION_CHARS });
    const [best] = scores;
    if (best !== undefined && best[0] !== "und") {
      const english = scores.find(([code]) => code === "eng");
      if (english !== undefined && english[1] >= ENGLISH_MARGIN)
        return { lang: "en", how: "detected" };
      const lang = toLanguageCode(best[0]);
      if (lang !== undefined) return { lang, how: "detected" };
    }
  }
  return declaredCode === undefined ? { how: "unknown" } : { lang: declaredCode, how: "declared" };
}
