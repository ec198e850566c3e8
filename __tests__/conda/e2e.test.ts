// End to end with a REAL micromamba and a REAL channel: build (env file + conda list + pip list +
// condarc) → conda-sw-lock.yaml → packed env → restore elsewhere → run the restored python.
// This machine cannot run it: no micromamba or conda installs from the registries it reaches
// (PyPI, npm, Debian), and conda channels are not reachable. It runs where SWRT_CONDA_E2E=1 is set
// on a machine with network access (GitHub runners): the pinned micromamba is downloaded and
// verified, packages come from conda-forge (or SWRT_CONDA_E2E_CHANNEL) and PyPI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCondaEnv } from '../../src/conda/build.js';
import { condaLockSummary } from '../../src/conda/lock.js';
import { resolveCondaTool } from '../../src/conda/micromamba.js';
import { packCondaEnv } from '../../src/conda/pack.js';
import { unpackCondaEnv } from '../../src/conda/restore.js';
import type { LoadedSpec } from '../../src/spec/types.js';
import { MemoryLog } from '../../src/util/log.js';
import { skipUnless } from '../helpers/skip.js';

const ENABLED = process.env.SWRT_CONDA_E2E === '1';
const REASON = 'no real micromamba/conda and no reachable conda channel on this machine; set SWRT_CONDA_E2E=1 on a networked runner';
skipUnless(ENABLED, REASON)(`conda mode end to end (skipped unless SWRT_CONDA_E2E=1: ${REASON})`, () => {
  it('builds, locks, packs and restores a conda runtime with micromamba', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-conda-e2e-'));
    const channel = process.env.SWRT_CONDA_E2E_CHANNEL || 'conda-forge';
    writeFileSync(join(dir, 'conda.yaml'), `channels: [${channel}]\ndependencies:\n  - pip\n  - pip:\n    - six==1.16.0\n`);
    const log = new MemoryLog();
    const tool = await resolveCondaTool('auto', { log, toolCacheDir: join(dir, 'tools') });
    const loaded: LoadedSpec = {
      spec: {
        name: 'conda-e2e',
        mode: 'conda',
        python: '3.11',
        cuda: '',
        cudnn: '',
        arch: [],
        os: '',
        starwhale_version: '',
        docker_image: '',
        configs: { docker: { image: '' }, conda: { channels: [channel], condarc: { channels: [channel], channel_priority: 'strict' } }, pip: { index_url: '', extra_index_url: [''], trusted_host: [''] } },
        dependencies: [
          { kind: 'conda_env_file', deps: 'conda.yaml' },
          { kind: 'conda_pkg', deps: ['zlib'] },
          { kind: 'pip_pkg', deps: ['idna==3.7'] },
        ],
      },
      file: join(dir, 'runtime.yaml'),
      dir,
      raw: Buffer.from(''),
      warnings: [],
      diagnostics: [],
      pythonRequest: '3.11',
    };
    const prefix = join(dir, 'build', 'env');
    const built = await buildCondaEnv({ loaded, prefix, tool, runCommands: false, log, rootPrefix: join(dir, 'root') });
    const lock = condaLockSummary(built.lockText);
    expect(lock.conda.some((s) => s.startsWith('zlib='))).toBe(true);
    expect(lock.conda.some((s) => s.startsWith('python=3.11.'))).toBe(true);
    expect(lock.pip).toEqual(expect.arrayContaining(['six==1.16.0', 'idna==3.7']));

    const archive = join(dir, 'conda_env.tar.gz');
    const record = await packCondaEnv(prefix, archive, 0);
    expect(record.text.length).toBeGreaterThan(0);
    const target = join(dir, 'restored', 'a', 'longer', 'place', 'env');
    await unpackCondaEnv(archive, target, log);
    const out = execFileSync(join(target, 'bin', 'python'), ['-c', 'import sys, six, idna, zlib; print(sys.prefix)'], { encoding: 'utf8' });
    expect(out.trim()).toBe(target);
    // pip's entry script has its shebang moved to the new place
    expect(execFileSync(join(target, 'bin', 'pip'), ['--version'], { encoding: 'utf8' })).toContain(target);
  });
});
