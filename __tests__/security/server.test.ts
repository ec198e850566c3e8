// A server is input: hostile Starwhale servers on 127.0.0.1 (crafted names and versions, wrong JSON
// types, a catch-all 200, stalled, reset and endless replies, echoed tokens, the wrong bundle,
// self-signed TLS) and what the client must do: refuse in one line, naming the instance, and leave
// nothing behind.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { resolveAuth } from '../../src/remote/auth.js';
import { StarwhaleClient, type ClientOptions } from '../../src/remote/client.js';
import { downloadRuntime, uploadRuntime, type DownloadRequest } from '../../src/remote/copy.js';
import { parseRemoteUri } from '../../src/remote/uri.js';
import { connectStarwhale } from '../../src/remote/connect.js';
import { parseRestoreFrom } from '../../src/github/restore-from.js';
import { LocalStore } from '../../src/store/store.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { REPO } from '../helpers/cli.js';
import { StarwhaleServer } from '../helpers/starwhale-server.js';
import { fakeVersion, makeSwrt } from '../remote/bundles.js';
import { sentinelTree, snapshot } from './sentinel.js';

const V = fakeVersion('sec');
const V2 = fakeVersion('sec-other');
let swrt: string;
let swrtOther: string;
let swrtRenamed: string;
let swrtOtherRuntime: string;

beforeAll(async () => {
  swrt = await makeSwrt('mnist', V);
  swrtOther = await makeSwrt('mnist', V2);
  swrtRenamed = await makeSwrt('original', V);
  swrtOtherRuntime = await makeSwrt('other', V);
});

interface Hostile {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** A bare node:http server whose every answer is `handler`'s. */
async function hostile(handler: (req: IncomingMessage, res: ServerResponse, url: URL) => void): Promise<Hostile> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(`${req.method} ${url.pathname}`);
    req.resume();
    handler(req, res, url);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

const ok = (res: ServerResponse, data: unknown, status = 200) => {
  const body = JSON.stringify({ code: 'success', message: 'Success', data });
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
};

/** A server that knows project `self` = 1 and answers version info with `info`. */
const infoServer = (info: unknown) =>
  hostile((req, res, u) => {
    if (u.pathname === '/api/v1/project/self') return ok(res, { id: 1 });
    if (u.pathname === '/api/v1/project/1/runtime/mnist' && req.method === 'GET') return ok(res, info);
    res.writeHead(404).end();
  });

const client = (url: string, log: MemoryLog, o: Partial<ClientOptions> = {}) =>
  new StarwhaleClient({ instanceUrl: url, token: 'Bearer good-token', log, retry: { baseDelayMs: 1, attempts: 3 }, idleTimeoutMs: 1000, ...o });

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(UserError);
  const u = e as UserError;
  expect(u.format()).not.toContain('\n');
  return u;
}

/** A sentinel tree and a download request whose destination is inside its work/ directory. */
function place() {
  const t = sentinelTree('swrt-sec-server-');
  const dest = join(t.work, 'store');
  mkdirSync(dest);
  const before = snapshot(t.root);
  const req = (o: Partial<DownloadRequest> = {}): DownloadRequest => ({ project: 'self', name: 'mnist', dest: (_n, v) => join(dest, `${v}.swrt`), ...o });
  return { ...t, dest, req, unchanged: () => expect(snapshot(t.root)).toEqual(before) };
}

describe('reply shapes', () => {
  it.each([
    ['versionName ../../x', { name: 'mnist', versionName: '../../x' }, /version "\.\.\/\.\.\/x", which is not a valid version id/],
    ['versionName /abs', { name: 'mnist', versionName: '/abs/evil' }, /not a valid version id/],
    ['versionName as a number', { name: 'mnist', versionName: 12 }, /not a valid version id|has no version/],
    ['name ..', { name: '..', versionName: V }, /runtime name "\.\.", which is not a valid name/],
    ['name as an object', { name: { a: 1 }, versionName: V }, /has no runtime name|not a valid name/],
  ])('%s is refused before anything is written', async (_t, info, msg) => {
    const s = await infoServer(info);
    const p = place();
    try {
      const e = await refusal(downloadRuntime(client(s.url, new MemoryLog()), p.req(), new MemoryLog()));
      expect(e.message).toMatch(msg);
      expect(e.message).toContain(s.url);
      expect(s.requests.some((r) => r.endsWith('/file'))).toBe(false);
      p.unchanged();
    } finally {
      await s.close();
    }
  });

  it.each([
    ['an object', { a: 1 }],
    ['a negative number', -3],
    ['a non-digit string', '1/../2'],
    ['missing', undefined],
  ])('a project id that is %s is refused, never sent as a path', async (_t, id) => {
    const s = await hostile((_req, res) => ok(res, { id }));
    try {
      const e = await refusal(uploadRuntime(client(s.url, new MemoryLog()), { file: swrt, name: 'mnist', version: V, project: 'self' }, new MemoryLog()));
      expect(e.message).toContain(s.url);
      expect(e.message).toMatch(/project "self"/);
      expect(e.message).not.toContain('[object Object]');
      expect(s.requests).toEqual(['GET /api/v1/project/self']);
    } finally {
      await s.close();
    }
  });

  it('server tags that are not an array of strings are refused', async () => {
    const s = await hostile((_req, res) => ok(res, [{ evil: true }, 'ok']));
    try {
      const e = await refusal(client(s.url, new MemoryLog()).listTags('1', 'mnist', V));
      expect(e.message).toMatch(/tags/);
    } finally {
      await s.close();
    }
  });
});

