// Restoring a conda bundle: a packed env unpacked and moved (real files), or a new prefix built from
// the lock in swcli's restore order (with the RECORDING STUB tool of build.test.ts: not end to end).
import { restoreCondaAt } from '../helpers/restore.js';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { packCondaEnv } from '../../src/conda/pack.js';
import { condaActivation, condaRestoreOrder } from '../../src/conda/restore.js';
import type { RawDep } from '../../src/spec/types.js';
import { MemoryLog } from '../../src/util/log.js';
import { makeWheel, startIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

const PY311 = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', '3.11.7', 'bin', 'python3');
const tmp = () => mkdtempSync(join(tmpdir(), 'swrt-crestore-'));
const noTool = async () => {
  throw new Error('the tool must not be needed');
};

describe('restoreCondaEnv from a packed env', () => {
  it('unpacks export/conda_env.tar.gz into export/conda, moves it, and writes status and activate scripts', async () => {
    const dir = tmp();
    const build = join(dir, 'build', 'prefix');
    mkdirSync(join(build, 'bin'), { recursive: true });
    writeFileSync(join(build, 'bin', 'where'), `#!/bin/sh\necho ${build}\n`);
    chmodSync(join(build, 'bin', 'where'), 0o755);
    // The packed env has starwhale already, so restore's last step (installing it) has nothing to do.
    mkdirSync(join(build, 'lib', 'python3.11', 'site-packages', 'starwhale-0.6.15.dist-info'), { recursive: true });
    const workdir = join(dir, 'wd');
    mkdirSync(join(workdir, 'export'), { recursive: true });
    await packCondaEnv(build, join(workdir, 'export', 'conda_env.tar.gz'), 0);
    writeFileSync(join(workdir, '_manifest.yaml'), stringify({ environment: { mode: 'conda', python: '3.11', arch: ['noarch'] }, dependencies: { local_packaged_env: true, raw_deps: [] } }));
    const r = await restoreCondaAt(workdir, { log: new MemoryLog(), tool: noTool, arch: 'x86_64' });
    const env = join(workdir, 'export', 'conda');
    expect(r).toMatchObject({ envDir: env, mode: 'conda', python: '3.11', fromPackedEnv: true, relocated: { from: build, to: env, text: 1 } });
    expect(execFileSync(join(env, 'bin', 'where'), { encoding: 'utf8' }).trim()).toBe(env);
    expect(readFileSync(join(env, '.runtime_restore_status'), 'utf8')).toBe('success');
    expect(readFileSync(join(workdir, 'activate.host'), 'utf8')).toBe(`\nprintf '%s\\n' 'conda activate ${env}'\n`);
    expect(readFileSync(join(workdir, 'env.sw'), 'utf8')).toMatch(new RegExp(`^SW_ACTIVATED_RUNTIME_MODE_IN_SHELL=conda\nSW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL=${env}\n`));
  });

  it('refuses another arch and a missing archive (status failed)', async () => {
    const workdir = tmp();
    writeFileSync(join(workdir, '_manifest.yaml'), stringify({ environment: { mode: 'conda', python: '3.11', arch: ['arm64'] }, dependencies: { local_packaged_env: true } }));
    await expect(restoreCondaAt(workdir, { log: new MemoryLog(), tool: noTool, arch: 'x86_64' })).rejects.toThrow(/built for arm64/);
    writeFileSync(join(workdir, '_manifest.yaml'), stringify({ environment: { mode: 'conda', python: '3.11' }, dependencies: { local_packaged_env: true } }));
    await expect(restoreCondaAt(workdir, { log: new MemoryLog(), tool: noTool })).rejects.toThrow(/conda_env\.tar\.gz is missing/);
    expect(readFileSync(join(workdir, 'export', 'conda', '.runtime_restore_status'), 'utf8')).toBe('failed');
  });
});

describe('condaRestoreOrder', () => {
  const raw: RawDep[] = [
    { kind: 'conda_env_file', deps: 'conda.yaml' },
    { kind: 'pip_pkg', deps: ['a'] },
    { kind: 'wheel', deps: ['w.whl'] },
    { kind: 'command', deps: ['c1'] },
    { kind: 'native_file', deps: [{ src: 's', dest: 'd' }] },
    { kind: 'conda_pkg', deps: ['numpy'] },
  ];
  const setup: RawDep[] = [{ kind: 'pip_pkg', deps: ['torch==2.0', 'cython'] }];
  it('with a lock: setup_requires, commands, the lock as an env file, then files and wheels', () => {
    expect(condaRestoreOrder({ environment: { lock: { files: ['.starwhale/lock/conda-sw-lock.yaml'] } }, dependencies: { raw_deps: raw, setup_requires: setup } })).toEqual([
      setup[0],
      raw[3],
      { kind: 'conda_env_file', deps: '.starwhale/lock/conda-sw-lock.yaml' },
      raw[2],
      raw[4],
    ]);
  });
  it('without a lock: setup_requires then every raw dep in order', () => {
    expect(condaRestoreOrder({ dependencies: { raw_deps: raw, setup_requires: setup } })).toEqual([...setup, ...raw]);
  });
  it('activation sets CONDA_PREFIX and puts bin first on PATH', () => {
    expect(condaActivation('/e', { PATH: '/usr/bin', VIRTUAL_ENV: '/v' })).toEqual({ env: { CONDA_PREFIX: '/e', CONDA_DEFAULT_ENV: '/e' }, path: '/e/bin' });
  });
});

skipUnless(existsSync(PY311), `${PY311} is missing`)('restoreCondaEnv from the lock (recording stub tool)', () => {
  it('creates the prefix, installs the lock with CONDARC from configs/condarc, then wheels and files, commands first', async () => {
    const dir = tmp();
    const stubLog = join(dir, 'calls.log');
    const tool = join(dir, 'micromamba');
    writeFileSync(
      tool,
      `#!/bin/sh\n{ printf 'CALL'; for a in "$@"; do printf ' %s' "$a"; done; printf ' CONDARC=%s\\n' "$CONDARC"; } >> "${stubLog}"\nif [ "$1" = create ]; then while [ "$1" != --prefix ]; do shift; done; exec "${PY311}" -m venv "$2"; fi\nexit 0\n`,
    );
    chmodSync(tool, 0o755);
    const workdir = join(dir, 'wd');
    mkdirSync(join(workdir, 'configs'), { recursive: true });
    mkdirSync(join(workdir, 'files'), { recursive: true });
    writeFileSync(join(workdir, 'configs', 'condarc'), 'channels:\n- https://m/c\n');
    writeFileSync(join(workdir, 'files', 'cfg.ini'), 'x=1\n');
    const wheel = makeWheel(join(workdir, 'wheels'), 'gamma', '0.3.0');
    const wheelName = wheel.split('/').pop()!;
    // starwhale, installed last with the env's pip from the runtime's index: a stand-in wheel here.
    const sw = join(dir, 'sw-wheels');
    makeWheel(sw, 'starwhale', '0.6.15');
    const index = await startIndex([sw]);
    writeFileSync(
      join(workdir, '_manifest.yaml'),
      stringify({
        environment: { mode: 'conda', python: '3.11', lock: { files: ['.starwhale/lock/conda-sw-lock.yaml'] } },
        configs: { conda: { channels: ['conda-forge'], condarc: { channels: ['https://m/c'] } }, pip: { index_url: index.url, extra_index_url: [''], trusted_host: [''] } },
        dependencies: {
          local_packaged_env: false,
          raw_deps: [
            { kind: 'conda_pkg', deps: ['numpy'] },
            { kind: 'wheel', deps: [wheelName] },
            { kind: 'native_file', deps: [{ src: 'cfg.ini', dest: 'etc/cfg.ini' }] },
            { kind: 'command', deps: ['echo ran > "$CONDA_PREFIX/cmd"'] },
          ],
        },
      }),
    );
    const r = await restoreCondaAt(workdir, { log: new MemoryLog(), tool: async () => ({ path: tool, flavor: 'micromamba' }), runCommands: true, env: { PATH: process.env.PATH, PIP_CONFIG_FILE: '/dev/null' } }).finally(() => index.close());
    const env = join(workdir, 'export', 'conda');
    expect(r.fromPackedEnv).toBe(false);
    const condarc = join(workdir, 'configs', 'condarc');
    expect(readFileSync(stubLog, 'utf8').trim().split('\n')).toEqual([
      `CALL create --yes --quiet --prefix ${env} python=3.11 CONDARC=${condarc}`,
      `CALL install --yes --quiet --prefix ${env} --file ${workdir}/dependencies/.starwhale/lock/conda-sw-lock.yaml CONDARC=${condarc}`,
    ]);
    expect(readFileSync(join(env, 'cmd'), 'utf8')).toBe('ran\n');
    expect(readFileSync(join(env, 'etc', 'cfg.ini'), 'utf8')).toBe('x=1\n');
    expect(execFileSync(join(env, 'bin', 'python'), ['-c', 'import gamma; print(gamma.__version__)'], { encoding: 'utf8' }).trim()).toBe('0.3.0');
    expect(execFileSync(join(env, 'bin', 'python'), ['-c', 'from importlib.metadata import version; print(version("starwhale"))'], { encoding: 'utf8' }).trim()).toBe('0.6.15');
    expect(index.requests.some((u) => u.startsWith('/simple/starwhale'))).toBe(true);
    expect(readFileSync(join(env, '.runtime_restore_status'), 'utf8')).toBe('success');
  });
});
