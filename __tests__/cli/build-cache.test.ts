// The CLI's local env cache end to end (bundled dist/cli.js): a build saves its env under
// $SWRT_CACHE_DIR/env/<key>; after the env is deleted (git clean, a fresh checkout at the same
// path) the next build restores it from there instead of installing; --no-cache does neither.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

    rmSync(join(dir, '.starwhale'), { recursive: true, force: true });
    rmSync(join(cacheDir, 'env'), { recursive: true, force: true });
    const third = await build('--no-cache');
    expect(third.out.cache_hit).toBe(false);
    expect(existsSync(join(cacheDir, 'env'))).toBe(false);
  });
});
