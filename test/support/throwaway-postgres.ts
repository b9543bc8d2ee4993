/**
 * A throw-away PostgreSQL server for the store tests and benchmarks: a fresh cluster in a
 * temporary folder, on a free local port, with trust authentication and fsync off, removed
 * when stopped. PostgreSQL refuses to run as root, so under root (as in CI containers) the
 * server runs as the `postgres` user (or `nobody` where there is none), which owns the folder.
 */

import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

export interface ThrowawayPostgres {
  /** A connection URL for a database of this server (`postgres` by default). */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): string;
  stop(): void;
}

export const SKIP_PG_HINT =
  "install PostgreSQL's server (Debian: apt-get install postgresql), point HARBINGER_PG_BIN at " +
  "its bin folder, or set HARBINGER_SKIP_PG=1 to skip the PostgreSQL tests";

/** Whether the environment asked to leave PostgreSQL out. */
export function skipPostgres(): boolean {
  return process.env.HARBINGER_SKIP_PG === "1";
}

export function findPostgresBin(): string {
  const fromEnv = process.env.HARBINGER_PG_BIN;
  if (fromEnv !== undefined && fs.existsSync(path.join(fromEnv, "initdb"))) return fromEnv;
  const debian = "/usr/lib/postgresql";
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((v) => fs.existsSync(path.join(debian, v, "bin", "initdb")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return path.join(debian, versions[0], "bin");
  }
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir !== "" && fs.existsSync(path.join(dir, "initdb"))) return dir;
  }
  throw new Error(`PostgreSQL server binaries (initdb, pg_ctl) not found: ${SKIP_PG_HINT}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The user the server runs as: ourselves, or an unprivileged account when we are root. */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const id = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (id.status === 0 && gid.status === 0) {
      return { name, uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
    }
  }
  throw new Error(`running as root and no unprivileged user to run PostgreSQL: ${SKIP_PG_HINT}`);
}

export interface ThrowawayOptions {
  /** Keep fsync on, as a real server runs (benchmarks); tests turn it off for speed. */
  readonly durable?: boolean;
}

export async function startThrowawayPostgres(
  options: ThrowawayOptions = {},
): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  const user = serverUser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "harbinger-pg-"));
  if (user !== null) fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const run = (tool: string, args: string[]) => {
    const [command, ...rest] =
      user === null
        ? [path.join(bin, tool), ...args]
        : ["runuser", "-u", user.name, "--", path.join(bin, tool), ...args];
    const result = spawnSync(command as string, rest, { encoding: "utf8", cwd: dir });
    if (result.status !== 0) {
      const log = fs.existsSync(path.join(dir, "log"))
        ? fs.readFileSync(path.join(dir, "log"))
        : "";
      throw new Error(
        `${tool} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}\n${log}\n${SKIP_PG_HINT}`,
      );
    }
  };
  const port = await freePort();
  let started = false;
  const stop = () => {
    if (started) {
      started = false;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // Already gone; the folder is removed below either way.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "-N"]);
    const fast = options.durable === true ? "" : " -c fsync=off -c full_page_writes=off";
    const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${fast}`;
    run("pg_ctl", [
      "-D",
      data,
      "-l",
      path.join(dir, "log"),
      "-w",
      "-t",
      "60",
      "-o",
      settings,
      "start",
    ]);
    started = true;
  } catch (error) {
    stop();
    throw error;
  }
  const url = (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase(name) {
      const psql = path.join(bin, "psql");
      execFileSync(psql, [url(), "-q", "-v", "ON_ERROR_STOP=1", "-c", `create database "${name}"`]);
      return url(name);
    },
    stop,
  };
}
