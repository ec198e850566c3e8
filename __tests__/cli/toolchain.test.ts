// `swrt toolchain` (the bundled dist/cli.js, as users run it) and the runner hand-off
// (the toolchain's outputs and variables through the real @actions/core file commands), against the local fixture mirrors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolchainOutputs } from '../../src/action/outputs.js';
import { handOff } from '../../src/github/runner.js';
import { provisionToolchain } from '../../src/toolchain/provision.js';
import { MemoryLog } from '../../src/util/log.js';
import { runCli } from '../helpers/cli.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { parseFileCommands } from '../harness/run-action.js';
import { makeCudaFixture, makePbsFixture, pyenvPython, type PbsFixture } from '../helpers/toolchain-fixtures.js';
import { skipUnless } from '../helpers/skip.js';

const packed = pyenvPython('3.8');
const d = skipUnless(Boolean(packed), 'no pyenv Python 3.8 to pack as a python-build-standalone fixture');
if (!packed) console.warn('skipping swrt toolchain tests: no pyenv 3.8.x to pack as a fixture');

d('swrt toolchain and the runner hand-off', () => {
  let root: string;
  let server: FixtureServer;
  let pbs: PbsFixture;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'swrt-tcli-'));
    pbs = makePbsFixture(root, packed!);
    makeCudaFixture(root);
    server = await startFixtureServer(root);
    mkdirSync(join(root, 'no-pyenv'));
    env = {
      PATH: '/usr/bin:/bin',
      HOME: root,
      PYENV_ROOT: join(root, 'no-pyenv'),
      RUNNER_TOOL_CACHE: join(root, 'tc'),
      SWRT_PYTHON_MIRROR: `${server.url}/pbs`,
      SWRT_PYTHON_BUILDS: pbs.table,
      SWRT_CUDA_MIRROR: `${server.url}/nv`,
    };
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('provisions Python + CUDA, prints JSON; the second run is served from the tool cache', async () => {
    const first = await runCli(['toolchain', '--python', '3.8', '--cuda', '12.4', '--json'], { env });
    expect(first.stderr).toMatch(/downloaded Python/);
    expect(first.code).toBe(0);
    const r = JSON.parse(first.stdout);
    expect(r.python).toMatchObject({ version: pbs.version, source: 'download', path: join(root, 'tc', 'swrt-python', pbs.version, 'x64', 'bin', 'python3') });
    expect(r.cuda).toMatchObject({ label: '12.4.1', platform: 'linux-x86_64', source: 'download', components: ['cuda_cccl', 'cuda_cudart', 'cuda_nvcc'] });
    expect(r.cuda.env.CUDA_HOME).toBe(r.cuda.home);

    const n = server.requests.length;
    const second = await runCli(['toolchain', '--python', '3.8', '--cuda', '12.4', '--json'], { env });
    expect(second.code).toBe(0);
    const r2 = JSON.parse(second.stdout);
    expect(r2.python.source).toBe('tool-cache');
    expect(r2.cuda.source).toBe('tool-cache');
    expect(server.requests.length).toBe(n);
  });

  test('bad input: one error line, exit 1, no stack trace', async () => {
    const r = await runCli(['toolchain', '--cuda', '11.3'], { env });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('error:'))).toHaveLength(1);
    expect(lines[lines.length - 1]).toMatch(/^error: CUDA 11\.3\.1 cannot be installed from NVIDIA's redist archives.*\(hint: use one of the nearest supported versions: 11\.4\.2/);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('the toolchain hand-off writes CUDA_HOME/CUDA_PATH/CUDAToolkit_ROOT, PATH and the outputs as file commands', async () => {
    const t = await provisionToolchain({ python: '3.8', cuda: '12.4' }, { log: new MemoryLog(), env, pythonMirror: env.SWRT_PYTHON_MIRROR, cudaMirror: env.SWRT_CUDA_MIRROR, toolCacheDir: env.RUNNER_TOOL_CACHE });
    const files = { GITHUB_ENV: join(root, 'env'), GITHUB_PATH: join(root, 'path'), GITHUB_OUTPUT: join(root, 'out') };
    for (const f of Object.values(files)) writeFileSync(f, '');
    const saved = { ...process.env };
    Object.assign(process.env, files);
    try {
      handOff(toolchainOutputs(t));
    } finally {
      for (const k of Object.keys(files)) delete process.env[k];
      Object.assign(process.env, { ...saved, PATH: saved.PATH });
    }
    const exported = parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8'));
    expect(exported).toEqual({ CUDA_HOME: t.cuda!.home, CUDA_PATH: t.cuda!.home, CUDAToolkit_ROOT: t.cuda!.home });
    expect(readFileSync(files.GITHUB_PATH, 'utf8').trim()).toBe(join(t.cuda!.home, 'bin'));
    expect(parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8'))).toEqual({
      'python-version': pbs.version,
      'python-path': t.python!.path,
      'cuda-version': '12.4.1',
      'cuda-path': t.cuda!.home,
    });
  });
});
