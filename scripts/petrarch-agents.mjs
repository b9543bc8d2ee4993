#!/usr/bin/env node
/**
 * Converts the PETRARCH agents dictionary (petrarch-Phoenix.agents.txt) into a draft for hand
 * cleaning into data/actors/agents.json.
 *
 *   node scripts/petrarch-agents.mjs <reference-file> > draft.json
 *
 * Format read: `WORD_PHRASE {PLURAL} [~SECTORS]` lines, `#` comments, and substitution sets
 * defined at the top (`!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`) that expand in place.
 * `[~GOVMIL]` is split into three-letter sector codes (["GOV", "MIL"]). The draft groups the
 * lower-case words by their sector list, as `{ words, sectors, gloss }` entries with an empty
 * gloss, and lists words that PETRARCH gives more than one code (to be settled by hand).
 *
 * Source: Open Event Data Alliance, petrarch2 dictionaries, MIT licence.
 */

import { readFileSync } from "node:fs";

/** `ANTI_RIOT_POLICE` → `anti riot police`; a trailing `_` (a word end) is dropped. */
export function normaliseWord(raw) {
  return raw.replace(/_+$/u, "").replace(/_/gu, " ").replace(/\s+/gu, " ").trim().toLowerCase();
}

export function parseAgents(text) {
  const sets = new Map();
  const rows = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    const hash = rawLine.indexOf("#");
    const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
    if (line === "") continue;
    const set = /^(![A-Z]+!)\s*=\s*(.+)$/u.exec(line);
    if (set) {
      sets.set(
        set[1],
        (set[2] ?? "").split(",").map((s) => s.trim()),
      );
      continue;
    }
    const m = /^(.*?)\s*(?:\{[^}]*\})?\s*\[~?([A-Z~]*)[\]}]?/u.exec(line);
    if (!m) continue;
    const phrase = (m[1] ?? "").replace(/\{[^}]*\}/gu, "").trim();
    const code = (m[2] ?? "").replace(/~/gu, "");
    const sectors = code.match(/[A-Z]{3}/gu) ?? [];
    let variants = [phrase];
    for (const [name, values] of sets) {
      variants = variants.flatMap((v) =>
        v.includes(name) ? values.map((x) => v.replace(name, x)) : [v],
      );
    }
    for (const v of variants) {
      const word = normaliseWord(v);
      if (word) rows.push({ word, sectors });
    }
  }
  return rows;
}

export function groupBySectors(rows) {
  const bySectors = new Map();
  const codesOf = new Map();
  for (const { word, sectors } of rows) {
    const key = sectors.join("+");
    const list = bySectors.get(key) ?? new Set();
    list.add(word);
    bySectors.set(key, list);
    const seen = codesOf.get(word) ?? new Set();
    seen.add(key);
    codesOf.set(word, seen);
  }
  const agents = [...bySectors.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, words]) => ({ words: [...words].sort(), sectors: key.split("+"), gloss: "" }));
  const conflicts = [...codesOf.entries()]
    .filter(([, keys]) => keys.size > 1)
    .map(([word, keys]) => ({ word, sectors: [...keys] }));
  return { agents, conflicts };
}

const [, , file] = process.argv;
if (!file) {
  process.stderr.write("usage: node scripts/petrarch-agents.mjs <reference-file>\n");
  process.exit(2);
}
const out = groupBySectors(parseAgents(readFileSync(file, "utf8")));
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
