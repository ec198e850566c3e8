// freezeEnv reads a venv's site-packages and must print byte-for-byte what real
// `python -m pip freeze --exclude-editable` prints in the same env: envs built by pip and by uv
// from a local index (mixed-case names, unnormalised versions, a direct URL with #sha256, the
// build tools pip hides before Python 3.12), and hand-written PEP 610 records (VCS, directory,
// editable, subdirectory) that no offline build can produce.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { freezeEnv, normalizeVersion } from '../../src/env/freeze.js';
import { envPython, PipInstaller, UvInstaller, type Installer } from '../../src/env/installer.js';
import { resolvePipOptions, type PipOptions } from '../../src/plan/pip-options.js';
import { ensureUv } from '../../src/toolchain/uv.js';
import { MemoryLog } from '../../src/util/log.js';
import { CACHED_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

const py = (v: string) => join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', v, 'bin', 'python3');
const PYTHONS = ['3.9.18', '3.12.1'].filter((v) => existsSync(py(v)));
const ready = hasUvWheel() && PYTHONS.length === 2;
const maybe = skipUnless(ready, 'needs the uv wheel in __tests__/.fixture-cache and pyenv 3.9.18 + 3.12.1');

const env = { ...process.env };
delete env._PIP_USE_IMPORTLIB_METADATA;

/** Real pip's freeze of the env, run by the pip of the interpreter the env was made from (--python). */
function pipFreeze(version: string, envDir: string): string {
  return execFileSync(py(version), ['-m', 'pip', '--python', envPython(envDir), 'freeze', '--exclude-editable', '--disable-pip-version-check'], { encoding: 'utf8', env });
}

describe('normalizeVersion', () => {
  it('is packaging.Version.__str__', () => {
    expect(normalizeVersion('01.2')).toBe('1.2');
    expect(normalizeVersion('1.0-beta1')).toBe('1.0b1');
    expect(normalizeVersion('2.0_RC1')).toBe('2.0rc1');
    expect(normalizeVersion('1.0-1')).toBe('1.0.post1');
    expect(normalizeVersion('1.0.post')).toBe('1.0.post0');
    expect(normalizeVersion('v1.0DEV3')).toBe('1.0.dev3');
    expect(normalizeVersion('0!1.0c')).toBe('1.0rc0');
    expect(normalizeVersion('1!1.0+Ubuntu-01')).toBe('1!1.0+ubuntu.1');
    expect(normalizeVersion('1.0.0')).toBe('1.0.0');
    expect(normalizeVersion('not a version')).toBeUndefined();
  });
});

maybe('freezeEnv matches pip freeze --exclude-editable', () => {
  let index: PackageIndex;
  let uvPath: string;
  let pip: PipOptions;
  let direct: string;
  const log = new MemoryLog();
  beforeAll(async () => {
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-fwheels-'));
    makeWheel(wheels, 'MyCase', '1.0');
    makeWheel(wheels, 'Zeta_Pkg', '01.2');
    makeWheel(wheels, 'alpha', '2.0', ['MyCase']);
    makeWheel(wheels, 'setuptools', '99.0');
    makeWheel(wheels, 'wheel', '99.0');
    const url = makeWheel(wheels, 'Direct.Thing', '3.0');
    index = await startIndex([wheels, CACHED_WHEELS]);
    const sha = createHash('sha256').update(readFileSync(url)).digest('hex');
    direct = `Direct.Thing @ ${index.url.replace(/\/simple$/, '')}/files/${basename(url)}#sha256=${sha}`;
    pip = resolvePipOptions({ index_url: index.url, extra_index_url: [], trusted_host: [] }, {});
    uvPath = (await ensureUv('', { log, python: py('3.12.1'), toolDir: join(FIXTURE_CACHE, 'tools'), pip, env: { PATH: '/usr/bin:/bin' } })).path;
  }, 120_000);
  afterAll(() => index?.close());

  async function built(installer: Installer, version: string): Promise<string> {
    const envDir = join(mkdtempSync(join(tmpdir(), `swrt-freeze-${installer.name}-`)), 'env');
    await installer.createEnv(py(version), envDir);
    await installer.install(envDir, ['alpha', 'Zeta_Pkg', 'setuptools==99.0', 'wheel', direct], pip, tmpdir());
    return envDir;
  }

  for (const version of ['3.9.18', '3.12.1']) {
    it(`pip-built env on ${version}`, async () => {
      const envDir = await built(new PipInstaller(log, py(version)), version);
      const real = pipFreeze(version, envDir);
      expect(real).toContain('MyCase==1.0\n');
      expect(real).toContain('Zeta_Pkg==1.2\n');
      expect(real).toContain(`${direct}\n`);
      expect(real.includes('setuptools==99.0')).toBe(version === '3.12.1');
      expect(freezeEnv(envDir)).toBe(real);
    }, 120_000);

    it(`uv-built env on ${version} (no pip in it) gives pip's text, not uv's`, async () => {
      const envDir = await built(new UvInstaller(log, uvPath), version);
      expect(existsSync(join(envDir, 'bin', 'pip'))).toBe(false);
      const real = pipFreeze(version, envDir);
      expect(real).toContain('MyCase==1.0\n');
      expect(freezeEnv(envDir)).toBe(real);
      const uvText = execFileSync(uvPath, ['pip', 'freeze', '--python', envPython(envDir), '--exclude-editable'], { encoding: 'utf8', env });
      expect(uvText).not.toBe(real);
    }, 120_000);
  }

  it('hand-written PEP 610 records: VCS, directory, editable, subdirectory, hashes only, broken json', () => {
    for (const version of ['3.9.18', '3.12.1']) {
      const envDir = join(mkdtempSync(join(tmpdir(), 'swrt-freeze-hand-')), 'env');
      execFileSync(py(version), ['-m', 'venv', '--without-pip', envDir]);
      const site = join(envDir, 'lib', `python${version.split('.').slice(0, 2).join('.')}`, 'site-packages');
      const dist = (name: string, ver: string, directUrl?: unknown) => {
        // Installers escape the dist-info dir name as in wheel file names: no '-' inside a part.
        const d = join(site, `${name.toLowerCase().replace(/[-.]/g, '_')}-${ver.replace(/-/g, '_')}.dist-info`);
        mkdirSync(d, { recursive: true });
        writeFileSync(join(d, 'METADATA'), `Metadata-Version: 2.1\nName: ${name}\nVersion: ${ver}\n\nbody Name: nope\n`);
        writeFileSync(join(d, 'RECORD'), '');
        if (directUrl !== undefined) writeFileSync(join(d, 'direct_url.json'), typeof directUrl === 'string' ? directUrl : JSON.stringify(directUrl));
      };
      dist('Vcs-Pkg', '0.1', { url: 'https://example.com/o/r.git', vcs_info: { vcs: 'git', commit_id: 'abc123', requested_revision: 'main' } });
      dist('Sub.Pkg', '0.2', { url: 'https://example.com/o/mono.git', vcs_info: { vcs: 'git', commit_id: 'def456' }, subdirectory: 'pkgs/sub' });
      dist('DirPkg', '0.3', { url: 'file:///src/dirpkg', dir_info: {} });
      dist('EditPkg', '0.4', { url: 'file:///src/editpkg', dir_info: { editable: true } });
      dist('HashesOnly', '0.5', { url: 'https://example.com/h-0.5.tar.gz', archive_info: { hashes: { sha256: 'ff' } } });
      dist('Broken', '0.6', '{not json');
      dist('aardvark', '1.0.0-beta1');
      dist('Zed', '2');
      dist('distribute', '1.0');
      const real = pipFreeze(version, envDir);
      expect(real).not.toContain('EditPkg');
      expect(real).toContain('Vcs-Pkg @ git+https://example.com/o/r.git@abc123\n');
      expect(freezeEnv(envDir)).toBe(real);
    }
  });
});
