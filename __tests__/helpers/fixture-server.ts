// A static file server on 127.0.0.1 for download fixtures (python-build-standalone, NVIDIA redist,
// anything fetched through a *-mirror URL). It URL-decodes paths (`%2B` and `+` both work), records
// every request, and can be told to misbehave per path: a status code, or a truncated body.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

export type Fault = { status: number } | { truncate: number };

export interface FixtureServer {
  url: string;
  requests: string[];
  /** Makes requests whose decoded path ends with `suffix` fail this way (until cleared). */
  fault(suffix: string, f: Fault | undefined): void;
  close(): Promise<void>;
}

export async function startFixtureServer(root: string): Promise<FixtureServer> {
  const requests: string[] = [];
  const faults = new Map<string, Fault>();
  const server: Server = createServer((req, res) => {
    const raw = (req.url ?? '/').split('?')[0]!;
    const path = decodeURIComponent(raw);
    requests.push(path);
    const fault = [...faults.entries()].find(([s]) => path.endsWith(s))?.[1];
    if (fault && 'status' in fault) {
      res.statusCode = fault.status;
      res.end(`fault ${fault.status}`);
      return;
    }
    const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    const body = readFileSync(file);
    res.setHeader('content-type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    if (fault && 'truncate' in fault) {
      // Announce the full length, send part of it, then drop the connection.
      res.setHeader('content-length', String(body.length));
      res.flushHeaders();
      res.write(body.subarray(0, fault.truncate), () => setTimeout(() => res.socket?.destroy(), 20));
      return;
    }
    res.setHeader('content-length', String(body.length));
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fault: (suffix, f) => (f ? faults.set(suffix, f) : faults.delete(suffix)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
