#!/usr/bin/env node
/**
 * Builds data/cameo/event-codes.json, Harbinger's CAMEO event ontology, from three reference
 * files: CAMEO.eventcodes.tsv (codes, labels, Goldstein, quad and penta classes),
 * CAMEO2PLOVER-2021.txt (the official CAMEO→PLOVER table) and PLOVER.types.tsv (PLOVER types,
 * modes and scores). It adds the team's ACLED-style view of violence and protest codes.
 *
 *   npm run build && node scripts/convert-cameo.mjs REFERENCE_DIR [OUT_FILE]
 *
 * PLOVER's type list is the one the table is validated against at load
 * (src/ontology/vocabularies.ts), imported from the build so it is written in one place.
 * OUT_FILE defaults to data/cameo/event-codes.json; the output is already in Biome's format.
 * Every source row is validated; the known slips are repaired by the named, narrow fixes below
 * (each checks that the row still reads as expected, so a changed source fails loudly instead of
 * being "fixed" twice), and every repair is listed on stderr and in the file's description.
 * Anything else that does not fit is an error: the script stops without writing.
 */

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PLOVER_TYPES } from "../dist/src/ontology/vocabularies.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_OUT = join(ROOT, "data/cameo/event-codes.json");

/** Repairs made along the way, reported at the end. */
const fixes = [];

function fail(file, message) {
  throw new Error(`${file}: ${message}`);
}

// ---------------------------------------------------------------------------------------------
// Classes: the rules the TSV columns must follow (the same rules src/ontology checks at load).

/** GDELT's QuadClass by root: verbal coop 01–05, material coop 06–09, verbal conflict 10–14. */
export function quadOf(root) {
  const r = Number(root);
  if (r <= 5) return 1;
  if (r <= 9) return 2;
  if (r <= 14) return 3;
  return 4;
}

/** Phoenix's penta-class by root; 16 (reduce relations) sits with the verbal-conflict roots. */
export function pentaOf(root) {
  const r = Number(root);
  if (r <= 2) return 0;
  if (r <= 5) return 1;
  if (r <= 8) return 2;
  if (r <= 13 || r === 16) return 3;
  return 4;
}

// ---------------------------------------------------------------------------------------------
// CAMEO.eventcodes.tsv

/**
 * GDELT's labels that do not match the code's meaning in the CAMEO 1.1b3 codebook. Under 10
 * DEMAND, GDELT's list keeps labels from an older draft: its 101 "information, investigation"
 * heads 1011–1014 (economic, military, judicial, intelligence cooperation) and its 105
 * "mediation" heads 1051–1056 (demands to ease, release, de-escalate: demands to yield). The
 * codebook, the PLOVER table (105 "Demand that target yields", 106 "Demand meeting,
 * negotiation", 108 "Demand mediation") and the PETRARCH2 verb dictionary (DEMAND MEETING,
 * DEMAND TALKS → 106; DEMAND WITHDRAWAL → 105) all use the 1.1b3 meanings, so the labels follow.
 */
const LABEL_FIXES = [
  {
    code: "101",
    from: "Demand information, investigation",
    to: "Demand material cooperation, not specified below",
    why: "GDELT label does not match its children 1011–1014 or the CAMEO 1.1b3 codebook",
  },
  {
    code: "105",
    from: "Demand mediation",
    to: "Demand that target yields, not specified below",
    why: "GDELT label does not match its children 1051–1056 or the CAMEO 1.1b3 codebook",
  },
  {
    code: "106",
    from: "Demand withdrawal",
    to: "Demand meeting, negotiation",
    why: "CAMEO 1.1b3 meaning, used by the PLOVER table and by PETRARCH2 for DEMAND TALKS",
  },
  {
    code: "107",
    from: "Demand ceasefire",
    to: "Demand settling of dispute",
    why: "CAMEO 1.1b3 meaning, as used by the PLOVER table",
  },
  {
    code: "108",
    from: "Demand meeting, negotiation",
    to: "Demand mediation",
    why: "CAMEO 1.1b3 meaning, as used by the PLOVER table",
  },
  {
    code: "0355",
    from: "Express intent to allow international involvement (not mediation)",
    to: "Express intent to allow international involvement (non-mediation)",
    why: "spelling made the same as 0255, 1055, 136",
  },
  {
    code: "1245",
    from: "Refuse to allow international involvement (non mediation)",
    to: "Refuse to allow international involvement (non-mediation)",
    why: "missing hyphen",
  },
  {
    code: "195",
    from: "Employ aerial weapons",
    to: "Employ aerial weapons, not specified below",
    why: "CAMEO 1.1b3 label, now that 1951 and 1952 are listed under it",
  },
];

