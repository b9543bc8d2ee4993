/**
 * Reads PETRARCH's validation verb dictionary (PETR.Validate.verbs.txt): synsets (`&NAME` and
 * `+member` lines), verb blocks (`--- NAME [code] ---`, verb lines with `{irregular forms}` and an
 * optional own `[code]`, multi-word verbs written `+CORDON_OFF` or `WIRE_+TAP`) and their patterns
 * (`- UPPER * LOWER [code]`). Only reading happens here; turning blocks into Harbinger patterns is
 * accuracy-validation-patterns.ts's job.
 */

export interface VerbLine {
  readonly line: number;
  /** The verb as written, upper case, `_` kept ("+CORDON_OFF", "WIRE_+TAP", "ABANDON"). */
  readonly verb: string;
  /** Forms listed in `{…}`, as written. */
  readonly forms: readonly string[];
  /** The verb's own code, else null (the block's code applies). */
  readonly code: string | null;
}

export interface PatternLine {
  readonly line: number;
  /** The pattern as written, without `- ` and the code. */
  readonly text: string;
  /** Tokens before `*`, split on blanks and `_` ("SAID", "WOULD", "&NEGSYN1", "$"). */
  readonly upper: readonly string[];
  /** Tokens after `*`. */
  readonly lower: readonly string[];
  readonly code: string;
}

export interface VerbBlock {
  readonly line: number;
  readonly name: string;
  /** The block's primary code as written ("064", "032:033", "---"). */
  readonly code: string;
  readonly verbs: VerbLine[];
  readonly patterns: PatternLine[];
}

export interface VerbDictionary {
  /** Synset members by label without a trailing `_` ("&CURRENCY" → ["DOLLARS", "AUSTRIAN FLORIN" …]). */
  readonly synsets: ReadonlyMap<string, readonly string[]>;
  readonly blocks: readonly VerbBlock[];
  /** Patterns PETRARCH itself skips: disjunctive `{…}` sets, a TABARI legacy. */
  readonly legacyPatterns: number;
}

const tokens = (text: string) => text.split(/[\s_]+/).filter((t) => t.length > 0);

/** The first `[…]` of a line, trimmed; null when there is none. */
function bracket(text: string): string | null {
  const m = /\[([^\]]*)\]/.exec(text);
  return m === null ? null : (m[1] as string).trim();
}

export function parseVerbDictionary(content: string): VerbDictionary {
  // `<!-- -->` comments may span lines: blank them but keep the line count for messages.
  const lines = content.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, "")).split("\n");
  const synsets = new Map<string, string[]>();
  const blocks: VerbBlock[] = [];
  let legacyPatterns = 0;
  let synset: string[] | null = null;
  let block: VerbBlock | null = null;
  lines.forEach((raw, i) => {
    const line = (raw.split("#")[0] as string).trim();
    if (line === "") return;
    // Member lines follow their synset label; a `+` line anywhere else is a multi-word verb.
    if (synset !== null && line.startsWith("+")) {
      synset.push(tokens(line.slice(1)).join(" "));
      return;
    }
    synset = null;
    if (line.startsWith("&")) {
      synset = [];
      synsets.set(line.split(/\s+/)[0]?.replace(/_$/, "") as string, synset);
    } else if (line.startsWith("---")) {
      const name = line.replace(/^-+/, "").replace(/\[.*$/, "").replace(/-+$/, "").trim();
      block = { line: i + 1, name, code: bracket(line) ?? "---", verbs: [], patterns: [] };
      blocks.push(block);
    } else if (line.startsWith("-")) {
      const b = block as VerbBlock | null;
      const code = /\[([^\]]*)\]\s*$/.exec(line)?.[1]?.trim();
      const body = line.slice(1).replace(/\[[^\]]*\]\s*$/, "");
      if (b === null || code === undefined || !body.includes("*")) return;
      if (body.includes("{")) {
        legacyPatterns++;
        return;
      }
      const star = body.indexOf("*");
      b.patterns.push({
        line: i + 1,
        text: body.trim(),
        upper: tokens(body.slice(0, star)),
        lower: tokens(body.slice(star + 1)),
        code,
      });
    } else {
      const b = block as VerbBlock | null;
      if (b === null) return;
      const braces = /\{([^}]*)\}/.exec(line)?.[1] ?? "";
      const verb = line
        .replace(/\{[^}]*\}/, "")
        .replace(/\[[^\]]*\]/, "")
        .trim();
      b.verbs.push({
        line: i + 1,
        verb: verb.replace(/\s+/g, " "),
        forms: braces.split(/\s+/).filter((f) => f.length > 0),
        code: bracket(line.replace(/\{[^}]*\}/, "")),
      });
    }
  });
  return { synsets, blocks, legacyPatterns };
}
