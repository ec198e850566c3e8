// `swrt restore` provisions the CUDA a bundle records before its env, as the action's restore-from
// does (one pipeline function for both doors). The bundle's value is untrusted: a crafted one is one
// clear line; --cuda none skips CUDA; a recorded version is fetched through --cuda-mirror.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';

let root = '';
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'swrt-restore-cuda-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** An extracted runtime (what `swrt extract` leaves) whose manifest records `cuda`. */
function workdir(cuda: string): string {
  const dir = join(root, 'wd');
  mkdirSync(dir);
  // Python 2.1 exists nowhere: a restore that gets past CUDA stops there, before any download.
  writeFileSync(join(dir, '_manifest.yaml'), stringify({ name: 'gpu', version: 'abcdef1234', environment: { mode: 'venv', python: '2.1', cuda } }));
  return dir;
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\bat .*\.js:\d+/);
const env = () => ({ SWRT_CUDA_MIRROR: 'http://127.0.0.1:9', RUNNER_TOOL_CACHE: join(root, 'tools'), HOME: root });

it('a crafted CUDA version in the manifest is refused in one line', async () => {
  const r = await runCli(['restore', workdir('../../etc')], { env: env() });
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('CUDA version "../../etc" is not a version');
  noStack(r.stderr);
});

it('the CUDA the bundle records is provisioned before the env (here: its mirror is down)', async () => {
  const r = await runCli(['restore', workdir('12.4')], { env: env() });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/127\.0\.0\.1:9/);
  expect(r.stderr).not.toMatch(/Python 2\.1/);
  noStack(r.stderr);
});

it('--cuda none skips it: the restore goes on to the env', async () => {
  const r = await runCli(['restore', workdir('12.4'), '--cuda', 'none'], { env: env() });
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/2\.1/);
  expect(r.stderr).not.toMatch(/127\.0\.0\.1:9/);
  noStack(r.stderr);
});
