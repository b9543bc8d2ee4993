/**
 * The CAMEO event table (`data/cameo/event-codes.json`): its schema, the checks that tie its
 * rows together, and the typed lookup the coder uses. A code the table does not list is an
 * error, never a fallback: a silent "nearest code" would put wrong events in the output.
 */

import { z } from "zod";
import { HarbingerError } from "../errors.js";
import { type PentaClass, pentaClassOf, type QuadClass, quadClassOf } from "./cameo-classes.js";
import {
  ACLED_TYPES,
  type AcledType,
  isAcledSubtype,
  PLOVER_TYPES,
  type PloverType,
} from "./vocabularies.js";

/** A lower-case PLOVER mode or context word ("troops", "heavy-weapons", "human_rights"). */
const Word = z.string().regex(/^[a-z][a-z_-]*$/, "lower-case word");

const PloverMappingSchema = z.strictObject({
  type: z.enum(PLOVER_TYPES),
  mode: Word.nullable(),
  context: z.array(Word),
});

const AcledViewSchema = z
  .strictObject({ type: z.enum(ACLED_TYPES), subtype: z.string() })
  .refine((v) => isAcledSubtype(v.type, v.subtype), { message: "not a sub-type of this type" });

const CodeSchema = z.strictObject({
  code: z.string().regex(/^\d{2,4}$/, "2 to 4 digits"),
  label: z
    .string()
    .min(1)
    .refine((s) => s === s.trim() && !/\s{2}/.test(s), "a trimmed label"),
  root: z.string().regex(/^\d{2}$/, "2 digits"),
  goldstein: z.number().min(-10).max(10),
  quad: z.int().min(1).max(4),
  penta: z.int().min(0).max(4),
  plover: PloverMappingSchema.nullable(),
  acled: AcledViewSchema.nullable(),
});

const PloverTypeSchema = z.strictObject({
  type: z.enum(PLOVER_TYPES),
  score: z.number().min(-10).max(10),
  modes: z.array(z.strictObject({ mode: Word, score: z.number().min(-10).max(10) })),
});

type CodeRow = z.infer<typeof CodeSchema>;
type PloverTypeRow = z.infer<typeof PloverTypeSchema>;

/** The rules that relate rows to each other, which a per-row schema cannot see. */
function checkRows(
  codes: readonly CodeRow[],
  ploverTypes: readonly PloverTypeRow[],
  ctx: z.RefinementCtx,
): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });

  const listedTypes = new Set<string>();
  ploverTypes.forEach((t, i) => {
    if (listedTypes.has(t.type)) issue(["ploverTypes", i], `${t.type} listed twice`);
    listedTypes.add(t.type);
    const modes = t.modes.map((m) => m.mode);
    if (new Set(modes).size !== modes.length) issue(["ploverTypes", i], "duplicate modes");
  });
  for (const type of PLOVER_TYPES) {
    if (!listedTypes.has(type)) issue(["ploverTypes"], `${type} missing`);
  }

  const listed = new Set<string>();
  codes.forEach((c, i) => {
    if (listed.has(c.code)) issue(["codes", i, "code"], `duplicate code ${c.code}`);
    listed.add(c.code);
  });
  codes.forEach((c, i) => {
    const at = (field: string) => ["codes", i, field];
    if (c.root !== c.code.slice(0, 2)) {
      issue(at("root"), `${c.code}: root ${c.root} is not its first two digits`);
    }
    const root = c.code.slice(0, 2);
    const quad = quadClassOf(root);
    const penta = pentaClassOf(root);
    if (quad === null || penta === null) {
      issue(at("code"), `${c.code}: root ${root} is not a CAMEO root (01–20)`);
      return;
    }
    if (!listed.has(root)) issue(at("root"), `${c.code}: root ${root} is not listed`);
    if (c.code.length === 4 && !listed.has(c.code.slice(0, 3))) {
      issue(at("code"), `${c.code}: parent ${c.code.slice(0, 3)} is not listed`);
    }
    if (c.quad !== quad) issue(at("quad"), `${c.code}: quad ${c.quad}, root ${root} has ${quad}`);
    if (c.penta !== penta) {
      issue(at("penta"), `${c.code}: penta ${c.penta}, root ${root} has ${penta}`);
    }
    // PLOVER has no type for statements and appeals (roots 01–02) and one for every other root;
    // a gap elsewhere means a mapping was lost in conversion.
    if (penta === 0 && c.plover !== null) issue(at("plover"), `${c.code}: roots 01–02 have none`);
    if (penta !== 0 && c.plover === null) issue(at("plover"), `${c.code}: PLOVER mapping missing`);
    if (c.plover && !listedTypes.has(c.plover.type)) {
      issue(at("plover"), `${c.code}: PLOVER type ${c.plover.type} is not in ploverTypes`);
    }
  });
}

