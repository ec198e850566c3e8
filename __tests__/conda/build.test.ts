// buildCondaEnv's order and environment, with a RECORDING STUB in place of micromamba (not an
// end-to-end test: see e2e.test.ts). The stub logs each call with the variables it got, makes the
// prefix a real python 3.11 venv on `create`, and prints a recorded export on `env export`; pip
// items are installed for real by the env's own pip from a local index, so the lock's pip section
// is a real freeze.
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCondaEnv, condaPythonPin, renderCondarc } from '../../src/conda/build.js';
import { condaLockSummary } from '../../src/conda/lock.js';
import type { LoadedSpec, RawDep } from '../../src/spec/types.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

const PY311 = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', '3.11.7', 'bin', 'python3');
const maybe = skipUnless(existsSync(PY311), `${PY311} is missing`);

const FIX = join(process.cwd(), '__tests__', 'fixtures', 'conda');

function stub(dir: string): string {
  const f = join(dir, 'micromamba');
  writeFileSync(
    f,
    `#!/bin/sh
{ printf 'CALL'; for a in "$@"; do printf ' %s' "$a"; done; printf '\\n'
  printf 'ENV CONDARC=%s CUDA=%s ROOT=%s PIP_INDEX_URL=%s\\n' "$CONDARC" "$CONDA_OVERRIDE_CUDA" "$MAMBA_ROOT_PREFIX" "$PIP_INDEX_URL"; } >> "$STUB_LOG"
if [ "$1" = create ]; then
  while [ "$1" != --prefix ]; do shift; done
  exec "$STUB_PYTHON" -m venv --copies "$2"
fi
if [ "$1" = env ] && [ "$2" = export ]; then exec cat "$STUB_EXPORT"; fi
exit 0
`,
  );
  chmodSync(f, 0o755);
  return f;
}

function loaded(dir: string, deps: RawDep[], over: { python?: string; cuda?: string; condarc?: Record<string, unknown>; indexUrl: string }): LoadedSpec {
  return {
    spec: {
      name: 'conda-by-hand',
      mode: 'conda',
      python: over.python ?? '3.11',
      cuda: over.cuda ?? '',
      cudnn: '',
      arch: [],
      os: '',
      starwhale_version: '',
      docker_image: '',
      configs: { docker: { image: '' }, conda: { channels: ['conda-forge'], condarc: over.condarc ?? {} }, pip: { index_url: over.indexUrl, extra_index_url: [''], trusted_host: ['127.0.0.1'] } },
      dependencies: deps,
    },
    file: join(dir, 'runtime.yaml'),
    dir,
    raw: Buffer.from(''),
    warnings: [],
    diagnostics: [],
    pythonRequest: over.python ?? '3.11',
  };
}

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-cwheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  makeWheel(wheels, 'beta', '2.0.0');
  index = await startIndex([wheels]);
});
afterAll(() => index?.close());

