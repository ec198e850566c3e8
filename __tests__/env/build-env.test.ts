// buildEnv with a LoadedSpec made by hand: the pip installer against an index that requires basic
// auth (credentials masked in every log line), `files` directories copied recursively, commands
// only when allowed, conda items skipped with a warning. Real python 3.11, real pip.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEnv, copyNativeFile, withExpandedRequirements } from '../../src/env/build.js';
import { PipInstaller } from '../../src/env/installer.js';
import type { LoadedSpec, RawDep } from '../../src/spec/types.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

const PY311 = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', '3.11.7', 'bin', 'python3');
const maybe = skipUnless(existsSync(PY311), `${PY311} is missing`);

const PASSWORD = 'pa55-w0rd-xyz';
let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-awheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels], { auth: { user: 'ci', password: PASSWORD } });
});
afterAll(() => index?.close());

function loaded(dir: string, dependencies: RawDep[], indexUrl: string): LoadedSpec {
  return {
    spec: {
      name: 'by-hand',
      mode: 'venv',
      python: '3.11',
      cuda: '',
      cudnn: '',
      arch: [],
      os: '',
      starwhale_version: '',
      docker_image: '',
      configs: { docker: { image: '' }, conda: { channels: [], condarc: {} }, pip: { index_url: indexUrl, extra_index_url: [''], trusted_host: ['127.0.0.1'] } },
      dependencies,
    },
    file: join(dir, 'runtime.yaml'),
    dir,
    raw: Buffer.from(''),
    warnings: [],
    diagnostics: [],
    pythonRequest: '3.11',
  };
}

maybe('buildEnv', () => {
  it('installs from an authenticated index without logging the password, copies files, skips commands when off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-bproj-'));
    mkdirSync(join(dir, 'conf', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'conf', 'a.cfg'), 'a');
    writeFileSync(join(dir, 'conf', 'nested', 'b.cfg'), 'b');
    const authed = index.url.replace('http://', `http://ci:${PASSWORD}@`);
    const log = new MemoryLog();
    const envDir = join(dir, 'env');
    const built = await buildEnv({
      loaded: loaded(dir, [
        { kind: 'pip_pkg', deps: ['alpha==1.0.0'] },
        { kind: 'native_file', deps: [{ src: 'conf', dest: 'etc/conf' }] },
        { kind: 'conda_pkg', deps: ['numpy'] },
        { kind: 'command', deps: ['touch should-not-exist.flag'] },
      ], authed),
      python: PY311,
      envDir,
      installer: new PipInstaller(log, PY311),
      runCommands: false,
      log,
      env: { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null' },
    });
    expect(built.envDir).toBe(envDir);
    expect(built.installer).toBe('pip');
    expect(built.pip.indexUrl).toBe(authed);
    expect(execFileSync(built.pythonPath, ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');
    expect(readFileSync(join(envDir, 'etc', 'conf', 'nested', 'b.cfg'), 'utf8')).toBe('b');
    expect(existsSync(join(dir, 'should-not-exist.flag'))).toBe(false);
    const skipped = log.lines.filter((l) => l.msg.includes('not run'));
    expect(skipped.map((l) => l.msg)).toEqual([
      '1 command from runtime.yaml not run (run-commands is off; enable with run-commands: true, --run-commands or SW_RUNTIME_FORCE_RUN_COMMAND=1):\n  touch should-not-exist.flag',
    ]);
    expect(log.text('warn')).toContain('conda_pkg ignored in venv mode');
    expect(log.secrets).toContain(PASSWORD);
    expect(log.text()).not.toContain(PASSWORD);
    expect(log.text()).toContain('pip install');
  });

  it('expands ${VAR} in pip entries from the build env', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-bproj-'));
    const log = new MemoryLog();
    const authed = index.url.replace('http://', `http://ci:${PASSWORD}@`);
    const built = await buildEnv({
      loaded: loaded(dir, [{ kind: 'pip_pkg', deps: ['alpha==${ALPHA_VERSION}'] }], authed),
      python: PY311,
      envDir: join(dir, 'env'),
      installer: new PipInstaller(log, PY311),
      runCommands: false,
      log,
      env: { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null', ALPHA_VERSION: '1.0.0' },
    });
    expect(execFileSync(built.pythonPath, ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');
  });

  it('hands the installer an expanded private copy of a requirements file beside it, then removes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-bproj-'));
    writeFileSync(join(dir, 'requirements.txt'), '-r base.txt\nalpha==${ALPHA_VERSION}\n');
    const log = new MemoryLog();
    const seen = await withExpandedRequirements(join(dir, 'requirements.txt'), { ALPHA_VERSION: '1.0.0' }, log, async (f) => ({ f, text: readFileSync(f, 'utf8') }));
    expect(seen.f).toBe(join(dir, '.swrt-expanded-requirements.txt'));
    expect(seen.text).toBe('-r base.txt\nalpha==1.0.0\n');
    expect(existsSync(seen.f)).toBe(false);
    writeFileSync(join(dir, 'plain.txt'), 'alpha==1.0.0\n');
    expect(await withExpandedRequirements(join(dir, 'plain.txt'), {}, log, async (f) => f)).toBe(join(dir, 'plain.txt'));
  });

  it('refuses a files dest that escapes the env, saying what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-bproj-'));
    writeFileSync(join(dir, 'x'), 'x');
    const root = join(dir, 'env');
    let err: unknown;
    try {
      copyNativeFile(dir, 'x', root, '../../outside');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).format()).toBe(`error: files dest "../../outside" escapes ${root} (hint: make dest a path inside the environment, e.g. bin/tool.sh)`);
    expect(existsSync(join(dir, '..', 'outside'))).toBe(false);
    copyNativeFile(dir, 'x', root, '/bin/x'); // a leading "/" is relative to the env root, as swcli does
    expect(readFileSync(join(root, 'bin', 'x'), 'utf8')).toBe('x');
  });
});
