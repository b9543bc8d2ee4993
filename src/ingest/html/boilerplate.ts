/**
 * Drops the paragraphs that are page furniture rather than news — "Posted on …", share and
 * subscribe lines, photo captions and credits — by the patterns in the cleanup data. Only
 * short paragraphs are tested: a long one is prose even if it starts like furniture.
 */

import { WEB_CLEANUP, type WebCleanup } from "./web-cleanup.js";

export function isBoilerplate(paragraph: string, cleanup: WebCleanup = WEB_CLEANUP): boolean {
  if (paragraph.length > cleanup.maxBoilerplateChars) return false;
  const line = paragraph.trim();
  return cleanup.boilerplate.some((pattern) => pattern.test(line));
}

/** The paragraphs without boilerplate, in order. */
export function trimBoilerplate(
  paragraphs: readonly string[],
  cleanup: WebCleanup = WEB_CLEANUP,
): string[] {
  return paragraphs.filter((paragraph) => !isBoilerplate(paragraph, cleanup));
}