/**
 * Codes missing from the TSV (GDELT's list predates them). 155, 176, 1834, 1951 and 1952 are in
 * the CAMEO 1.1b3 codebook; 1213 is an ICEWS extension that the PETRARCH2 verb dictionary emits
 * and the PLOVER table maps. PETRARCH2 also emits 176 and 1952, so a table without them would
 * reject events the dictionaries produce. GDELT publishes no Goldstein value for them: each
 * takes its parent's, as GDELT does for nearly all of its own leaf codes.
 */
const ADDED_CODES = [
  {
    code: "1213",
    label: "Reject judicial cooperation",
    goldsteinFrom: "121",
    why: "ICEWS extension, emitted by PETRARCH2, mapped by the PLOVER table",
  },
  {
    code: "155",
    label: "Mobilize or increase cyber-forces",
    goldsteinFrom: "15",
    why: "CAMEO 1.1b3 codebook",
  },
  {
    code: "176",
    label: "Attack cybernetically",
    goldsteinFrom: "170",
    why: "CAMEO 1.1b3 codebook; emitted by PETRARCH2",
  },
  {
    code: "1834",
    label: "Carry out location bombing",
    goldsteinFrom: "183",
    why: "CAMEO 1.1b3 codebook",
  },
  {
    code: "1951",
    label: "Employ precision-guided aerial munitions",
    goldsteinFrom: "195",
    why: "CAMEO 1.1b3 codebook",
  },
  {
    code: "1952",
    label: "Employ remotely piloted aerial munitions",
    goldsteinFrom: "195",
    why: "CAMEO 1.1b3 codebook; emitted by PETRARCH2",
  },
];

