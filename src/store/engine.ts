/**
 * Which database engine a store location names: a `postgres://` or `postgresql://` URL is a
 * PostgreSQL server, anything else a SQLite file. `--db` wins over `HARBINGER_DB`, which wins
 * over `./harbinger.db`.
 */

export type Engine = "sqlite" | "postgres";

export const DEFAULT_DB = "./harbinger.db";

export function engineOf(location: string): Engine {
  return /^postgres(ql)?:\/\//i.test(location) ? "postgres" : "sqlite";
}

export function storeLocation(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const fromEnv = env.HARBINGER_DB;
  if (flag !== undefined && flag !== "") return flag;
  return fromEnv !== undefined && fromEnv !== "" ? fromEnv : DEFAULT_DB;
}

/** A location fit for messages: a PostgreSQL URL without its password. */
export function displayLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, "$1:***@");
}
