/**
 * Checks shared by the dictionary tests: repeated values, and names (with aliases) that two
 * entries claim, compared case-insensitively.
 */

/** The values that occur more than once. */
export function repeated(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** "name: first code / second code" for every name two entries share. */
export function nameClashes(
  entries: readonly {
    readonly code: string;
    readonly name: string;
    readonly aliases: readonly string[];
  }[],
): string[] {
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const entry of entries) {
    for (const name of new Set([entry.name, ...entry.aliases].map((s) => s.toLowerCase()))) {
      const other = owner.get(name);
      if (other !== undefined) clashes.push(`${name}: ${other} / ${entry.code}`);
      else owner.set(name, entry.code);
    }
  }
  return clashes;
}
