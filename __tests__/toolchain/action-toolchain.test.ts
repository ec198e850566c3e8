// The action, run as a runner runs it (bundled dist/index.js, INPUT_*, file commands), provisions
// Python and CUDA from the local fixture mirrors (python-build-standalone-style archive packed from a
// pyenv interpreter; NVIDIA-style redist manifest with stub archives), builds in them, sets the
// outputs and env, and a second run is served from the tool cache with no download.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startResultsService } from '../harness/fake-results-service.js';
import { runAction } from '../harness/run-action.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { CACHED_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { makeCudaFixture, makePbsFixture, pyenvPython, type PbsFixture } from '../helpers/toolchain-fixtures.js';
import { skipUnless } from '../helpers/skip.js';

const packed = pyenvPython('3.8');
const uvBin = join(FIXTURE_CACHE, 'tools', 'swrt-uv', '0.13.9', process.arch === 'arm64' ? 'arm64' : 'x64', 'bin');
const ready = packed && hasUvWheel() && existsSync(join(uvBin, 'uv'));
const d = skipUnless(Boolean(ready), 'needs pyenv Python 3.8, the uv wheel in __tests__/.fixture-cache and its unpacked uv binary');
if (!ready) console.warn('skipping the action toolchain test: needs pyenv 3.8.x and the uv fixture (scripts/ci-fixtures.sh)');