describe('"already there" is checked', () => {
  it('a catch-all 200 server does not make an upload succeed with nothing sent', async () => {
    const s = await hostile((req, res) => (req.method === 'HEAD' ? res.writeHead(200).end() : ok(res, { id: 1 })));
    try {
      const log = new MemoryLog();
      const e = await refusal(uploadRuntime(client(s.url, log), { file: swrt, name: 'mnist', version: V, project: 'self' }, log));
      expect(e.message).toContain(s.url);
      expect(log.text()).not.toMatch(/skipping the upload/);
    } finally {
      await s.close();
    }
  });

  it('HEAD 200 while the version info names another version: refused, not skipped', async () => {
    const s = await hostile((req, res, u) => {
      if (req.method === 'HEAD') return res.writeHead(200).end();
      if (u.pathname === '/api/v1/project/1/runtime/mnist') return ok(res, { name: 'mnist', versionName: V2, versionMeta: `name: mnist\nversion: ${V2}\n` });
      res.writeHead(404).end();
    });
    try {
      const e = await refusal(uploadRuntime(client(s.url, new MemoryLog()), { file: swrt, name: 'mnist', version: V, project: '1' }, new MemoryLog()));
      expect(e.message).toMatch(/not this bundle|does not hold/);
    } finally {
      await s.close();
    }
  });

  it('HEAD 200 on a real server holding our version is confirmed and skipped', async () => {
    const server = await new StarwhaleServer().start();
    try {
      await server.seed(1, 'mnist', swrt);
      const r = await uploadRuntime(client(server.url, new MemoryLog()), { file: swrt, name: 'mnist', version: V, project: '1' }, new MemoryLog());
      expect(r.skipped).toBe(true);
      expect(server.requests.map((q) => `${q.method} ${q.status}`)).toEqual(['HEAD 200', 'GET 200']);
    } finally {
      await server.close();
    }
  });
});

describe('replies are bounded', () => {
  it('an endless JSON reply is cut at the cap, quickly, and the connection dropped', async () => {
    let sent = 0;
    const s = await hostile((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x5b);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) sent += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => undefined);
      pump();
    });
    try {
      const t0 = Date.now();
      const e = await refusal(client(s.url, new MemoryLog()).projectId('self'));
      expect(e.message).toContain(s.url);
      expect(e.message).toMatch(/over 1 MiB/);
      expect(Date.now() - t0).toBeLessThan(10_000);
      expect(sent).toBeLessThan(64 * 2 ** 20);
    } finally {
      await s.close();
    }
  });

  it('a download that stalls mid-body is abandoned after the idle timeout; nothing is left', async () => {
    const server = await new StarwhaleServer().start();
    const p = place();
    try {
      await server.seed(1, 'mnist', swrt);
      server.stallNextDownload(5, 300);
      const t0 = Date.now();
      const e = await refusal(downloadRuntime(client(server.url, new MemoryLog(), { retry: { baseDelayMs: 1, attempts: 2 } }), p.req(), new MemoryLog()));
      expect(e.message).toMatch(/no data for 1 s/);
      expect(Date.now() - t0).toBeLessThan(15_000);
      expect(server.requests.filter((q) => q.path.endsWith('/file'))).toHaveLength(2);
      p.unchanged();
    } finally {
      await server.close();
    }
  });

  it('a download reset mid-body is downloaded again from the start', async () => {
    const server = await new StarwhaleServer().start();
    const p = place();
    try {
      await server.seed(1, 'mnist', swrt);
      server.resetNextDownload(1, 1000);
      const log = new MemoryLog();
      const r = await downloadRuntime(client(server.url, log), p.req(), log);
      expect(readFileSync(r.path)).toEqual(readFileSync(swrt));
      expect(server.requests.filter((q) => q.path.endsWith('/file'))).toHaveLength(2);
      expect(log.text('warn')).toMatch(/again/);
    } finally {
      await server.close();
    }
  });
});

