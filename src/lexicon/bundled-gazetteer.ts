/**
 * The gazetteer index that `npm run build` writes (dist/data/gazetteer.json), loaded as a JSON
 * module: no file-system API, so the core stays pure and bundlers can ship it. Running from the
 * compiled package it sits beside the compiled code; running the TypeScript sources (tests), it
 * is read from the build output. Loaded once; a missing or stale index is a clear error.
 */

import { HarbingerError } from "../errors.js";
import { type Gazetteer, loadGazetteer } from "./gazetteer.js";

/** Where the index is, relative to this module: compiled (dist/src/lexicon) or source (src/lexicon). */
const CANDIDATES = ["../../data/gazetteer.json", "../../dist/data/gazetteer.json"];

let bundled: Promise<Gazetteer> | null = null;

export function bundledGazetteer(): Promise<Gazetteer> {
  bundled ??= load();
  return bundled;
}

async function load(): Promise<Gazetteer> {
  for (const candidate of CANDIDATES) {
    const url = new URL(candidate, import.meta.url).href;
    let data: unknown;
    try {
      data = (await import(url, { with: { type: "json" } })).default;
    } catch (error) {
      if (isNotFound(error)) continue;
      throw error;
    }
    return loadGazetteer(data, url);
  }
  bundled = null;
  throw new HarbingerError(
    "E_DATA",
    "gazetteer.json",
    "the gazetteer index is missing: build it with npm run build",
  );
}

function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ERR_MODULE_NOT_FOUND" || code === "ENOENT";
}