d('action: provisions Python and CUDA from mirrors', () => {
  let root: string;
  let server: FixtureServer;
  let index: PackageIndex;
  let pbs: PbsFixture;
  let toolCache: string;
  let env: NodeJS.ProcessEnv;
  const yaml = 'name: cuda-rt\nenvironment:\n  python: "3.8"\n  cuda: "12.4"\n  cudnn: "9"\ndependencies:\n  - pip: [alpha==1.0.0]\n  - commands:\n      - echo "$CUDA_HOME" > cuda_home.txt && nvcc --version > nvcc.txt\n';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'swrt-atc-'));
    pbs = makePbsFixture(root, packed!);
    makeCudaFixture(root);
    server = await startFixtureServer(root);
    const wheels = join(root, 'wheels');
    mkdirSync(wheels);
    makeWheel(wheels, 'alpha', '1.0.0');
    index = await startIndex([wheels, CACHED_WHEELS]);
    mkdirSync(join(root, 'no-pyenv'));
    toolCache = join(root, 'toolcache');
    env = {
      // No interpreter of 3.8 anywhere: not in pyenv, not on PATH; uv is on PATH.
      PATH: `${uvBin}:/usr/bin:/bin`,
      PYENV_ROOT: join(root, 'no-pyenv'),
      RUNNER_TOOL_CACHE: toolCache,
      SWRT_PYTHON_BUILDS: pbs.table,
      SW_LOCAL_STORAGE: join(root, 'store'),
      PIP_CONFIG_FILE: '/dev/null',
      UV_NO_CONFIG: '1',
      SW_PYPI_INDEX_URL: index.url,
      SOURCE_DATE_EPOCH: '1700000000',
    };
  });
  afterAll(async () => {
    await server?.close();
    await index?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const run = (ws: string) => {
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'runtime.yaml'), yaml);
    return runAction({
      entry: 'both',
      workspace: ws,
      // cudnn-version pins the exact label the fixture mirror has (the yaml's "9" means the newest 9.x).
      inputs: { 'python-mirror': `${server.url}/pbs`, 'cuda-mirror': `${server.url}/nv`, 'cudnn-version': '9.8', cache: 'false', 'run-commands': 'true' },
      env,
    });
  };

  it('downloads, verifies and caches both; builds inside them; exports CUDA_HOME, PATH and the outputs', async () => {
    const ws = join(root, 'ws1');
    const r = await run(ws);
    if (r.main?.code !== 0) console.log(r.main?.stdout, r.main?.stderr);
    expect(r.main?.code).toBe(0);
    expect(r.code).toBe(0);
    const o = r.main!.outputs;
    expect(o['python-version']).toBe(pbs.version);
    expect(o['python-path']).toBe(join(toolCache, 'swrt-python', pbs.version, 'x64', 'bin', 'python3'));
    expect(o['cuda-version']).toBe('12.4.1');
    expect(o['cuda-path']!.startsWith(join(toolCache, 'swrt-cuda-'))).toBe(true);
    const ex = r.main!.exportedEnv;
    expect(ex.CUDA_HOME).toBe(o['cuda-path']);
    expect(ex.CUDA_PATH).toBe(o['cuda-path']);
    expect(ex.CUDAToolkit_ROOT).toBe(o['cuda-path']);
    expect(ex.CUDNN_HOME).toMatch(/swrt-cudnn-cuda12/);
    expect(ex.LD_LIBRARY_PATH).toBeUndefined();
    expect(r.main!.path).toContain(join(o['cuda-path']!, 'bin'));
    expect(execFileSync(join(o['cuda-path']!, 'bin', 'nvcc'), ['--version'], { encoding: 'utf8' })).toMatch(/release 12\.4, V12\.4\.131/);
    // The build's commands saw the toolkit as later steps will.
    expect(readFileSync(join(ws, 'cuda_home.txt'), 'utf8').trim()).toBe(o['cuda-path']);
    expect(readFileSync(join(ws, 'nvcc.txt'), 'utf8')).toMatch(/release 12\.4/);
    // The env is made from the downloaded interpreter and imports its package.
    expect(execFileSync(join(o['env-path']!, 'bin', 'python'), ['-c', 'import sys, alpha; print(sys.version.split()[0], alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe(`${pbs.version} 1.0.0`);
    expect(r.main!.stdout).toMatch(/sha256 ok/);
    expect(r.main!.summary).toMatch(/cuda<\/td><td>12\.4\.1/);
    expect(server.requests.some((p) => p.endsWith('redistrib_12.4.1.json'))).toBe(true);
  });

  it('a second run (fresh workspace) is a tool-cache hit with no request to the mirrors', async () => {
    const before = server.requests.length;
    const r = await run(join(root, 'ws2'));
    expect(r.main?.code).toBe(0);
    expect(server.requests.length).toBe(before);
    expect(r.main!.stdout).toMatch(/Python \S+: tool cache hit/);
    expect(r.main!.stdout).toMatch(/CUDA 12\.4\.1 .*tool cache hit/);
    expect(r.main!.outputs['cuda-version']).toBe('12.4.1');
  });

  it('an unavailable CUDA version fails the step with the nearest supported versions and no stack trace', async () => {
    const ws = join(root, 'ws3');
    mkdirSync(ws);
    writeFileSync(join(ws, 'runtime.yaml'), 'name: bad-cuda\nenvironment:\n  python: "3.8"\n  cuda: "11.2"\n');
    const r = await runAction({ entry: 'main', workspace: ws, inputs: { 'python-mirror': `${server.url}/pbs`, 'cuda-mirror': `${server.url}/nv`, cache: 'false' }, env });
    expect(r.code).not.toBe(0);
    const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    expect(errors.join('\n')).toMatch(/CUDA 11\.2.*cannot be installed.*nearest supported versions/s);
    expect(r.stdout).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('with the cache service, a fresh runner (empty tool cache) restores the toolchain layer instead of downloading', async () => {
    const svc = await startResultsService();
    try {
      const job = (name: string) => {
        const ws = join(root, name);
        mkdirSync(ws, { recursive: true });
        writeFileSync(join(ws, 'runtime.yaml'), yaml);
        return runAction({
          entry: 'main',
          workspace: ws,
          inputs: { 'python-mirror': `${server.url}/pbs`, 'cuda-mirror': `${server.url}/nv`, 'cudnn-version': '9.8' },
          // Same tool-cache path on every runner, as on GitHub's images, but empty each time.
          env: { ...env, ...svc.env(), ACTIONS_CACHE_URL: undefined, RUNNER_TOOL_CACHE: join(root, 'fresh-toolcache') },
        });
      };
      rmSync(join(root, 'fresh-toolcache'), { recursive: true, force: true });
      const first = await job('ws-tc1');
      expect(first.code).toBe(0);
      const saved = svc.caches.filter((c) => c.finalized).map((c) => c.key);
      expect(saved.filter((k) => k.startsWith('swrt-toolchain-v1-'))).toHaveLength(1);
      expect(saved.find((k) => k.startsWith('swrt-toolchain-'))).toMatch(new RegExp(`-py${pbs.version.replace(/\./g, '\\.')}-cu12\\.4\\.1-`));

      rmSync(join(root, 'fresh-toolcache'), { recursive: true, force: true });
      const before = server.requests.length;
      const second = await job('ws-tc2');
      expect(second.code).toBe(0);
      expect(server.requests.length).toBe(before);
      expect(second.stdout).toMatch(/cache toolchain: exact hit/);
      expect(second.stdout).toMatch(/Python \S+: tool cache hit/);
      expect(second.outputs['python-version']).toBe(pbs.version);
      expect(execFileSync(join(second.outputs['cuda-path']!, 'bin', 'nvcc'), ['--version'], { encoding: 'utf8' })).toMatch(/release 12\.4/);
    } finally {
      await svc.close();
    }
  });
});