export function readCameoTsv(text, file = "CAMEO.eventcodes.tsv") {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "");
  const header = lines.shift();
  if (header !== "code\tlabel\tgoldstein\tquad_class\tpenta_class") {
    fail(file, `unexpected header ${JSON.stringify(header)}`);
  }
  const rows = new Map();
  lines.forEach((line, i) => {
    const where = `line ${i + 2}`;
    const cells = line.split("\t");
    if (cells.length !== 5) fail(file, `${where}: ${cells.length} columns, expected 5`);
    const [code, rawLabel, goldstein, quad, penta] = cells.map((c) => c.trim());
    if (!/^\d{2,4}$/u.test(code)) fail(file, `${where}: bad code ${JSON.stringify(code)}`);
    if (rows.has(code)) fail(file, `${where}: duplicate code ${code}`);
    const root = code.slice(0, 2);
    const rootNumber = Number(root);
    if (rootNumber < 1 || rootNumber > 20) fail(file, `${where}: root ${root} outside 01–20`);
    const label = rawLabel.replace(/\s+/gu, " ");
    if (label === "") fail(file, `${where}: empty label`);
    if (label !== rawLabel) fixes.push(`${code}: whitespace in label normalised`);
    const g = Number(goldstein);
    if (!/^-?\d+(\.\d+)?$/u.test(goldstein) || g < -10 || g > 10) {
      fail(file, `${where}: Goldstein ${JSON.stringify(goldstein)} is not a number in [-10, 10]`);
    }
    let q = Number(quad);
    let p = Number(penta);
    if (q !== quadOf(root)) {
      fixes.push(`${code}: quad class ${quad} → ${quadOf(root)} (root ${root})`);
      q = quadOf(root);
    }
    if (p !== pentaOf(root)) {
      fixes.push(`${code}: penta class ${penta} → ${pentaOf(root)} (root ${root})`);
      p = pentaOf(root);
    }
    rows.set(code, { code, label, root, goldstein: g, quad: q, penta: p });
  });
  for (const fix of LABEL_FIXES) {
    const row = rows.get(fix.code);
    if (!row || row.label !== fix.from) {
      fail(file, `label fix for ${fix.code} expects ${JSON.stringify(fix.from)}`);
    }
    row.label = fix.to;
    fixes.push(`${fix.code}: label "${fix.from}" → "${fix.to}" (${fix.why})`);
  }
  for (const add of ADDED_CODES) {
    if (rows.has(add.code)) fail(file, `${add.code} is listed now: drop it from ADDED_CODES`);
    const from = rows.get(add.goldsteinFrom);
    if (!from) {
      fail(file, `${add.code} takes its Goldstein value from missing ${add.goldsteinFrom}`);
    }
    const root = add.code.slice(0, 2);
    rows.set(add.code, {
      code: add.code,
      label: add.label,
      root,
      goldstein: from.goldstein,
      quad: quadOf(root),
      penta: pentaOf(root),
    });
    fixes.push(
      `${add.code}: added "${add.label}" (${add.why}); Goldstein ${from.goldstein} from ${add.goldsteinFrom}`,
    );
  }
  for (const row of rows.values()) {
    if (!rows.has(row.root)) fail(file, `${row.code}: root ${row.root} is not listed`);
    if (row.code.length === 4 && !rows.has(row.code.slice(0, 3))) {
      fail(file, `${row.code}: parent ${row.code.slice(0, 3)} is not listed`);
    }
  }
  // Numeric order of the digit strings is CAMEO's order: 01 < 010 < 0211 < 022 < 10.
  return [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// PLOVER.types.tsv

export function readPloverTypes(text, file = "PLOVER.types.tsv") {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== "");
  if (lines.shift() !== "type\tmode\tscore") fail(file, "unexpected header");
  const types = new Map();
  lines.forEach((line, i) => {
    const where = `line ${i + 2}`;
    const [type, mode, score, ...extra] = line.split("\t").map((c) => c.trim());
    if (extra.length > 0 || score === undefined) fail(file, `${where}: expected 3 columns`);
    if (!PLOVER_TYPES.includes(type)) fail(file, `${where}: unknown type ${type}`);
    if (!/^-?\d+(\.\d+)?$/u.test(score)) fail(file, `${where}: bad score ${score}`);
    let value = Number(score);
    // The manual's conflict–cooperation scale puts every ACCUSE mode below zero (-2 to -3.5);
    // the published +3 for the type itself is a sign slip.
    if (type === "ACCUSE" && mode === "" && value > 0) {
      fixes.push(`PLOVER ACCUSE: score ${value} → ${-value} (sign slip; its modes are -2 to -3.5)`);
      value = -value;
    }
    if (mode === "") {
      if (types.has(type)) fail(file, `${where}: ${type} listed twice`);
      types.set(type, { type, score: value, modes: [] });
      return;
    }
    const entry = types.get(type);
    if (!entry) fail(file, `${where}: mode ${mode} before its type ${type}`);
    if (!/^[a-z][a-z-]*$/u.test(mode)) fail(file, `${where}: bad mode ${JSON.stringify(mode)}`);
    if (entry.modes.some((m) => m.mode === mode)) fail(file, `${where}: duplicate mode ${mode}`);
    entry.modes.push({ mode, score: value });
  });
  for (const type of PLOVER_TYPES) if (!types.has(type)) fail(file, `type ${type} missing`);
  return PLOVER_TYPES.map((t) => types.get(t));
}

// ---------------------------------------------------------------------------------------------
// CAMEO2PLOVER-2021.txt

