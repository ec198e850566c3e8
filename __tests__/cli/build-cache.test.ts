// The CLI's local env cache end to end (bundled dist/cli.js): a build saves its env under
// $SWRT_CACHE_DIR/env/<key>; after the env is deleted (git clean, a fresh checkout at the same
// path) the next build restores it from there instead of installing; --no-cache does neither.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { saveLocal } from '../../src/cache/local-entries.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-ccwheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels, CACHED_WHEELS]);
});
afterAll(() => index?.close());

maybe('swrt build: local env cache', () => {
  it('saves the env, restores it after the env dir is gone, and --no-cache skips both', async () => {
    const dir = project({ 'runtime.yaml': 'name: local-cache\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
    const cacheDir = mkdtempSync(join(tmpdir(), 'swrt-lcache-'));
    const env = cliEnv(index.url, { SWRT_CACHE_DIR: cacheDir });
    const build = async (...flags: string[]) => {
      const r = await runCli(['build', dir, '--json', ...flags], { env });
      expect(r.stderr).not.toMatch(/error:/);
      return { out: JSON.parse(r.stdout) as { cache_key: string; cache_hit: boolean; env_path: string; version: string }, log: r.stderr };
    };
    const first = await build();
    expect(first.out.cache_hit).toBe(false);
    expect(readdirSync(join(cacheDir, 'env'))).toEqual([first.out.cache_key]);

    rmSync(join(dir, '.starwhale'), { recursive: true, force: true });
    const second = await build();
    expect(second.out.cache_hit).toBe(true);
    expect(second.log).toMatch(/local cache env: exact hit/);
    expect(second.log).not.toMatch(/Install|pip install/);
    expect(second.out.version).toBe(first.out.version);
    expect(execFileSync(join(second.out.env_path, 'bin', 'python'), ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');

    // The entry shares its files with the env (hard links): the save wrote no second copy.
    const pyvenv = (root: string) => statSync(join(root, 'pyvenv.cfg')).ino;
    expect(pyvenv(join(cacheDir, 'env', first.out.cache_key, 'data'))).toBe(pyvenv(second.out.env_path));

    rmSync(join(dir, '.starwhale'), { recursive: true, force: true });
    rmSync(join(cacheDir, 'env'), { recursive: true, force: true });
    const third = await build('--no-cache');
    expect(third.out.cache_hit).toBe(false);
    expect(existsSync(join(cacheDir, 'env'))).toBe(false);
  });
});

describe('swrt cache info / prune', () => {
  it('lists entries with sizes, prunes to --max and --all, and refuses a bad size in one line', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'swrt-lcache-cli-'));
    const src = mkdtempSync(join(tmpdir(), 'swrt-lcache-src-'));
    writeFileSync(join(src, 'blob'), Buffer.alloc(2 * 1048576, 1));
    await saveLocal('env', 'swrt-env-v1-one', src, { root: cacheDir });
    await saveLocal('env', 'swrt-env-v1-two', src, { root: cacheDir });
    const env = { SWRT_CACHE_DIR: cacheDir, SWRT_CACHE_MAX: '' };

    const info = await runCli(['cache', 'info', '--json'], { env });
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.stdout) as { root: string; max: number; bytes: number; entries: { key: string; bytes: number }[] };
    expect(parsed).toMatchObject({ root: cacheDir, max: 10 * 1024 ** 3, bytes: 4 * 1048576 });
    expect(parsed.entries.map((e) => e.key).sort()).toEqual(['swrt-env-v1-one', 'swrt-env-v1-two']);

    for (const args of [['cache', 'prune', '--max', 'huge'], ['cache', 'info']]) {
      const bad = await runCli(args, { env: args[1] === 'info' ? { ...env, SWRT_CACHE_MAX: '12 parsecs' } : env });
      expect(bad.code).toBe(1);
      expect(bad.stderr.trim().split('\n')[0]).toMatch(/^error: (--max "huge"|SWRT_CACHE_MAX="12 parsecs") is not a size/);
      expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
    }

    // An explicit --max or --all does not need the environment's cap: a bad SWRT_CACHE_MAX must not stop it.
    const some = await runCli(['cache', 'prune', '--max', '3M'], { env: { ...env, SWRT_CACHE_MAX: '12 parsecs' } });
    expect(some.code).toBe(0);
    expect(some.stdout).toMatch(/removed 1, kept 1/);
    expect(readdirSync(join(cacheDir, 'env'))).toHaveLength(1);
    const all = await runCli(['cache', 'prune', '--all'], { env: { ...env, SWRT_CACHE_MAX: '12 parsecs' } });
    expect(all.stdout).toMatch(/removed 1, kept 0/);
    expect(readdirSync(join(cacheDir, 'env'))).toEqual([]);
    expect(readdirSync(src)).toEqual(['blob']);
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(src, { recursive: true, force: true });
  });
});
