// Compatibility with the real swcli 0.6.15 (from PyPI, installed by scripts/ci-fixtures.sh): it
// lists, reads and extracts what swrt built in the shared store, and swrt reads and restores a
// runtime swcli built.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, ENSUREPIP_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const SWCLI = join(FIXTURE_CACHE, 'swcli', 'bin', 'swcli');
const OK = join(FIXTURE_CACHE, 'swcli', '.ok');
const ready = existsSync(OK) && hasUvWheel();
const maybe = skipUnless(ready, 'needs swcli 0.6.15 and the uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh)');
const run = promisify(execFile);

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  // A stand-in for the starwhale that restore installs last (the real one: swcli-restore.test.ts).
  makeWheel(wheels, 'starwhale', '0.6.15');
  index = await startIndex([wheels, CACHED_WHEELS, ENSUREPIP_WHEELS]);
});
afterAll(() => index?.close());

maybe('swcli 0.6.15 compatibility', () => {
  it('swcli lists, shows and extracts a bundle swrt built', async () => {
    const env = cliEnv(index.url, { SW_CLI_CONFIG: join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml') });
    const b = await runCli(['build', project({ 'runtime.yaml': 'name: ours\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' }), '--json'], { env });
    expect(b.code).toBe(0);
    const { version } = JSON.parse(b.stdout);
    const swenv = { ...process.env, ...env, COLUMNS: '200' };
    const list = await run(SWCLI, ['runtime', 'list'], { env: swenv });
    expect(list.stdout).toContain('ours');
    const info = await run(SWCLI, ['runtime', 'info', `ours/version/${version}`], { env: swenv });
    expect(info.stdout).toContain(version);
    const target = join(mkdtempSync(join(tmpdir(), 'swcli-x-')), 'x');
    await run(SWCLI, ['runtime', 'extract', `ours/version/${version}`, '--target-dir', target, '--force'], { env: swenv });
    expect(existsSync(join(target, 'dependencies', '.starwhale', 'lock', 'requirements-sw-lock.txt'))).toBe(true);
  });

  it('swrt reads and restores a runtime swcli built', async () => {
    const env = cliEnv(index.url, { SW_CLI_CONFIG: join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml') });
    const dir = project({ 'runtime.yaml': 'name: theirs\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
    await run(SWCLI, ['runtime', 'build', '-y', join(dir, 'runtime.yaml'), '--disable-env-lock'], { env: { ...process.env, ...env }, cwd: dir });
    const info = await runCli(['info', 'theirs', '--json'], { env });
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('"name": "theirs"');
    const r = await runCli(['restore', 'theirs', '--json'], { env });
    expect(r.code).toBe(0);
    const restored = JSON.parse(r.stdout);
    expect(execFileSync(join(restored.env_path, 'bin', 'python'), ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');
  });
});
