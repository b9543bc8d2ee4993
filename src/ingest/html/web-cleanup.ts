/**
 * The word lists of text cleanup, loaded from `data/ingest/web-cleanup.json` and validated at
 * load: wire services with their credit aliases, and the patterns of boilerplate paragraphs.
 */

import { z } from "zod";
import raw from "../../../data/ingest/web-cleanup.json" with { type: "json" };
import { HarbingerError } from "../../errors.js";

const compiles = (source: string): boolean => {
  try {
    new RegExp(source, "iu");
    return true;
  } catch {
    return false;
  }
};

export const WebCleanupSchema = z.strictObject({
  description: z.string(),
  maxBoilerplateChars: z.number().int().positive(),
  wireServices: z
    .array(z.strictObject({ name: z.string().min(1), aliases: z.array(z.string().min(2)).min(1) }))
    .min(1),
  boilerplateLines: z.array(
    z.string().refine(compiles, { message: "not a valid regular expression" }),
  ),
});

export interface WebCleanup {
  /** Every alias (and name) of a wire service, mapped to the service's name. */
  readonly wireAliases: ReadonlyMap<string, string>;
  readonly boilerplate: readonly RegExp[];
  readonly maxBoilerplateChars: number;
}

export function parseWebCleanup(data: unknown, name = "data/ingest/web-cleanup.json"): WebCleanup {
  const parsed = WebCleanupSchema.safeParse(data);
  if (!parsed.success) throw new HarbingerError("E_DATA", name, z.prettifyError(parsed.error));
  const wireAliases = new Map<string, string>();
  for (const service of parsed.data.wireServices) {
    for (const alias of [service.name, ...service.aliases]) {
      const known = wireAliases.get(alias);
      if (known !== undefined && known !== service.name) {
        throw new HarbingerError(
          "E_DATA",
          name,
          `"${alias}" names both ${known} and ${service.name}`,
        );
      }
      wireAliases.set(alias, service.name);
      wireAliases.set(alias.replace(/^The /, ""), service.name);
    }
  }
  return {
    wireAliases,
    boilerplate: parsed.data.boilerplateLines.map((source) => new RegExp(source, "iu")),
    maxBoilerplateChars: parsed.data.maxBoilerplateChars,
  };
}

/** The bundled lists, parsed once. */
export const WEB_CLEANUP: WebCleanup = parseWebCleanup(raw);
