// swrt build with requirements files that include others (`-r`, `-c`): the included files are
// inputs (an edit gives a new version and rebuilds the env), are refused outside the runtime
// directory at validation, and travel in the bundle so a restore from raw deps still resolves them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listEntries, readManifest } from '../../src/bundle/swrt.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');

let index: PackageIndex;

beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  makeWheel(wheels, 'alpha', '1.1.0');
  makeWheel(wheels, 'beta', '2.0.0', ['alpha>=1.0']);
  index = await startIndex([wheels, CACHED_WHEELS]);
});
afterAll(async () => {
  await index?.close();
});

const YAML = 'name: nested\ndependencies:\n  - reqs/top.txt\n';
const files = () => ({
  'runtime.yaml': YAML,
  'reqs/top.txt': '-r base/base.txt\n--constraint ../constraints.txt\nbeta\n',
  'reqs/base/base.txt': 'alpha\n',
  'constraints.txt': 'alpha==1.0.0\n',
});

maybe('swrt build with requirements includes', () => {
  it('an edit to an included file gives a new version and rebuilds the env', async () => {
    const dir = project(files());
    const env = cliEnv(index.url);
    const first = await runCli(['build', dir, '--json'], { env });
    expect(first.code).toBe(0);
    const second = await runCli(['build', dir, '--json'], { env });
    expect(second.stderr).toContain('reusing the env');
    expect(JSON.parse(second.stdout).version).toBe(JSON.parse(first.stdout).version);
    writeFileSync(join(dir, 'constraints.txt'), 'alpha==1.1.0\n');
    const third = await runCli(['build', dir, '--json'], { env });
    expect(third.code).toBe(0);
    expect(third.stderr).not.toContain('reusing the env');
    const out = JSON.parse(third.stdout);
    expect(out.version).not.toBe(JSON.parse(first.stdout).version);
    expect(out.cache_key).not.toBe(JSON.parse(first.stdout).cache_key);
    expect(execFileSync('cat', [out.lock_file], { encoding: 'utf8' })).toContain('alpha==1.1.0');
  });

  it('refuses an include outside the runtime directory at validation, at the entry that pulls it in', async () => {
    const dir = project({ ...files(), 'reqs/base/base.txt': '-r ../../../outside.txt\n' });
    const r = await runCli(['build', dir, '--json'], { env: cliEnv(index.url) });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('runtime.yaml:3:5');
    expect(r.stderr).toContain('requirements file "../outside.txt" is outside the runtime.yaml directory (included by reqs/base/base.txt:1 <- reqs/top.txt:1)');
    const url = project({ ...files(), 'reqs/base/base.txt': '-r https://example.invalid/r.txt\n' });
    const u = await runCli(['validate', '-f', join(url, 'runtime.yaml')], { env: cliEnv(index.url) });
    expect(u.code).toBe(1);
    expect(u.stderr).toContain('"https://example.invalid/r.txt" is a URL');
  });

  it('packs the included files at their relative paths; a restore from raw deps resolves them', async () => {
    const dir = project(files());
    const env = cliEnv(index.url);
    const b = await runCli(['build', dir, '--json', '--no-lock'], { env });
    expect(b.code).toBe(0);
    const out = JSON.parse(b.stdout);
    const paths = (await listEntries(out.bundle)).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['dependencies/reqs/top.txt', 'dependencies/reqs/base/base.txt', 'dependencies/constraints.txt']));
    const m = (await readManifest(out.bundle)) as { artifacts: { dependencies: string[] } };
    expect(m.artifacts.dependencies).toEqual(['dependencies/reqs/top.txt', 'dependencies/reqs/base/base.txt', 'dependencies/constraints.txt']);

    const target = mkdtempSync(join(tmpdir(), 'swrt-restore-'));
    const restored = await runCli(['restore', out.bundle, '--target', target, '--no-starwhale', '--json'], { env });
    expect(restored.code).toBe(0);
    const py = join(JSON.parse(restored.stdout).env_path, 'bin', 'python');
    expect(execFileSync(py, ['-c', 'import alpha, beta; print(alpha.__version__, beta.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0 2.0.0');
  });
});
