// A real OCI registry for the image tests: Debian's docker-registry (distribution v2) on 127.0.0.1
// with htpasswd auth, behind a small proxy that records every request and can break an upload
// mid-body; plus a tiny base image (busybox and the C libraries this machine's Python links to),
// made with umoci and pushed with skopeo.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const TOOLS = ['docker-registry', 'skopeo', 'umoci', 'htpasswd', 'busybox'];
export const missingTools = () => TOOLS.filter((t) => !['/usr/bin', '/usr/sbin', '/bin'].some((d) => existsSync(join(d, t))));

export interface Recorded {
  method: string;
  path: string;
  status: number;
  bytes: number;
}

export interface TestRegistry {
  /** host:port of the proxy (what swrt talks to). */
  host: string;
  /** host:port of the registry itself, for skopeo: a synchronous child would block the proxy, which runs in the test's own process. */
  direct: string;
  user: string;
  password: string;
  requests: Recorded[];
  /** Breaks the next `n` PATCH requests after part of their body arrived. */
  breakPatches(n: number): void;
  /** Rewrites the Location of new upload sessions to another origin (undefined: leave them). */
  sendUploadsTo(origin: string | undefined): void;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

async function waitFor(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${log()}`);
    const ok = await new Promise<boolean>((r) => {
      const req = request(url, (res) => {
        res.resume();
        r(true);
      });
      req.on('error', () => r(false));
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer: ${log()}`);
}

/**
 * `tokenAuth`: the proxy asks for the Docker token flow (a 401 with `Bearer realm,service,scope`,
 * a token from its /token endpoint for Basic credentials, scoped per repository and action) and
 * talks Basic to the registry behind. A stand-in for a token server: docker-registry's own token
 * auth needs JWTs signed by a certificate chain the test would have to mint.
 */
export async function startRegistry(opts: { tokenAuth?: boolean } = {}): Promise<TestRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-registry-'));
  const user = 'pusher';
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', user, password], { encoding: 'utf8' }));
  const port = await freePort();
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: warn}',
      `storage: {filesystem: {rootdirectory: ${join(dir, 'data')}}, delete: {enabled: true}}`,
      `http: {addr: 127.0.0.1:${port}}`,
      `auth: {htpasswd: {realm: swrt-test, path: ${join(dir, 'htpasswd')}}}`,
      '',
    ].join('\n'),
  );
  let out = '';
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-4000)));
  child.stderr!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-4000)));
  await waitFor(`http://127.0.0.1:${port}/v2/`, child, () => out);

  const requests: Recorded[] = [];
  let toBreak = 0;
  let uploadsTo: string | undefined;
  const tokens = new Map<string, Set<string>>();
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const proxy: Server = createServer((req, res) => {
    const rec: Recorded = { method: req.method!, path: req.url!, status: 0, bytes: 0 };
    requests.push(rec);
    if (opts.tokenAuth && !gate(req, res, rec)) return;
    const breakIt = req.method === 'PATCH' && toBreak > 0;
    if (breakIt) toBreak--;
    const up = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      rec.status = r.statusCode ?? 0;
      if (uploadsTo && req.method === 'POST' && r.headers.location) r.headers.location = `${uploadsTo}${new URL(r.headers.location, 'http://x').pathname}`;
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.on('data', (c: Buffer) => {
      rec.bytes += c.length;
      // Half the body through, the connection drops: the registry's session is left half-written.
      if (breakIt && rec.bytes > 1024) {
        up.destroy();
        req.socket.destroy();
      }
    });
    req.pipe(up);
  });
  /** The token flow in front of the registry: false when the request was answered here. */
  const gate = (req: IncomingMessage, res: ServerResponse, rec: Recorded): boolean => {
    const url = new URL(req.url!, 'http://x');
    const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
      rec.status = status;
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(body);
      return false;
    };
    if (url.pathname === '/token') {
      if (req.headers.authorization !== basic) return reply(401, '{"errors":[{"code":"UNAUTHORIZED"}]}');
      const token = `tok-${Math.random().toString(36).slice(2)}`;
      tokens.set(token, new Set(url.searchParams.getAll('scope').flatMap((sc) => {
        const [kind, repo, actions] = sc.split(':');
        return kind === 'repository' && repo && actions ? actions.split(',').map((a) => `${repo}:${a}`) : [];
      })));
      return reply(200, JSON.stringify({ token, expires_in: 300 }));
    }
    const repo = /^\/v2\/(.+?)\/(?:blobs|manifests|tags)\//.exec(url.pathname)?.[1];
    const need = ['GET', 'HEAD'].includes(req.method!) ? 'pull' : 'push';
    const granted = tokens.get(String(req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!granted || (repo !== undefined && !granted.has(`${repo}:${need}`))) {
      const scope = repo === undefined ? '' : `,scope="repository:${repo}:${need === 'pull' ? 'pull' : 'pull,push'}"`;
      return reply(401, '{"errors":[{"code":"UNAUTHORIZED"}]}', { 'WWW-Authenticate': `Bearer realm="http://${host}/token",service="swrt-test"${scope}` });
    }
    req.headers.authorization = basic;
    return true;
  };
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  const host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  return {
    host,
    direct: `127.0.0.1:${port}`,
    user,
    password,
    requests,
    breakPatches: (n) => (toBreak = n),
    sendUploadsTo: (origin) => (uploadsTo = origin),
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((r) => proxy.close(r));
      child.kill();
    },
  };
}