maybe('buildCondaEnv (recording stub tool)', () => {
  it('runs the steps in runtime.yaml order with CONDARC, CONDA_OVERRIDE_CUDA and the root prefix, and locks the real freeze', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-cbuild-'));
    const tool = stub(dir);
    writeFileSync(join(dir, 'conda.yaml'), 'dependencies: [ffmpeg]\n');
    writeFileSync(join(dir, 'requirements.txt'), 'beta==2.0.0\n');
    writeFileSync(join(dir, 'tool.sh'), 'echo tool\n');
    const log = new MemoryLog();
    const stubLog = join(dir, 'calls.log');
    const prefix = join(dir, 'work', 'env');
    const built = await buildCondaEnv({
      loaded: loaded(
        dir,
        [
          { kind: 'conda_env_file', deps: 'conda.yaml' },
          { kind: 'conda_pkg', deps: ['numpy', 'cuda-version=12.4'] },
          { kind: 'pip_pkg', deps: ['alpha==1.0.0'] },
          { kind: 'pip_req_file', deps: 'requirements.txt' },
          { kind: 'native_file', deps: [{ src: 'tool.sh', dest: 'bin/tool.sh' }] },
          { kind: 'command', deps: ['echo "$CONDA_PREFIX" > "$CONDA_PREFIX/cmd-ran"'] },
        ],
        { cuda: '12.4', condarc: { channels: ['https://mirror.example/conda-forge'], ssl_verify: false }, indexUrl: index.url },
      ),
      prefix,
      tool: { path: tool, flavor: 'micromamba' },
      runCommands: true,
      log,
      rootPrefix: join(dir, 'root'),
      env: { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null', STUB_LOG: stubLog, STUB_PYTHON: PY311, STUB_EXPORT: join(FIX, 'micromamba2-export.yaml') },
    });

    const calls = readFileSync(stubLog, 'utf8').split('\n').filter((l) => l.startsWith('CALL'));
    expect(calls).toEqual([
      `CALL create --yes --quiet --prefix ${prefix} python=3.11`,
      `CALL install --yes --quiet --prefix ${prefix} --file ${dir}/conda.yaml`,
      `CALL install --prefix ${prefix} --channel conda-forge --yes --override-channels numpy cuda-version=12.4`,
      `CALL env export --prefix ${prefix}`,
    ]);
    const condarc = join(dir, 'work', '.swrt-condarc');
    const envLines = readFileSync(stubLog, 'utf8').split('\n').filter((l) => l.startsWith('ENV'));
    expect(new Set(envLines)).toEqual(new Set([`ENV CONDARC=${condarc} CUDA=12.4 ROOT=${dir}/root PIP_INDEX_URL=${index.url}`]));
    expect(readFileSync(condarc, 'utf8')).toBe('channels:\n- https://mirror.example/conda-forge\nssl_verify: false\n');
    expect(built.condarcText).toBe(readFileSync(condarc, 'utf8'));
    expect(built.condaVars).toEqual({ CONDARC: condarc, CONDA_OVERRIDE_CUDA: '12.4', MAMBA_ROOT_PREFIX: `${dir}/root`, MAMBA_NO_BANNER: '1' });

    expect(readFileSync(join(prefix, 'bin', 'tool.sh'), 'utf8')).toBe('echo tool\n');
    expect(readFileSync(join(prefix, 'cmd-ran'), 'utf8').trim()).toBe(prefix);
    expect(built.pythonVersion).toBe('3.11.7');
    const { pip, conda } = condaLockSummary(built.lockText);
    expect(pip).toEqual(expect.arrayContaining(['alpha==1.0.0', 'beta==2.0.0']));
    expect(pip).not.toContain('requests==2.32.3'); // the exported pip list is replaced, not merged
    expect(conda).toContain('python=3.11.10=hc5c86c4_3_cpython');
    expect(built.lockText).toMatch(/^channels:\n- conda-forge\ndependencies:\n/);
  });

  it('with a micromamba older than 2.0.4 (its export has no pip item), adds the freeze as the pip item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-cbuild-'));
    const built = await buildCondaEnv({
      loaded: loaded(dir, [{ kind: 'pip_pkg', deps: ['alpha==1.0.0'] }], { indexUrl: index.url }),
      prefix: join(dir, 'env'),
      tool: { path: stub(dir), flavor: 'micromamba', version: '1.5.10' },
      runCommands: false,
      log: new MemoryLog(),
      env: { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null', STUB_LOG: join(dir, 'calls.log'), STUB_PYTHON: PY311, STUB_EXPORT: join(FIX, 'micromamba1-export.yaml') },
    });
    expect(built.lockText).toMatch(/- pip=24\.0=pyhd8ed1ab_0\n- pip:\n {2}- alpha==1\.0\.0\nname: ''\n$/);
  });

  it('skips commands when run-commands is off, and fails when the env python is not the asked one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-cbuild-'));
    const tool = stub(dir);
    const env = { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null', STUB_LOG: join(dir, 'calls.log'), STUB_PYTHON: PY311, STUB_EXPORT: join(FIX, 'micromamba2-export.yaml') };
    const log = new MemoryLog();
    await expect(
      buildCondaEnv({
        loaded: loaded(dir, [{ kind: 'command', deps: ['touch "$CONDA_PREFIX/nope"'] }], { python: '3.10', indexUrl: index.url }),
        prefix: join(dir, 'env'),
        tool: { path: tool, flavor: 'micromamba' },
        runCommands: false,
        log,
        env,
      }),
    ).rejects.toThrow(UserError);
    expect(log.text()).toContain('1 command from runtime.yaml not run (run-commands is off;');
    expect(existsSync(join(dir, 'env', 'nope'))).toBe(false);
    expect(readFileSync(join(dir, 'calls.log'), 'utf8')).toMatch(/^CALL create --yes --quiet --prefix \S+ --channel conda-forge python=3\.10$/m);
    expect(existsSync(join(dir, '.swrt-condarc'))).toBe(false);
  });
});

describe('build helpers', () => {
  it('configs/condarc is safe_dump of the dict, empty when the dict is', () => {
    expect(renderCondarc({})).toBe('');
    expect(renderCondarc({ default_channels: ['https://m/main'], channel_alias: 'https://m', show_channel_urls: true })).toBe(
      'channel_alias: https://m\ndefault_channels:\n- https://m/main\nshow_channel_urls: true\n',
    );
  });
  it('pins an exact python request, else the major.minor swcli uses', () => {
    const l = (python: string, pythonRequest: string) => ({ spec: { python }, pythonRequest }) as unknown as LoadedSpec;
    expect(condaPythonPin(l('3.11', '3.11.9'))).toBe('3.11.9');
    expect(condaPythonPin(l('3.10', '3.10'))).toBe('3.10');
    expect(condaPythonPin(l('3.9', ''))).toBe('3.9');
  });
});
