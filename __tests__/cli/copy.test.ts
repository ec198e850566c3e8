// `swrt copy` both ways through the CLI (run from source with tsx), against the local
// Starwhale-protocol server, with real local stores on both ends.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../src/store/store.js';
import { REPO } from '../helpers/cli.js';
import { StarwhaleServer } from '../helpers/starwhale-server.js';
import { fakeVersion, makeSwrt } from '../remote/bundles.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
function swrt(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join(REPO, 'src/cli/main.ts'), ...args], { cwd: REPO, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server: StarwhaleServer;
beforeEach(async () => {
  server = await new StarwhaleServer().start();
});
afterEach(() => server.close());

const V = fakeVersion('cli');

it('copies a stored runtime up (tags, URIs) and back down into another store (tags, info)', async () => {
  const up = mkdtempSync(join(tmpdir(), 'swrt-store-up-'));
  new LocalStore(up).add(await makeSwrt('mnist', V), 'mnist', V, ['prod']);
  const env = { SW_LOCAL_STORAGE: up, SW_TOKEN: 'good-token', SW_CLI_CONFIG: join(up, 'none.yaml') };

  const r = await swrt(['copy', 'mnist', `${server.url}/project/self`, '-i', 'nothing', '--json'], env);
  expect(r.stderr).not.toContain('good-token');
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out).toMatchObject({ direction: 'upload', name: 'mnist', version: V, skipped: false, tags: ['prod'], uri: `${server.url}/project/1/runtime/mnist/version/${V}` });
  expect(server.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
    'GET /api/v1/project/self',
    `HEAD /api/v1/project/1/runtime/mnist/version/${V}`,
    `POST /api/v1/project/1/runtime/mnist/version/${V}/file`,
    `POST /api/v1/project/1/runtime/mnist/version/${V}/tag`,
  ]);
  expect(server.requests[0]!.headers.authorization).toBe('Bearer good-token');

  // -i drops a tag; a new name via a runtime URI.
  server.requests.length = 0;
  const renamed = JSON.parse((await swrt(['copy', `mnist/version/${V}`, `${server.url}/project/1/runtime/mnist-copy`, '-i', 'prod', '--json'], env)).stdout);
  expect(renamed).toMatchObject({ name: 'mnist-copy', tags: [] });
  expect(server.requests.filter((q) => q.path.endsWith('/tag'))).toHaveLength(0);

  const down = mkdtempSync(join(tmpdir(), 'swrt-store-down-'));
  const denv = { ...env, SW_LOCAL_STORAGE: down };
  const d = await swrt(['copy', `${server.url}/project/self/runtime/mnist/version/prod`, 'local', '--json'], denv);
  expect(d.code).toBe(0);
  expect(JSON.parse(d.stdout)).toMatchObject({ direction: 'download', version: V, uri: `local/project/self/runtime/mnist/version/${V}` });
  expect(new LocalStore(down).findVersion('mnist', 'prod')).toMatchObject({ version: V, tags: ['latest', 'prod', 'v0'] });
  const info = await swrt(['info', 'mnist', '--json'], denv);
  expect(JSON.parse(info.stdout).manifest.version).toBe(V);

  // Again: already in the store, nothing downloaded.
  server.requests.length = 0;
  expect((await swrt(['copy', `${server.url}/project/self/runtime/mnist`, 'local'], denv)).code).toBe(0);
  expect(server.requests.some((q) => q.path.endsWith('/file'))).toBe(false);
}, 60_000);

it('refuses a bad name before any request, and a 401 names the instance, one line, exit 1', async () => {
  const root = mkdtempSync(join(tmpdir(), 'swrt-store-bad-'));
  new LocalStore(root).add(await makeSwrt('mnist', V), 'mnist', V);
  const bad = await swrt(['copy', 'mnist', `${server.url}/project/self/runtime/my.rt`], { SW_LOCAL_STORAGE: root, SW_TOKEN: 'good-token' });
  expect(bad.code).toBe(1);
  expect(bad.stderr.trim()).toMatch(/^error: runtime name "my.rt" is not accepted by a Starwhale server \(hint: /);
  expect(server.requests).toHaveLength(0);

  const denied = await swrt(['copy', 'mnist', `${server.url}/project/self`], { SW_LOCAL_STORAGE: root, SW_TOKEN: 'Bearer secret-stale-token' });
  expect(denied.code).toBe(1);
  expect(denied.stderr).toContain(`error: ${server.url} refused`);
  expect(denied.stderr).toContain('HTTP 401');
  expect(denied.stderr).not.toContain('secret-stale-token');
  expect(denied.stderr).not.toMatch(/\n\s+at /);
}, 60_000);
