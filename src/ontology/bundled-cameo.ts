/**
 * The CAMEO event table that ships with Harbinger, imported as a JSON module so that bundlers
 * inline it and the core needs no file system. Validated once, on first use.
 */

import raw from "../../data/cameo/event-codes.json" with { type: "json" };
import { type CameoTable, parseCameoTable } from "./cameo-table.js";

let bundled: CameoTable | null = null;

export function cameoTable(): CameoTable {
  bundled ??= parseCameoTable(raw, "data/cameo/event-codes.json");
  return bundled;
}