describe('the bundle is the one asked for', () => {
  it('a manifest that names another version is refused and not stored', async () => {
    const server = await new StarwhaleServer().start();
    const p = place();
    try {
      const v = await server.seed(1, 'mnist', swrt);
      v.path = swrtOther;
      const e = await refusal(downloadRuntime(client(server.url, new MemoryLog()), p.req(), new MemoryLog()));
      expect(e.message).toMatch(new RegExp(`version ${V2}.*${V}|${V}.*${V2}`));
      p.unchanged();
    } finally {
      await server.close();
    }
  });

  it('a manifest that names another runtime is refused; a copy uploaded under a new name is not', async () => {
    const server = await new StarwhaleServer().start();
    const p = place();
    try {
      const v = await server.seed(1, 'mnist', swrt);
      v.path = swrtOtherRuntime;
      const e = await refusal(downloadRuntime(client(server.url, new MemoryLog()), p.req(), new MemoryLog()));
      expect(e.message).toMatch(/runtime "?other"?/);
      p.unchanged();

      // `swrt copy original …/runtime/mnist` uploads the bundle as-is: the server's meta names `original`.
      await server.seed(1, 'renamed', swrtRenamed);
      const r = await downloadRuntime(client(server.url, new MemoryLog()), p.req({ name: 'renamed' }), new MemoryLog());
      expect(r).toMatchObject({ name: 'renamed', version: V, manifest: { name: 'original', version: V } });
    } finally {
      await server.close();
    }
  });

  it('a body shorter than its Content-Length is refused', async () => {
    const body = readFileSync(swrt);
    const s = await hostile((_req, res, u) => {
      if (u.pathname === '/api/v1/project/self') return ok(res, { id: 1 });
      if (u.pathname === '/api/v1/project/1/runtime/mnist') return ok(res, { name: 'mnist', versionName: V });
      res.writeHead(200, { 'Content-Length': body.length + 512 });
      res.end(body);
    });
    const p = place();
    try {
      await refusal(downloadRuntime(client(s.url, new MemoryLog(), { retry: { baseDelayMs: 1, attempts: 1 } }), p.req(), new MemoryLog()));
      p.unchanged();
    } finally {
      await s.close();
    }
  });
});

describe('secrets', () => {
  it('a token echoed in a 401 body is masked, with and without Bearer', async () => {
    const s = await hostile((_req, res) => {
      const body = JSON.stringify({ code: 'UNAUTHORIZED', message: 'token Bearer s3cret-tok (s3cret-tok) is invalid\n::error::injected' });
      res.writeHead(401, { 'Content-Type': 'application/json' }).end(body);
    });
    try {
      const e = await refusal(uploadRuntime(client(s.url, new MemoryLog(), { token: 'Bearer s3cret-tok' }), { file: swrt, name: 'mnist', version: V, project: 'self' }, new MemoryLog()));
      expect(e.format()).not.toContain('s3cret-tok');
      expect(e.message).toContain('HTTP 401');
    } finally {
      await s.close();
    }
  });

  it('credentials in a server URL are refused and never printed', () => {
    for (const uri of ['https://user:hunter2@sw.example.com/project/p', 'http://hunter2@sw.example.com/project/p/runtime/r']) {
      let e: unknown;
      try {
        parseRemoteUri(uri);
      } catch (x) {
        e = x;
      }
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).format()).not.toContain('hunter2');
      expect((e as UserError).format()).toMatch(/credentials/);
    }
    expect(() => parseRestoreFrom('server:https://u:hunter2@h/project/p/runtime/r')).toThrow(/credentials/);
    expect(() => new StarwhaleClient({ instanceUrl: 'https://u:hunter2@h', log: new MemoryLog() })).toThrow(/credentials/);
  });

  it('an instance URL with credentials in swcli config.yaml is refused and not printed', () => {
    const t = sentinelTree('swrt-sec-cfg-');
    const cfg = join(t.work, 'config.yaml');
    writeFileSync(cfg, "version: '2.0'\ninstances:\n  prod:\n    uri: https://u:hunter2@sw.example.com\n    sw_token: Bearer x\n");
    let e: unknown;
    try {
      resolveAuth({ instanceUrl: '', alias: 'prod' }, { env: { SW_CLI_CONFIG: cfg } });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).format()).not.toContain('hunter2');
  });
});

describe('connections', () => {
  it('a refused connection is one line with a hint, after the retries', async () => {
    const s = await hostile(() => undefined);
    const url = s.url;
    await s.close();
    const log = new MemoryLog();
    const e = await refusal(client(url, log).projectId('self'));
    expect(e.message).toMatch(new RegExp(`cannot reach ${url}.*ECONNREFUSED`));
    expect(e.hint).toBeTruthy();
    expect(log.text('warn')).toMatch(/retrying/);
  });
});