/** The shared libraries `files` need (ldd), resolved. */
function sharedLibs(files: string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    let text = '';
    try {
      text = execFileSync('ldd', [f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue; // not dynamic
    }
    for (const m of text.matchAll(/(?:=>\s*)?(\/\S+)\s+\(0x/g)) if (!m[1]!.includes('/.pyenv/')) out.add(m[1]!);
  }
  return [...out].sort();
}

/**
 * A base image in an OCI layout: busybox as /bin/sh and friends, and the C libraries (glibc, ssl,
 * ffi, ...) that `pythonPrefix`'s interpreter and extension modules load, at this machine's paths.
 * Pushed with skopeo to `ref` on the test registry.
 */
export function pushBaseImage(reg: TestRegistry, ref: string, pythonPrefix: string, minor: string): void {
  const work = mkdtempSync(join(tmpdir(), 'swrt-base-'));
  const layout = join(work, 'layout');
  execFileSync('umoci', ['init', '--layout', layout]);
  execFileSync('umoci', ['new', '--image', `${layout}:base`]);
  const bundle = join(work, 'bundle');
  execFileSync('umoci', ['unpack', '--image', `${layout}:base`, bundle]);
  const rootfs = join(bundle, 'rootfs');
  mkdirSync(join(rootfs, 'bin'), { recursive: true });
  copyFileSync('/bin/busybox', join(rootfs, 'bin', 'busybox'));
  chmodSync(join(rootfs, 'bin', 'busybox'), 0o755);
  for (const t of ['sh', 'ls', 'cat', 'env']) symlinkSync('busybox', join(rootfs, 'bin', t));
  const dynload = join(pythonPrefix, 'lib', `python${minor}`, 'lib-dynload');
  const elves = ['/bin/busybox', join(pythonPrefix, 'bin', `python${minor}`), ...readdirSync(dynload).filter((f) => f.endsWith('.so')).map((f) => join(dynload, f))];
  for (const lib of sharedLibs(elves)) {
    const to = join(rootfs, lib);
    mkdirSync(dirname(to), { recursive: true });
    if (!existsSync(to)) copyFileSync(realpathSync(lib), to);
  }
  mkdirSync(join(rootfs, 'tmp'), { recursive: true });
  execFileSync('umoci', ['repack', '--image', `${layout}:base`, bundle]);
  execFileSync('umoci', ['config', '--image', `${layout}:base`, '--config.env', 'PATH=/usr/local/bin:/usr/bin:/bin', '--config.env', 'BASE_MARK=1']);
  execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', '--dest-creds', `${reg.user}:${reg.password}`, `oci:${layout}:base`, `docker://${reg.direct}/${ref}`]);
}

/** skopeo against the test registry, JSON out. */
export function skopeo(reg: TestRegistry, args: string[]): string {
  return execFileSync('skopeo', [...args.slice(0, 1), '--tls-verify=false', '--creds', `${reg.user}:${reg.password}`, ...args.slice(1)], { encoding: 'utf8' });
}
