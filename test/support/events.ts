/** Test helper: a document's events as sorted "SOURCE CODE TARGET [MODE]" strings. */

import type { Doc } from "../../src/model/doc.js";

export function describeEvents(doc: Doc): string[] {
  const code = (m: number | null) => (m === null ? "-" : (doc.mentions[m]?.code ?? "-"));
  return doc.events
    .map(
      (e) =>
        `${code(e.source)} ${e.code} ${code(e.target)}${e.mode === "asserted" ? "" : ` ${e.mode}`}`,
    )
    .sort();
}
