/**
 * Reads a TABARI / PETRARCH actor dictionary (PETR.Validate.actors.txt): entries `NAME_ [CODE]`,
 * synonym lines `+SYNONYM_`, code blocks on indented lines (`[HOBGOV 19950601 - 19990815]`),
 * `#` comments and `<!-- -->` blocks. Only reading happens here; turning entries into Harbinger
 * actors is accuracy-fictional-actors.ts's job.
 */

export interface TabariCode {
  /** The code as written, upper-cased; the first of alternatives ("ELR/GAL" → "ELR"). */
  readonly code: string;
  /** True for a date-restricted code (`< 950601`, `> 990816`, `A - B`). */
  readonly dated: boolean;
}

export interface TabariActor {
  readonly line: number;
  /** The entry's name first, then its synonyms, as written ("MINAS_TIRITH"). */
  readonly names: string[];
  readonly codes: TabariCode[];
}

function codesIn(text: string): TabariCode[] {
  return [...text.matchAll(/\[([^\]]*)\]/g)].map((m) => {
    const [code = "", ...rest] = (m[1] as string).trim().split(/\s+/);
    return {
      code: (code.split("/")[0] as string).toUpperCase(),
      dated: rest.join("").length > 0,
    };
  });
}

export function parseTabariActors(content: string): TabariActor[] {
  const actors: TabariActor[] = [];
  // `<! --` occurs too: TABARI files were edited by hand.
  const lines = content.replace(/<!\s*--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")).split("\n");
  let current: TabariActor | null = null;
  lines.forEach((raw, i) => {
    const line = (raw.split("#")[0] as string).replace(/\r$/, "");
    if (line.trim() === "") return;
    // Indented lines and bare brackets carry the current entry's codes.
    if (/^[\s[]/.test(line)) {
      current?.codes.push(...codesIn(line));
      return;
    }
    const bracket = line.indexOf("[");
    const name = (bracket < 0 ? line : line.slice(0, bracket)).trim();
    if (line.startsWith("+")) {
      if (name.length > 1) current?.names.push(name.slice(1).trim());
      return;
    }
    current = { line: i + 1, names: [name], codes: codesIn(line) };
    actors.push(current);
  });
  return actors;
}
