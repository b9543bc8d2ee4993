/**
 * The ingestion benchmark's web server, run in a child process so that serving pages does
 * not compete with extraction and coding for the benchmark's own thread. Serves the files of
 * one folder on 127.0.0.1 and prints its origin on stdout.
 */

import { readFile } from "node:fs/promises";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";

const folder = path.resolve(process.argv[2] ?? ".");

const server = http.createServer((request, response) => {
  const pathname = new URL(request.url ?? "/", "http://localhost").pathname;
  const file = path.join(folder, path.normalize(pathname));
  const type = file.endsWith(".xml") ? "application/rss+xml" : "text/html; charset=utf-8";
  readFile(file).then(
    (body) => response.writeHead(200, { "content-type": type }).end(body),
    () => response.writeHead(404).end(),
  );
});

server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`http://127.0.0.1:${port}\n`);
});