/**
 * The table's format: `#` comments; `NN: TYPE` section headers; mapping rows
 * `CODE: TYPE, mode, context # CAMEO label` where mode and context may be blank and context may
 * hold several values separated by `;`. A `~~~~~` line ends the table. Roots 01–02 have no rows.
 */
export function readCameoToPlover(text, ploverTypes, file = "CAMEO2PLOVER-2021.txt") {
  const typeNames = new Set(ploverTypes.map((t) => t.type));
  const raw = [];
  for (const [i, rawLine] of text.split(/\r?\n/u).entries()) {
    const where = `line ${i + 1}`;
    if (/^~+\s*$/u.test(rawLine)) break;
    const hash = rawLine.indexOf("#");
    const body = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
    if (body === "") continue;
    const m = /^(\d{2,4}):\s*(.*)$/u.exec(body);
    if (!m) fail(file, `${where}: unreadable ${JSON.stringify(rawLine)}`);
    const [, code, rest] = m;
    const cells = rest.split(",").map((c) => c.trim());
    if (cells.length === 1) {
      // Section header: `03: AGREE`. Informative only; the rows carry the mapping.
      if (code.length !== 2 || !typeNames.has(cells[0])) fail(file, `${where}: bad header`);
      continue;
    }
    if (cells.length !== 3) fail(file, `${where}: ${cells.length} fields, expected 3`);
    const [type, mode, context] = cells;
    if (!typeNames.has(type)) fail(file, `${where}: unknown PLOVER type ${type}`);
    if (mode !== "" && !/^[a-z][a-z_-]*$/u.test(mode)) fail(file, `${where}: bad mode ${mode}`);
    const contexts = context === "" ? [] : context.split(";").map((c) => c.trim());
    for (const c of contexts) {
      if (!/^[a-z][a-z_]*$/u.test(c)) fail(file, `${where}: bad context ${JSON.stringify(c)}`);
    }
    raw.push({ code, type, mode: mode === "" ? null : mode, context: contexts, where });
  }
  // Values that only ever belong in the context column, to spot a context written as a mode.
  const contextWords = new Set(raw.flatMap((r) => r.context));
  const byCode = new Map();
  const rowKey = (r) => JSON.stringify([r.type, r.mode, r.context]);
  const firstRow = new Map();
  for (const r of raw) {
    const first = firstRow.get(r.code);
    if (first) {
      if (rowKey(first) !== rowKey(r)) {
        fail(file, `${r.where}: ${r.code} mapped twice, differently`);
      }
      fixes.push(`PLOVER ${r.code}: duplicate row dropped (${r.where})`);
      continue;
    }
    firstRow.set(r.code, r);
    let { mode, context } = r;
    if (mode !== null && contextWords.has(mode) && !modeOf(ploverTypes, r.type, mode)) {
      fixes.push(`PLOVER ${r.code}: "${mode}" moved from mode to context (a context value)`);
      context = [mode, ...context];
      mode = null;
    }
    // The table's own note (at 0813, 2021-09-17): "ease" is no longer a mode; 085 kept it.
    if (mode === "ease") {
      fixes.push(`PLOVER ${r.code}: obsolete mode "ease" dropped (the table's own 2021 note)`);
      mode = null;
    }
    byCode.set(r.code, { type: r.type, mode, context });
  }
  return byCode;
}

function modeOf(ploverTypes, type, mode) {
  return ploverTypes.find((t) => t.type === type)?.modes.find((m) => m.mode === mode);
}

/**
 * PLOVER mappings for the codes the 2021 table has no row for (those in ADDED_CODES), chosen by
 * the team from the manual's modes: 1834 like 1832–1833 (explosives); 1951 aerial and 1952 drone,
 * the manual's own modes for the two; 176 COERCE cyber; 155 MOBILIZE (no cyber mode there).
 */