describe('TLS', () => {
  let tls: { key: string; cert: string };
  beforeAll(() => {
    const t = sentinelTree('swrt-sec-tls-');
    const key = join(t.work, 'key.pem');
    const cert = join(t.work, 'cert.pem');
    execFileSync('/usr/bin/openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    tls = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  });

  it('a self-signed certificate is refused by default, with the opt-in as the hint; accepted with it', async () => {
    const server = await new StarwhaleServer({ tls }).start();
    try {
      const e = await refusal(uploadRuntime(client(server.url, new MemoryLog()), { file: swrt, name: 'mnist', version: V, project: 'self' }, new MemoryLog()));
      expect(e.message).toMatch(/TLS certificate/);
      expect(e.hint).toMatch(/--insecure/);
      expect(e.hint).toMatch(/server-insecure/);
      expect(server.requests).toHaveLength(0);
      const r = await uploadRuntime(client(server.url, new MemoryLog(), { insecure: true }), { file: swrt, name: 'mnist', version: V, project: 'self' }, new MemoryLog());
      expect(r.skipped).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('the action: server-insecure opts out, the default verifies', async () => {
    const server = await new StarwhaleServer({ tls }).start();
    try {
      const ref = parseRemoteUri(`${server.url}/project/self`);
      const e = await refusal(connectStarwhale(ref, { token: 'good-token', insecure: false, log: new MemoryLog() }).projectId('self'));
      expect(e.hint).toMatch(/server-insecure: true/);
      const log = new MemoryLog();
      expect(await connectStarwhale(ref, { token: 'good-token', insecure: true, log }).projectId('self')).toBe('1');
      expect(log.text('warn')).toMatch(/not verifying the TLS certificate/);
    } finally {
      await server.close();
    }
  });

  it('swrt copy: refused by default, accepted with --insecure and with SWRT_INSECURE=1', async () => {
    const server = await new StarwhaleServer({ tls }).start();
    const t = sentinelTree('swrt-sec-cli-');
    copyFileSync(swrt, join(t.root, 'in.swrt'));
    new LocalStore(t.work).add(join(t.root, 'in.swrt'), 'mnist', V);
    const env = { SW_LOCAL_STORAGE: t.work, SW_TOKEN: 'good-token', SW_CLI_CONFIG: join(t.root, 'none.yaml'), SWRT_INSECURE: '' };
    try {
      const no = await swrt_(['copy', 'mnist', `${server.url}/project/self`], env);
      expect(no.code).toBe(1);
      expect(no.stderr.trim().split('\n')).toHaveLength(1);
      expect(no.stderr).toMatch(/TLS certificate.*--insecure/);
      const yes = await swrt_(['copy', 'mnist', `${server.url}/project/self`, '--insecure'], env);
      expect(yes.code).toBe(0);
      server.requests.length = 0;
      const viaEnv = await swrt_(['copy', 'mnist', `${server.url}/project/self`], { ...env, SWRT_INSECURE: '1' });
      expect(viaEnv.code).toBe(0);
      expect(server.requests.map((q) => `${q.method} ${q.status}`)).toEqual(['GET 200', 'HEAD 200', 'GET 200']);
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe('swrt copy against a hostile server', () => {
  it('catch-all 200: exit 1, one line; credentials in the URL not printed', async () => {
    const s = await hostile((req, res) => (req.method === 'HEAD' ? res.writeHead(200).end() : ok(res, { id: 1 })));
    const t = sentinelTree('swrt-sec-cli-');
    copyFileSync(swrt, join(t.root, 'in.swrt'));
    new LocalStore(t.work).add(join(t.root, 'in.swrt'), 'mnist', V);
    const env = { SW_LOCAL_STORAGE: t.work, SW_TOKEN: 'good-token', SW_CLI_CONFIG: join(t.root, 'none.yaml') };
    try {
      const r = await swrt_(['copy', 'mnist', `${s.url}/project/self`], env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: /m);
      expect(r.stderr).not.toContain('good-token');
      const before = snapshot(t.root);
      const down = await swrt_(['copy', `${s.url}/project/self/runtime/mnist`, 'local'], env);
      expect(down.code).toBe(1);
      expect(snapshot(t.root)).toEqual(before);
      const cred = await swrt_(['copy', 'mnist', s.url.replace('//', '//me:hunter2@') + '/project/self'], env);
      expect(cred.code).toBe(1);
      expect(cred.stderr + cred.stdout).not.toContain('hunter2');
    } finally {
      await s.close();
    }
  }, 60_000);
});

function swrt_(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args], { cwd: REPO, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