export const CameoFileSchema = z
  .strictObject({
    description: z.string().min(1),
    sources: z.array(z.string().min(1)).min(1),
    codes: z.array(CodeSchema).min(1),
    ploverTypes: z.array(PloverTypeSchema),
  })
  .superRefine((file, ctx) => checkRows(file.codes, file.ploverTypes, ctx));

export interface PloverMapping {
  readonly type: PloverType;
  /** The PLOVER mode the 2021 conversion table gives, or null. */
  readonly mode: string | null;
  /** PLOVER context values ("military", "economic" …), possibly none. */
  readonly context: readonly string[];
}

export interface AcledView {
  readonly type: AcledType;
  readonly subtype: string;
}

export interface CameoEvent {
  /** "0874": two digits for a root, three or four below it. */
  readonly code: string;
  readonly label: string;
  /** The root code, the first two digits ("08"). */
  readonly root: string;
  /** Goldstein score, -10 (most conflictual) to +10 (most cooperative). */
  readonly goldstein: number;
  readonly quad: QuadClass;
  readonly penta: PentaClass;
  /** The PLOVER event type, mode and context; null for roots 01–02. */
  readonly plover: PloverMapping | null;
  /** The ACLED-style view of violence and protest codes; null for all others. */
  readonly acled: AcledView | null;
}

export interface PloverTypeInfo {
  readonly type: PloverType;
  readonly score: number;
  readonly modes: readonly { readonly mode: string; readonly score: number }[];
}

export interface CameoTable {
  /** The event for `code`; throws an E_DATA HarbingerError naming the code if it is not listed. */
  get(code: string): CameoEvent;
  has(code: string): boolean;
  /** The root event of `code` ("0874" → "08 YIELD"); throws like `get` for an unlisted code. */
  root(code: string): CameoEvent;
  /** Every listed code, in CAMEO order. */
  codes(): readonly string[];
  /** The PLOVER types with their conflict–cooperation scores and modes. */
  ploverTypes(): readonly PloverTypeInfo[];
}

function toEvent(row: CodeRow): CameoEvent {
  // Validation has already tied quad and penta to the root; recomputing gives the narrow types.
  const quad = quadClassOf(row.root);
  const penta = pentaClassOf(row.root);
  if (quad === null || penta === null) throw new Error(`unchecked root ${row.root}`);
  return Object.freeze({ ...row, quad, penta });
}

export function parseCameoTable(raw: unknown, name = "data/cameo/event-codes.json"): CameoTable {
  const parsed = CameoFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  }
  const byCode = new Map(parsed.data.codes.map((row) => [row.code, toEvent(row)]));
  const order = Object.freeze([...byCode.keys()].sort());
  const ploverTypes = Object.freeze(parsed.data.ploverTypes);

  const get = (code: string): CameoEvent => {
    const event = byCode.get(code);
    if (!event) {
      throw new HarbingerError("E_DATA", name, `unknown CAMEO event code ${JSON.stringify(code)}`);
    }
    return event;
  };

  return {
    get,
    has: (code) => byCode.has(code),
    root: (code) => get(get(code).root),
    codes: () => order,
    ploverTypes: () => ploverTypes,
  };
}
