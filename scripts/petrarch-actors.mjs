#!/usr/bin/env node
/**
 * Converts a PETRARCH / TABARI actor dictionary (petrarch-Phoenix.International.actors.txt,
 * petrarch-Phoenix.MilNonState.actors.txt) into a draft JSON list for hand cleaning into
 * data/actors/organisations.json or data/actors/groups.json.
 *
 *   node scripts/petrarch-actors.mjs <reference-file> [--group-by-code] > draft.json
 *
 * Format read: a line starting with a name opens an entry (`NATO_ [IGOWSTNAT]`); `+NAME` lines
 * add synonyms to the open entry; indented `[CODE]` lines add codes; a code may carry a date
 * restriction (`[CODE 870101-040322]`, `[CODE >050501]`, `[CODE <061231]`); `[---]` means
 * "no code"; `#` starts a comment. Names are written with `_` for spaces and a trailing `_` that
 * marks a word end. The draft keeps every name in normal case (first letters upper case),
 * the codes with their dates, the comment, and flags entries that look like people (dated
 * codes or an ELI code), which belong in people data, not here.
 *
 * Source: Open Event Data Alliance, petrarch2 dictionaries, MIT licence.
 */

import { readFileSync } from "node:fs";

const SMALL = new Set(["of", "the", "and", "for", "in", "on", "to", "de", "al", "du", "la", "el"]);

/**
 * `NORTH_ATLANTIC_TREATY_ORGANIZATION_` → `North Atlantic Treaty Organization`. PETRARCH writes
 * everything in upper case, so abbreviations are guessed: a one-word name of up to six letters
 * (`NATO_`, `UNHCR_`), a word with a dot or digit (`U.N.`, `G_8`) or a word without vowels stays
 * upper case. The guess is for the draft only; names are checked by hand.
 */
export function normaliseName(raw) {
  const words = raw.replace(/_+$/u, "").replace(/_/gu, " ").replace(/\s+/gu, " ").trim().split(" ");
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && SMALL.has(lower)) return lower;
      const abbreviation =
        (words.length === 1 && w.length <= 6) || /[.\d]/u.test(w) || !/[AEIOUY]/u.test(w);
      if (abbreviation) return w;
      return lower.replace(/(^|[-/'(])(\p{L})/gu, (_m, p, c) => p + c.toUpperCase());
    })
    .join(" ");
}

/** Parses `[CODE 870101-040322]` into { code, from, to } (dates as written, yymmdd or yyyymmdd). */
function parseCode(text) {
  const m = /^\s*([A-Z~-]+)\s*(.*)$/u.exec(text);
  if (!m) return null;
  const code = m[1] ?? "";
  const rest = (m[2] ?? "").trim();
  const range = /^(\d+)\s*-\s*(\d+)$/u.exec(rest);
  const after = /^>\s*(\d+)$/u.exec(rest);
  const before = /^<\s*(\d+)$/u.exec(rest);
  const from = range?.[1] ?? after?.[1] ?? null;
  const to = range?.[2] ?? before?.[1] ?? null;
  return { code, from, to };
}

export function parseActors(text) {
  const entries = [];
  let current = null;
  for (const rawLine of text.split(/\r?\n/u)) {
    const hash = rawLine.indexOf("#");
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : "";
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).replace(/\s+$/u, "");
    if (line.trim() === "") continue;
    const codes = [...line.matchAll(/\[([^\]]*)\]/gu)]
      .map((m) => parseCode(m[1] ?? ""))
      .filter((c) => c !== null);
    const namePart = line.replace(/\[[^\]]*\]/gu, "").trim();
    if (/^\s/u.test(line) && namePart === "") {
      if (current) current.codes.push(...codes);
      continue;
    }
    if (namePart.startsWith("+")) {
      if (current) current.names.push(normaliseName(namePart.slice(1)));
      if (current) current.codes.push(...codes);
      continue;
    }
    current = { names: [normaliseName(namePart)], codes, comment };
    entries.push(current);
  }
  for (const e of entries) {
    e.names = [...new Set(e.names)].filter((n) => /\p{L}/u.test(n));
    e.person = e.codes.some((c) => c.from !== null || c.to !== null || c.code === "ELI");
  }
  return entries.filter((e) => e.names.length > 0);
}

/** Groups undated entries by code: one draft actor per code, with every name seen for it. */
export function groupByCode(entries) {
  const byCode = new Map();
  for (const e of entries) {
    if (e.person) continue;
    for (const c of e.codes) {
      if (c.code === "---" || c.from !== null || c.to !== null) continue;
      const list = byCode.get(c.code) ?? [];
      list.push(...e.names);
      byCode.set(c.code, list);
    }
  }
  return [...byCode.entries()]
    .map(([code, names]) => ({ code, names: [...new Set(names)] }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

const [, , file, flag] = process.argv;
if (!file) {
  process.stderr.write(
    "usage: node scripts/petrarch-actors.mjs <reference-file> [--group-by-code]\n",
  );
  process.exit(2);
}
const entries = parseActors(readFileSync(file, "utf8"));
const out = flag === "--group-by-code" ? groupByCode(entries) : entries;
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
