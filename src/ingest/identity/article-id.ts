/**
 * Stable article ids: the same article gets the same id on every run, so re-ingesting it
 * changes nothing. An article with an address is named by its normalised canonical address;
 * one without is named by its normalised text.
 */

import { createHash } from "node:crypto";
import { domainOf, normalizeUrl } from "./normalize-url.js";

/** Hex digits kept from the SHA-256: 64 bits, far beyond any collection's collision risk. */
const HASH_DIGITS = 16;

function digest(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex").slice(0, HASH_DIGITS);
}

/**
 * `domain-hash` for an address (readable at a glance, e.g. `cbc.ca-1f2e…`), or undefined when
 * `url` is not an http(s) address.
 */
export function idFromUrl(url: string): string | undefined {
  const normalized = normalizeUrl(url);
  if (normalized === undefined) return undefined;
  return `${domainOf(normalized) ?? "web"}-${digest(normalized)}`;
}

/** Text normalised for hashing: Unicode NFC, whitespace runs as one space, trimmed. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** `sha-hash` of the normalised text: the same words give the same id whatever the layout. */
export function idFromText(text: string): string {
  return `sha-${digest(normalizeText(text))}`;
}

/** The id of an article: from its address when it has one, else from its text. */
export function articleId(url: string | undefined, text: string): string {
  return (url === undefined ? undefined : idFromUrl(url)) ?? idFromText(text);
}
