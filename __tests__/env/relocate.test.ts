// A packed venv restored where the build interpreter's path no longer exists: packEnv keeps no link
// to the build interpreter, and restoreEnv relinks bin/python* to an interpreter of the same exact
// version found here, rewrites pyvenv.cfg and the scripts, and runs the env's python before it
// says "success". Real pyenv python 3.11.7 reached through a temp symlink farm, real uv.
import { restoreVenvAt } from '../helpers/restore.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { UvInstaller } from '../../src/env/installer.js';
import { packEnv } from '../../src/env/pack.js';
import { resolvePipOptions } from '../../src/plan/pip-options.js';
import { STATUS_FILE } from '../../src/env/restore.js';
import { findPython } from '../../src/toolchain/python.js';
import { ensureUv } from '../../src/toolchain/uv.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { CACHED_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

process.env.PIP_CONFIG_FILE = '/dev/null';
process.env.UV_NO_CONFIG = '1';
const PYENV = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
const REAL = join(PYENV, 'versions', '3.11.7', 'bin', 'python3.11');
const PY312 = join(PYENV, 'versions', '3.12.1', 'bin', 'python3');
const ready = hasUvWheel() && existsSync(REAL);
const maybe = skipUnless(ready, `needs the uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh) and ${REAL}`);

const UV_CACHE = join(FIXTURE_CACHE, 'uv-cache');
let index: PackageIndex;
let uvPath: string;
/** A bundle workdir whose packed env was built with an interpreter that is gone. */
let packed: string;
/** The same env packed the old way (tar keeping the absolute bin/python link), as swcli bundles are. */
let oldStyle: string;
let buildEnv: string;
/** A copy of `packed` that no restore succeeds on. */
let unrestored: string;

function workdir(envPrefix: string, pack: (archive: string) => Promise<void>): Promise<string> {
  const w = mkdtempSync(join(tmpdir(), 'swrt-reloc-w-'));
  mkdirSync(join(w, 'export'));
  writeFileSync(
    join(w, '_manifest.yaml'),
    stringify({
      name: 'reloc',
      version: 'r'.repeat(40),
      environment: { mode: 'venv', python: '3.11', arch: ['noarch'], lock: { files: [], env_prefix_path: envPrefix, shell: { python_env: 'venv', python_version: '3.11.7' } } },
      dependencies: { raw_deps: [], local_packaged_env: true },
    }),
  );
  return pack(join(w, 'export', 'venv_env.tar.gz')).then(() => w);
}

beforeAll(async () => {
  if (!ready) return;
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-reloc-wheels-'));
  const wheel = makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels, CACHED_WHEELS]);
  const pip = resolvePipOptions({ index_url: index.url, extra_index_url: [], trusted_host: [] }, {});
  const log = new MemoryLog();
  uvPath = (await ensureUv('', { log, python: REAL, toolDir: join(FIXTURE_CACHE, 'tools'), pip, env: { PATH: '/usr/bin:/bin' } })).path;
  // The build interpreter: a symlink farm that is deleted before the restore.
  const farm = mkdtempSync(join(tmpdir(), 'swrt-reloc-farm-'));
  mkdirSync(join(farm, 'bin'));
  symlinkSync(REAL, join(farm, 'bin', 'python3'));
  buildEnv = join(mkdtempSync(join(tmpdir(), 'swrt-reloc-build-')), 'venv');
  const uv = new UvInstaller(log, uvPath, UV_CACHE);
  await uv.createEnv(join(farm, 'bin', 'python3'), buildEnv);
  await uv.install(buildEnv, [wheel], pip, wheels);
  writeFileSync(join(buildEnv, 'bin', 'alpha-cli'), `#!${buildEnv}/bin/python\nimport alpha, sys\nprint("cli", alpha.__version__, sys.prefix)\n`);
  chmodSync(join(buildEnv, 'bin', 'alpha-cli'), 0o755);
  expect(readlinkSync(join(buildEnv, 'bin', 'python'))).toBe(join(farm, 'bin', 'python3'));
  packed = await workdir(buildEnv, (a) => packEnv(buildEnv, a, 1700000000));
  oldStyle = await workdir(buildEnv, async (a) => {
    execFileSync('tar', ['-czf', a, '-C', buildEnv, '.']);
  });
  unrestored = mkdtempSync(join(tmpdir(), 'swrt-reloc-w-'));
  cpSync(packed, unrestored, { recursive: true });
  rmSync(farm, { recursive: true, force: true });
  rmSync(buildEnv, { recursive: true, force: true });
}, 120_000);
afterAll(() => index?.close());

const findHere = (pyenvRoot: string) => async (version: string) => (await findPython({ version }, { log: new MemoryLog(), pyenvRoot, env: { PATH: '' } })).path;

