// The server client against the local Starwhale-protocol server: the exact request sequence and
// fields of docs/starwhale-compat.md: Server protocol for upload (first, re-run, force, tags, project name → id, retries, 401, reset
// mid-upload) and download (latest, a tag).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StarwhaleClient } from '../../src/remote/client.js';
import { downloadRuntime, uploadRuntime } from '../../src/remote/copy.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { StarwhaleServer } from '../helpers/starwhale-server.js';
import { fakeVersion, makeSwrt } from './bundles.js';

let server: StarwhaleServer;
let log: MemoryLog;
const V1 = fakeVersion('one');
const V2 = fakeVersion('two');
let swrt1: string;
let swrt2: string;
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
  swrt1 = await makeSwrt('mnist', V1);
  swrt2 = await makeSwrt('mnist', V2);
});
beforeEach(async () => {
  server = await new StarwhaleServer().start();
  log = new MemoryLog();
});
afterEach(() => server.close());

const client = (token: string | undefined = 'Bearer good-token') => new StarwhaleClient({ instanceUrl: server.url, token, log, retry: { baseDelayMs: 1 } });
const seq = () => server.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
const base = '/api/v1/project/1/runtime/mnist/version';

describe('upload', () => {
  it('first upload: project name → id, HEAD 404, one multipart POST with runtime, project, force, file', async () => {
    const r = await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: 'self' }, log);
    expect(seq()).toEqual([`GET /api/v1/project/self 200`, `HEAD ${base}/${V1} 404`, `POST ${base}/${V1}/file 200`]);
    const post = server.requests[2]!;
    expect(post.fields).toEqual([
      ['runtime', `mnist:${V1}`],
      ['project', '1'],
      ['force', '0'],
    ]);
    expect(post.file).toEqual({ name: 'file', filename: `${V1}.swrt`, contentType: 'text/plain', size: readFileSync(swrt1).length, sha256: sha(swrt1) });
    expect(post.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(post.headers['content-length'])).toBeGreaterThan(post.file!.size);
    expect(post.headers['transfer-encoding']).toBeUndefined();
    for (const q of server.requests) expect(q.headers.authorization).toBe('Bearer good-token');
    expect(r).toMatchObject({ skipped: false, projectId: '1', uri: `${server.url}/project/1/runtime/mnist/version/${V1}`, consoleUrl: `${server.url}/projects/1/runtimes/mnist/versions/${V1}/overview` });
    // The server read the manifest out of the uploaded tar.
    expect(server.versions(1, 'mnist').map((v) => v.name)).toEqual([V1]);
    expect(server.versions(1, 'mnist')[0]!.meta).toContain(`version: ${V1}`);
  });

  it('re-run: HEAD 200 confirmed by the version info, no POST', async () => {
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    server.requests.length = 0;
    const r = await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    expect(seq()).toEqual([`HEAD ${base}/${V1} 200`, `GET /api/v1/project/1/runtime/mnist 200`]);
    expect(server.requests[1]!.query).toEqual({ versionUrl: V1 });
    expect(r.skipped).toBe(true);
    expect(log.text()).toContain('already exists');
  });

  it('force: no HEAD, force=1, the stored file replaced', async () => {
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    server.requests.length = 0;
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1', force: true }, log);
    expect(seq()).toEqual([`POST ${base}/${V1}/file 200`]);
    expect(server.requests[0]!.fields).toContainEqual(['force', '1']);
    expect(server.versions(1, 'mnist')).toHaveLength(1);
  });

  it('409 without force: "version exists" unless the version on the server is ours', async () => {
    // Someone else uploaded a different bundle under our version id; HEAD was answered 404 by a
    // lagging replica (injected), so the POST meets the duplicate.
    const other = await makeSwrt('mnist', fakeVersion('other'));
    const v = await server.seed(1, 'mnist', other);
    v.name = V1; // same version name, different content/manifest
    server.failNext(1, 404, 'HEAD', `/version/${V1}`);
    const e = await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toMatch(/already exists .* and is not this bundle/);
    expect((e as UserError).hint).toContain('force');

    // Ours: a previous attempt landed; the 409 is success.
    const s2 = await new StarwhaleServer().start();
    try {
      await s2.seed(1, 'mnist', swrt2);
      s2.failNext(1, 404, 'HEAD', `/version/${V2}`);
      const c2 = new StarwhaleClient({ instanceUrl: s2.url, token: 'Bearer good-token', log, retry: { baseDelayMs: 1 } });
      const r = await uploadRuntime(c2, { file: swrt2, name: 'mnist', version: V2, project: '1' }, log);
      expect(r.skipped).toBe(true);
      expect(s2.requests.map((q) => `${q.method} ${q.status}`)).toEqual(['HEAD 404', 'POST 409', 'GET 200']);
    } finally {
      await s2.close();
    }
  });

  it('tags: user tags posted one by one with {force, tag}; latest and vN skipped', async () => {
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: 'starwhale:public', tags: ['latest', 'v3', 'prod', 'gpu-ok'] }, log);
    const b7 = `/api/v1/project/7/runtime/mnist/version/${V1}`;
    expect(seq()).toEqual([`GET /api/v1/project/starwhale%3Apublic 200`, `HEAD ${b7} 404`, `POST ${b7}/file 200`, `POST ${b7}/tag 200`, `POST ${b7}/tag 200`]);
    expect(server.requests.slice(3).map((r) => r.json)).toEqual([
      { force: false, tag: 'prod' },
      { force: false, tag: 'gpu-ok' },
    ]);
    expect(server.requests[3]!.headers['content-type']).toBe('application/json');
    expect([...server.versions(7, 'mnist')[0]!.tags]).toEqual(['prod', 'gpu-ok']);
  });

  it('500 twice then success: the whole file re-sent each time, same sha', async () => {
    server.failNext(2, 500);
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual([500, 500, 200]);
    for (const p of posts) expect(p.file).toMatchObject({ size: readFileSync(swrt1).length, sha256: sha(swrt1) });
    expect(log.text('warn')).toMatch(/HTTP 500; retrying/);
  });

  it('retries 408, 429 and 503 but not 400', async () => {
    server.failNext(1, 408);
    server.failNext(1, 429);
    server.failNext(1, 503);
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    expect(server.requests.filter((r) => r.method === 'POST').map((p) => p.status)).toEqual([408, 429, 503, 200]);
    server.requests.length = 0;
    server.failNext(1, 400);
    await expect(uploadRuntime(client(), { file: swrt2, name: 'mnist', version: V2, project: '1' }, log)).rejects.toThrow(/HTTP 400/);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a connection reset mid-upload is retried and the file re-sent whole', async () => {
    server.resetNextUpload(1, 200);
    await uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log);
    const posts = server.requests.filter((r) => r.method === 'POST');
    expect(posts.map((p) => p.status)).toEqual(['reset', 200]);
    expect(posts[1]!.file!.sha256).toBe(sha(swrt1));
    expect(log.text('warn')).toMatch(/retrying/);
  });

  it('gives up after the configured attempts with the last status', async () => {
    server.failNext(5, 502);
    const c = new StarwhaleClient({ instanceUrl: server.url, token: 'Bearer good-token', log, retry: { baseDelayMs: 1, attempts: 3 } });
    await expect(uploadRuntime(c, { file: swrt1, name: 'mnist', version: V1, project: '1' }, log)).rejects.toThrow(/upload of mnist\/version\/.* failed: HTTP 502/);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(3);
  });

  it('401: names the instance and why; no upload; token not in the message', async () => {
    const e = (await uploadRuntime(client('Bearer stale-token'), { file: swrt1, name: 'mnist', version: V1, project: 'self' }, log).catch((x: unknown) => x)) as UserError;
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain(server.url);
    expect(e.message).toMatch(/not authenticated \(HTTP 401: JWT token is invalid or expired\)/);
    expect(e.hint).toMatch(/invalid or expired/);
    expect(`${e.message} ${e.hint}`).not.toContain('stale-token');
    expect(seq()).toEqual(['GET /api/v1/project/self 401']);
    const anon = (await uploadRuntime(new StarwhaleClient({ instanceUrl: server.url, log }), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log).catch((x: unknown) => x)) as UserError;
    expect(anon.hint).toMatch(/no token was given/);
  });

  it('403 for a read-only user names the role needed', async () => {
    await server.close();
    server = await new StarwhaleServer({ tokens: { reader: 'GUEST' } }).start();
    await expect(uploadRuntime(client('Bearer reader'), { file: swrt1, name: 'mnist', version: V1, project: '1' }, log)).rejects.toThrow(/permission denied \(HTTP 403/);
  });

  it('a bad runtime name or project is refused clearly; the name before any request', async () => {
    for (const bad of ['my.rt', 'ab', '1abc', 'has space', 'x'.repeat(82)]) {
      await expect(uploadRuntime(client(), { file: swrt1, name: bad, version: V1, project: 'self' }, log)).rejects.toThrow(/is not accepted by a Starwhale server/);
    }
    expect(server.requests).toHaveLength(0);
    await expect(uploadRuntime(client(), { file: swrt1, name: 'mnist', version: 'latest', project: 'self' }, log)).rejects.toThrow(/cannot be uploaded/);
    expect(server.requests).toHaveLength(0);
    await expect(uploadRuntime(client(), { file: swrt1, name: 'mnist', version: V1, project: 'nope' }, log)).rejects.toThrow(/project "nope" not found/);
  });
});

