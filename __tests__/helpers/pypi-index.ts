// A real PEP 503 "simple" package index on 127.0.0.1, serving the wheels in one or more
// directories, so installs exercise index_url / extra_index_url / trusted_host for real.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './cli.js';

export const FIXTURE_CACHE = join(REPO, '__tests__', '.fixture-cache');
/** Real wheels fetched once by scripts/ci-fixtures.sh (uv). */
export const CACHED_WHEELS = join(FIXTURE_CACHE, 'wheels');

const normalize = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');
const projectOf = (wheel: string) => normalize(wheel.split('-')[0]!);

export interface PackageIndex {
  url: string;
  host: string;
  requests: string[];
  close(): Promise<void>;
}

export interface IndexOptions {
  /** Require HTTP basic auth with these credentials (401 otherwise). */
  auth?: { user: string; password: string };
}

export async function startIndex(dirs: string[], opts: IndexOptions = {}): Promise<PackageIndex> {
  const requests: string[] = [];
  const expected = opts.auth ? `Basic ${Buffer.from(`${opts.auth.user}:${opts.auth.password}`).toString('base64')}` : '';
  const files = () => {
    const all = new Map<string, string>();
    for (const d of dirs) if (existsSync(d)) for (const f of readdirSync(d)) if (f.endsWith('.whl')) all.set(f, join(d, f));
    return all;
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    if (expected && req.headers.authorization !== expected) {
      res.statusCode = 401;
      res.setHeader('www-authenticate', 'Basic realm="swrt-tests"');
      res.end('unauthorized');
      return;
    }
    const all = files();
    if (url === '/simple/' || url === '/simple') {
      const names = [...new Set([...all.keys()].map(projectOf))];
      res.end(`<html><body>${names.map((n) => `<a href="/simple/${n}/">${n}</a>`).join('\n')}</body></html>`);
      return;
    }
    const m = /^\/simple\/([^/]+)\/?$/.exec(url);
    if (m) {
      const links = [...all.entries()].filter(([f]) => projectOf(f) === normalize(m[1]!));
      if (!links.length) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      const body = links.map(([f, p]) => `<a href="/files/${f}#sha256=${createHash('sha256').update(readFileSync(p)).digest('hex')}">${f}</a>`).join('\n');
      res.setHeader('content-type', 'text/html');
      res.end(`<html><body>${body}</body></html>`);
      return;
    }
    const f = /^\/files\/([^/?#]+)/.exec(url);
    if (f && all.has(decodeURIComponent(f[1]!))) {
      res.setHeader('content-type', 'application/octet-stream');
      res.end(readFileSync(all.get(decodeURIComponent(f[1]!))!));
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/simple`,
    host: '127.0.0.1',
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** Builds a tiny wheel into `dir` and returns its path. */
export function makeWheel(dir: string, name: string, version: string, requires: string[] = []): string {
  mkdirSync(dir, { recursive: true });
  return execFileSync('python3', [join(REPO, '__tests__', 'helpers', 'make_wheel.py'), dir, name, version, ...requires], { encoding: 'utf8' }).trim();
}

export const hasUvWheel = () => existsSync(CACHED_WHEELS) && readdirSync(CACHED_WHEELS).some((f) => f.startsWith('uv-'));

/**
 * The real pip and setuptools wheels CPython 3.11 bundles for ensurepip (the setuptools has
 * pkg_resources, which starwhale imports and restore installs with it when an env has none).
 */
export const ENSUREPIP_WHEELS = ((): string => {
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  const v = existsSync(versions) ? readdirSync(versions).find((n) => /^3\.11\.\d+$/.test(n)) : undefined;
  return join(versions, v ?? '3.11.7', 'lib', 'python3.11', 'ensurepip', '_bundled');
})();