const TEAM_PLOVER = {
  155: { type: "MOBILIZE", mode: null, context: ["military"] },
  176: { type: "COERCE", mode: "cyber", context: [] },
  1834: { type: "ASSAULT", mode: "explosives", context: [] },
  1951: { type: "ASSAULT", mode: "aerial", context: ["military"] },
  1952: { type: "ASSAULT", mode: "drone", context: ["military"] },
};

// ---------------------------------------------------------------------------------------------
// ACLED-style view (written by the Harbinger team; ACLED's published event types and sub-types).

const PROTEST = { type: "Protests", subtype: "Peaceful protest" };
const RIOT = { type: "Riots", subtype: "Violent demonstration" };
const INTERVENTION = { type: "Protests", subtype: "Protest with intervention" };
const ATTACK = { type: "Violence against civilians", subtype: "Attack" };
const ABDUCTION = { type: "Violence against civilians", subtype: "Abduction/forced disappearance" };
const SEXUAL = { type: "Violence against civilians", subtype: "Sexual violence" };
const CLASH = { type: "Battles", subtype: "Armed clash" };
const IED = { type: "Explosions/Remote violence", subtype: "Remote explosive/landmine/IED" };
const SUICIDE = { type: "Explosions/Remote violence", subtype: "Suicide bomb" };
const SHELLING = {
  type: "Explosions/Remote violence",
  subtype: "Shelling/artillery/missile attack",
};
const AIR = { type: "Explosions/Remote violence", subtype: "Air/drone strike" };
const CHEMICAL = { type: "Explosions/Remote violence", subtype: "Chemical weapon" };
const ARRESTS = { type: "Strategic developments", subtype: "Arrests" };
const LOOTING = { type: "Strategic developments", subtype: "Looting/property destruction" };
const OTHER = { type: "Strategic developments", subtype: "Other" };

/**
 * Looked up by the code, then its three-digit parent, then its root; `null` stops the walk.
 * Codes that reach nothing have no ACLED view.
 */
const ACLED = {
  14: PROTEST,
  145: RIOT,
  15: OTHER,
  171: LOOTING,
  1711: null,
  173: ARRESTS,
  175: INTERVENTION,
  18: ATTACK,
  181: ABDUCTION,
  1821: SEXUAL,
  183: IED,
  1831: SUICIDE,
  19: CLASH,
  191: OTHER,
  194: SHELLING,
  195: AIR,
  20: ATTACK,
  204: CHEMICAL,
  2042: SHELLING,
};

