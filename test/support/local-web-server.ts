/**
 * A local HTTP server on 127.0.0.1 for ingestion tests: serves the fixture pages and feeds
 * under test/fixtures/web, plus routes a test defines, and records every request it sees.
 * No test reaches the internet.
 */

import { readFile } from "node:fs/promises";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

export const WEB_FIXTURES = path.resolve(import.meta.dirname, "../fixtures/web");

export type Route = (request: http.IncomingMessage, response: http.ServerResponse) => void;

export interface SeenRequest {
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface LocalWebServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  readonly requests: SeenRequest[];
  /** Requests seen for one path. */
  hits(path: string): number;
  /** Adds or replaces the handler of one path (query string excluded). */
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".xml": "application/rss+xml",
  ".json": "application/feed+json",
  ".opml": "text/x-opml",
  ".txt": "text/plain; charset=utf-8",
};

// Atom fixtures are served as Atom, the rest of the XML as RSS.
function typeOf(file: string): string | undefined {
  if (file.endsWith("atom.xml")) return "application/atom+xml";
  return TYPES[path.extname(file)];
}

async function serveFixture(pathname: string, response: http.ServerResponse): Promise<void> {
  const file = path.normalize(path.join(WEB_FIXTURES, decodeURIComponent(pathname)));
  const type = typeOf(file);
  if (!file.startsWith(WEB_FIXTURES) || type === undefined) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  try {
    const body = await readFile(file);
    response.writeHead(200, { "content-type": type, "content-length": body.length }).end(body);
  } catch {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}

export async function startLocalWebServer(
  routes: Record<string, Route> = {},
): Promise<LocalWebServer> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
    requests.push({ path: pathname, headers: request.headers });
    const handler = table.get(pathname);
    if (handler !== undefined) handler(request, response);
    else void serveFixture(pathname, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    hits: (pathname) => requests.filter((seen) => seen.path === pathname).length,
    route: (pathname, handler) => {
      table.set(pathname, handler);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A clock whose sleeps return at once and are recorded; time moves only by sleeping. */
export function fakeClock(start = 1_700_000_000_000) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      if (ms > 0) {
        sleeps.push(ms);
        now += ms;
      }
    },
  };
}