maybe('a packed env moved to a machine without the build interpreter', () => {
  it('is packed with no link to the build interpreter, and its exact version recorded', () => {
    const listing = execFileSync('tar', ['-tvzf', join(packed, 'export', 'venv_env.tar.gz')], { encoding: 'utf8' });
    expect(listing).not.toMatch(/-> \//);
    expect(listing).not.toMatch(/swrt-reloc-farm-/);
    expect(listing).toMatch(/pyvenv\.cfg/);
    const cfg = execFileSync('tar', ['-xzOf', join(packed, 'export', 'venv_env.tar.gz'), 'pyvenv.cfg'], { encoding: 'utf8' });
    expect(cfg).toMatch(/^version_info = 3\.11\.7$/m);
  });

  it('runs after a plain unpack anywhere, as swcli restores it: the python launcher and the scripts find each other', () => {
    const at = join(mkdtempSync(join(tmpdir(), 'swrt-reloc-plain-')), 'venv');
    mkdirSync(at);
    execFileSync('tar', ['-xzf', join(packed, 'export', 'venv_env.tar.gz'), '-C', at]);
    const env = { PATH: '/usr/bin:/bin', PYENV_ROOT: PYENV };
    for (const n of ['python', 'python3', 'python3.11']) {
      expect(execFileSync(join(at, 'bin', n), ['-c', 'import sys, alpha; print(sys.prefix, sys.executable, alpha.__version__)'], { encoding: 'utf8', env }).trim()).toBe(`${at} ${join(at, 'bin', n)} 1.0.0`);
    }
    // The script's shebang named the deleted build env; packed, it runs the env's python next to it.
    expect(readFileSync(join(at, 'bin', 'alpha-cli'), 'utf8')).not.toContain(buildEnv);
    expect(execFileSync(join(at, 'bin', 'alpha-cli'), { encoding: 'utf8', env }).trim()).toBe(`cli 1.0.0 ${at}`);
    // Its own bin/ first on PATH (an activated env): the launcher skips its own links, never loops.
    expect(execFileSync(join(at, 'bin', 'python3'), ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8', env: { ...env, PATH: `${join(at, 'bin')}:${env.PATH}` }, timeout: 20_000 }).trim()).toBe(at);
  });

  it.each([
    ['packed by packEnv', () => packed],
    ['packed with the absolute python link (older bundles)', () => oldStyle],
  ])('restores a working env %s: python runs, imports the package, sys.prefix is the new env', async (_label, w) => {
    const log = new MemoryLog();
    const asked: string[] = [];
    const find = findHere(PYENV);
    const target = join(mkdtempSync(join(tmpdir(), 'swrt-reloc-t-')), 'env');
    const r = await restoreVenvAt(w(), {
      log,
      target,
      // starwhale's own install step is tested in restore.test.ts and, with the real swcli, swcli-restore.test.ts.
      starwhale: false,
      installerFor: () => Promise.reject(new Error('no installer is needed for a packed env')),
      pythonFor: (v) => {
        asked.push(v);
        return find(v);
      },
    });
    expect(asked).toEqual(['3.11.7']);
    expect(r.fromPackedEnv).toBe(true);
    const py = join(target, 'bin', 'python');
    expect(execFileSync(py, ['-c', 'import sys, alpha; print(sys.prefix, alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe(`${target} 1.0.0`);
    for (const n of ['python3', 'python3.11']) expect(execFileSync(join(target, 'bin', n), ['-c', 'import sys; print(sys.prefix)'], { encoding: 'utf8' }).trim()).toBe(target);
    expect(execFileSync(join(target, 'bin', 'alpha-cli'), { encoding: 'utf8' }).trim()).toBe(`cli 1.0.0 ${target}`);
    const cfg = readFileSync(join(target, 'pyvenv.cfg'), 'utf8');
    expect(cfg).toMatch(new RegExp(`^home = ${join(PYENV, 'versions', '3.11.7', 'bin')}$`, 'm'));
    expect(cfg).not.toContain('swrt-reloc-farm-');
    expect(cfg).not.toContain(buildEnv);
    // Without starwhale the env is not marked restored for swcli.
    expect(readFileSync(join(target, STATUS_FILE), 'utf8')).toBe('restoring');
  });

  it('refuses in one line, with no success status, when no interpreter of that exact version is here', async () => {
    const log = new MemoryLog();
    const target = join(mkdtempSync(join(tmpdir(), 'swrt-reloc-t-')), 'env');
    const w = unrestored;
    const err = await restoreVenvAt(w, { log, target, installerFor: () => Promise.reject(new Error('unused')), pythonFor: findHere(mkdtempSync(join(tmpdir(), 'swrt-no-pyenv-'))) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/Python 3\.11\.7/);
    expect((err as UserError).format()).not.toContain('\n');
    expect(readFileSync(join(target, STATUS_FILE), 'utf8')).toBe('failed');
    expect(existsSync(join(w, 'activate.host'))).toBe(false);
  });

  it('refuses an interpreter of another version, and one that does not run, before saying success', async () => {
    for (const [python, message] of [
      [PY312, /3\.12\.1.*3\.11\.7|3\.11\.7.*3\.12\.1/],
      ['/bin/false', /does not run|python/i],
    ] as [string, RegExp][]) {
      if (!existsSync(python)) continue;
      const target = join(mkdtempSync(join(tmpdir(), 'swrt-reloc-t-')), 'env');
      const err = await restoreVenvAt(packed, { log: new MemoryLog(), target, installerFor: () => Promise.reject(new Error('unused')), pythonFor: () => Promise.resolve(python) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toMatch(message);
      expect((err as UserError).format()).not.toContain('\n');
      expect(readFileSync(join(target, STATUS_FILE), 'utf8')).toBe('failed');
    }
  });
});