export function acledFor(code) {
  for (const key of [code, code.slice(0, 3), code.slice(0, 2)]) {
    if (key in ACLED) return ACLED[key];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The description: what the file is, where each column comes from, and every fix and decision.

function describe(count, fixList, legacy) {
  return [
    `The ${count} CAMEO event codes (20 roots, 3- and 4-digit codes) with their labels, Goldstein scores, GDELT quad class, Phoenix penta class, official PLOVER mapping and an ACLED-style view of violence and protest codes. Built by scripts/convert-cameo.mjs from the reference files named in "sources"; do not edit by hand.`,
    "code: CAMEO event code (2 digits for a root, 3 or 4 for the codes under it); root: its first two digits. label: CAMEO's label as GDELT publishes it (roots in capitals), with the fixes listed below.",
    "goldstein: GDELT's Goldstein score for CAMEO, -10 (most conflictual) to +10 (most cooperative). quad: GDELT QuadClass by root, 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). penta: Phoenix penta class by root, 0 statements (01–02), 1 verbal cooperation (03–05), 2 material cooperation (06–08), 3 verbal conflict (09–13, 16), 4 material conflict (14–15, 17–20).",
    `plover: the official CAMEO→PLOVER 2021 table (PLOVER manual draft 0.8): type, mode (null when the table gives none) and context (list, possibly empty), kept as the table gives them. Roots 01–02 have no PLOVER type (null). A root code takes the mapping of its "not specified below" code (03 as 030, 08 as 080 CONCEDE). Modes are the 2021 table's; these are not in the manual's mode list in ploverTypes and so carry no mode score: ${legacy.join(", ")}. ploverTypes: the 16 PLOVER types with the manual's conflict–cooperation score for the type and each mode.`,
    "acled: an ACLED-style view, written by the Harbinger team with ACLED's published event types and sub-types, for violence and protest codes only (null elsewhere): it says which ACLED category an event of this CAMEO code would most often fall in, not how ACLED codes any given event. Decisions: 14x protest codes (demonstrations, hunger strikes, strikes and boycotts, blockades of passage) → Protests / Peaceful protest; 145 and 1451–1454 violent protest, riot → Riots / Violent demonstration. 175 use tactics of violent repression → Protests / Protest with intervention: CAMEO 175 is force used against protest and dissent (tear gas, beatings, water cannon), which ACLED records as the protest with intervention; ACLED's Excessive force against protesters (lethal force) cannot be told apart at the code level, and Riots / Mob violence is violence by a crowd, not against it. 15x exhibit force posture (alerts, mobilising police, armed or cyber forces) → Strategic developments / Other, where ACLED puts troop movements and deployments it records. 173 arrest, detain → Strategic developments / Arrests. 171 seize or damage property and 1712 destroy property → Strategic developments / Looting/property destruction; 1711 confiscate property (an administrative seizure) and the other 17x codes (administrative sanctions, curfews, deportation, cyber attack) → null. 18x unconventional violence (180, 182, 1822 torture, 1823 killing, 184 human shields, 185–186 assassination) → Violence against civilians / Attack, since CAMEO 18 is one-sided violence, mostly against unarmed targets; 181 abduct, hijack, take hostage → Violence against civilians / Abduction/forced disappearance; 1821 sexual assault → Violence against civilians / Sexual violence; 183 bombing not specified, 1832 car, 1833 roadside and 1834 location bombing → Explosions/Remote violence / Remote explosive/landmine/IED (ACLED codes car bombs not driven by a suicide attacker as remote explosives); 1831 suicide bombing → Explosions/Remote violence / Suicide bomb. 19x fight: 190 conventional force, 192 occupy territory, 193 small arms, 196 violate ceasefire → Battles / Armed clash (for 192 a coder who knows the actors may refine this to ACLED's Government regains territory or Non-state actor overtakes territory); 191 blockade, restrict movement → Strategic developments / Other (no exchange of fire is implied); 194 artillery and tanks → Explosions/Remote violence / Shelling/artillery/missile attack (ACLED treats artillery as remote violence; tank fire in a ground engagement would be an armed clash); 195 aerial weapons and 1951 precision-guided, 1952 remotely piloted munitions → Explosions/Remote violence / Air/drone strike (ACLED has one sub-type for crewed aircraft and drones; the CAMEO code keeps the difference). 20x mass violence (200, 201 mass expulsion, 202 mass killings, 203 ethnic cleansing) → Violence against civilians / Attack; 204 WMD and 2041 chemical, biological, radiological → Explosions/Remote violence / Chemical weapon; 2042 detonate nuclear weapons → Explosions/Remote violence / Shelling/artillery/missile attack (ACLED has no nuclear sub-type; a nuclear test is not violence and should not be coded 2042 against a target). Roots take the view of their 0 code (14 as 140, 18 as 180). All other codes: null.",
    `Fixes to the sources, made by the script: ${fixList.join("; ")}.`,
    "Checked and found consistent with their rules: every TSV row's quad and penta class; every Goldstein value against GDELT's CAMEO.goldsteinscale.txt.",
  ].join(" ");
}

// ---------------------------------------------------------------------------------------------

/** `TYPE mode` pairs the table uses that the manual's mode list lacks, with their codes. */
function legacyModes(codes, ploverTypes) {
  const seen = new Map();
  for (const { code, plover } of codes) {
    if (!plover?.mode || modeOf(ploverTypes, plover.type, plover.mode)) continue;
    const key = `${plover.type} ${plover.mode}`;
    seen.set(key, [...(seen.get(key) ?? []), code]);
  }
  return [...seen].map(([key, list]) => `${key} (${list.join(", ")})`);
}

export function convert(referenceDir) {
  fixes.length = 0;
  const read = (name) => readFileSync(join(referenceDir, name), "utf8");
  const rows = readCameoTsv(read("CAMEO.eventcodes.tsv"));
  const ploverTypes = readPloverTypes(read("PLOVER.types.tsv"));
  const official = readCameoToPlover(read("CAMEO2PLOVER-2021.txt"), ploverTypes);
  const listed = new Set(rows.map((r) => r.code));
  for (const code of official.keys()) {
    if (!listed.has(code)) {
      fixes.push(
        `PLOVER ${code}: row skipped (in no CAMEO list, and no coder Harbinger uses emits it)`,
      );
    }
  }
  const ploverFor = (code) => {
    if (code < "03") return null;
    const key = code.length === 2 ? `${code}0` : code;
    const mapping = official.get(key) ?? TEAM_PLOVER[key];
    if (!mapping) throw new Error(`no PLOVER mapping for ${code}`);
    if (!official.has(key)) {
      const what = [mapping.type, mapping.mode ?? "no mode", ...mapping.context].join(", ");
      fixes.push(`PLOVER ${code}: team mapping ${what} (no row in the 2021 table)`);
    }
    return mapping;
  };
  const codes = rows.map((row) => ({
    ...row,
    plover: ploverFor(row.code),
    acled: acledFor(row.code.length === 2 ? `${row.code}0` : row.code),
  }));
  return {
    description: describe(codes.length, fixes, legacyModes(codes, ploverTypes)),
    sources: [
      "CAMEO.eventcodes.tsv, Harbinger's reference copy: CAMEO event codes (Schrodt et al., CAMEO codebook 1.1b3) with labels and Goldstein scores as GDELT publishes them (CAMEO.goldsteinscale.txt via mpiccirilli/UNDP-BCPR-Project @ 08d29bb4); quad and penta classes by GDELT's and Phoenix's root groupings.",
      "CAMEO2PLOVER-2021.txt and PLOVER.types.tsv from openeventdata/PLOVER @ 5e0c24fb, CC BY-SA 4.0: the official CAMEO→PLOVER conversion table (P. Schrodt, manual draft 0.8, 17 September 2021) and the PLOVER manual's event types, modes and conflict–cooperation scores. The plover and ploverTypes fields are an adaptation of that work and are shared under CC BY-SA 4.0.",
      "Harbinger team, 2026: label fixes, the six added codes and their PLOVER mappings, and the acled view (ACLED's published event types and sub-types; no ACLED data used).",
    ],
    codes,
    ploverTypes,
  };
}

/**
 * JSON.stringify with two-space indents, but with short lists of strings on one line, as the
 * project's formatter (Biome, 100 columns) writes them: the output needs no reformatting.
 */
export function formatJson(value) {
  return JSON.stringify(value, null, 2).replace(
    /^( *)("[^"\n]*": )?\[\n((?: *"(?:[^"\\\n]|\\.)*",?\n)+) *\]/gmu,
    (whole, indent, key = "", items) => {
      const list = items
        .split("\n")
        .filter(Boolean)
        .map((item) => item.trim().replace(/,$/u, ""));
      const line = `${indent}${key}[${list.join(", ")}]`;
      return line.length <= 100 ? line : whole;
    },
  );
}

function main(argv) {
  const [referenceDir, out = DEFAULT_OUT] = argv;
  if (!referenceDir) {
    process.stderr.write("usage: node scripts/convert-cameo.mjs REFERENCE_DIR [OUT_FILE]\n");
    process.exit(2);
  }
  const table = convert(referenceDir);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${formatJson(table)}\n`);
  for (const fix of fixes) process.stderr.write(`fixed: ${fix}\n`);
  process.stderr.write(`wrote ${table.codes.length} codes to ${out}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