describe('download', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'swrt-dl-'));

  it('latest and a tag resolve via ?versionUrl= and stream the file', async () => {
    await server.seed(1, 'mnist', swrt1, ['stable']);
    await server.seed(1, 'mnist', swrt2);
    const d = dir();
    const latest = await downloadRuntime(client(), { project: 'self', name: 'mnist', dest: (n, v) => join(d, `${n}-${v}.swrt`) }, log);
    expect(latest).toMatchObject({ version: V2, manifest: { name: 'mnist', version: V2 }, path: join(d, `mnist-${V2}.swrt`) });
    expect(sha(latest.path)).toBe(sha(swrt2));
    expect(seq()).toEqual([
      'GET /api/v1/project/self 200',
      'GET /api/v1/project/1/runtime/mnist 200',
      `GET ${base}/${V2}/file 200`,
    ]);
    expect(server.requests[1]!.query).toEqual({ versionUrl: 'latest' });
    expect(server.requests[2]!.query).toEqual({ runtime: `mnist:${V2}`, project: '1' });

    server.requests.length = 0;
    const tagged = await downloadRuntime(client(), { project: '1', name: 'mnist', version: 'stable', dest: (n, v) => join(d, `${n}-${v}.swrt`) }, log);
    expect(tagged.version).toBe(V1);
    expect(sha(tagged.path)).toBe(sha(swrt1));
    expect(server.requests[0]!.query).toEqual({ versionUrl: 'stable' });

    server.requests.length = 0;
    expect((await downloadRuntime(client(), { project: '1', name: 'mnist', version: 'v0', dest: (n, v) => join(d, `${n}-${v}.swrt`) }, log)).version).toBe(V1);
  });

  it('an unknown version or a file that is not a bundle is a clear error and leaves nothing behind', async () => {
    const d = dir();
    await expect(downloadRuntime(client(), { project: '1', name: 'mnist', version: 'nope', dest: (n, v) => join(d, `${n}-${v}.swrt`) }, log)).rejects.toThrow(/has no runtime mnist with version or tag "nope"/);
    const v = await server.seed(1, 'mnist', swrt1);
    const { writeFileSync, readdirSync } = await import('node:fs');
    const junk = join(d, 'junk.tar');
    writeFileSync(junk, 'definitely not a tar'.repeat(100));
    v.path = junk;
    await expect(downloadRuntime(client(), { project: '1', name: 'mnist', dest: (n, ver) => join(d, `${n}-${ver}.swrt`) }, log)).rejects.toThrow(/not a (readable tar|Starwhale runtime bundle)/);
    expect(readdirSync(d)).toEqual(['junk.tar']);
  });
});
