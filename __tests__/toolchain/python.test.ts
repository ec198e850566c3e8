// resolvePython against real interpreters (pyenv) and a local python-build-standalone mirror whose
// archive is a real pyenv interpreter packed in PBS's install_only layout. Only the sha256 table is
// the fixture's own (upstream hashes cannot match a locally packed archive); it is fed through the
// same SWRT_PYTHON_BUILDS hook a mirror with its own builds would use.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePython } from '../../src/toolchain/python.js';
import { pythonBuild } from '../../src/toolchain/python-builds.js';
import type { ToolchainContext } from '../../src/toolchain/context.js';
import { exec } from '../../src/util/exec.js';
import { MemoryLog } from '../../src/util/log.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { makePbsFixture, PYENV, pyenvPython, type PbsFixture } from '../helpers/toolchain-fixtures.js';
import { skipUnless } from '../helpers/skip.js';

const packed = pyenvPython('3.8');
const d = skipUnless(Boolean(packed), 'no pyenv Python 3.8 to pack as a python-build-standalone fixture');
if (!packed) console.warn('skipping python provisioning tests: no pyenv 3.8.x under ~/.pyenv/versions to pack as a fixture');

d('resolvePython', () => {
  let root: string;
  let server: FixtureServer;
  let pbs: PbsFixture;
  let emptyPyenv: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'swrt-pyfix-'));
    pbs = makePbsFixture(root, packed!);
    console.log(`packed ${pbs.version} as a PBS fixture in ${pbs.seconds.toFixed(2)} s`);
    server = await startFixtureServer(root);
    emptyPyenv = join(root, 'no-pyenv');
    mkdirSync(emptyPyenv);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** A context that sees no local interpreter of the fixture's version. */
  function ctx(over: Partial<ToolchainContext> = {}): ToolchainContext & { log: MemoryLog } {
    return {
      log: new MemoryLog(),
      env: { PATH: '/usr/bin:/bin', HOME: root },
      toolCacheDir: mkdtempSync(join(root, 'tc-')),
      pyenvRoot: emptyPyenv,
      pythonMirror: `${server.url}${pbs.mirrorPath}`,
      pythonBuilds: pbs.table,
      retryDelayMs: 0,
      ...over,
    } as ToolchainContext & { log: MemoryLog };
  }

  const entries = (tc: string) => readdirSync(tc, { recursive: true }).map(String);

  test('explicit --python-path wins', async () => {
    const py = join(pyenvPython('3.9') ?? packed!, 'bin', 'python3');
    const r = await resolvePython({ version: '', pythonPath: py }, ctx());
    expect(r.source).toBe('explicit');
    expect(r.path).toBe(py);
  });

  test("setup-python's RUNNER_TOOL_CACHE/Python/<ver>/<arch> entry", async () => {
    const runner = join(root, 'runner-tc');
    mkdirSync(join(runner, 'Python', '3.8.99'), { recursive: true });
    // A real interpreter under setup-python's layout (its own prefix, reached through the arch dir).
    if (!existsSync(join(runner, 'Python', '3.8.99', 'x64'))) symlinkSync(packed!, join(runner, 'Python', '3.8.99', 'x64'));
    const c = ctx();
    c.env = { ...c.env, RUNNER_TOOL_CACHE: runner };
    const r = await resolvePython({ version: '3.8' }, c);
    expect(r.source).toBe('setup-python');
    expect(r.path).toBe(join(runner, 'Python', '3.8.99', 'x64', 'bin', 'python3'));
    expect(r.version).toBe(pbs.version);
  });

  test('pyenv: the highest patch of the minor', async () => {
    const r = await resolvePython({ version: '3.8' }, ctx({ pyenvRoot: PYENV }));
    expect(r.source).toBe('pyenv');
    expect(r.version).toBe(pbs.version);
  });

  test('pythonX.Y on PATH', async () => {
    const bin = join(root, 'pathbin');
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'python3.8'))) symlinkSync(join(packed!, 'bin', 'python3.8'), join(bin, 'python3.8'));
    const c = ctx();
    c.env = { ...c.env, PATH: `${bin}:/usr/bin:/bin` };
    const r = await resolvePython({ version: '3.8' }, c);
    expect(r.source).toBe('path');
    expect(r.path).toBe(join(bin, 'python3.8'));
  });

  test('download -> verify -> cache; the second run is a tool-cache hit with no request', async () => {
    const c = ctx();
    const before = server.requests.length;
    const r = await resolvePython({ version: '3.8' }, c);
    expect(r.source).toBe('download');
    expect(r.version).toBe(pbs.version);
    expect(r.path).toBe(join(c.toolCacheDir!, 'swrt-python', pbs.version, 'x64', 'bin', 'python3'));
    expect(existsSync(join(c.toolCacheDir!, 'swrt-python', pbs.version, 'x64.complete'))).toBe(true);
    expect(server.requests.slice(before)).toEqual([`/pbs/${pbs.build}/cpython-${pbs.version}+${pbs.build}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz`]);
    expect(c.log.text()).toMatch(/downloaded Python .* in [\d.]+ s, sha256 ok/);
    const out = await exec(r.path, ['-c', 'import json, sys; print(sys.prefix)'], { log: new MemoryLog() });
    expect(out.stdout.trim()).toBe(r.root);

    const c2 = ctx({ toolCacheDir: c.toolCacheDir });
    const again = await resolvePython({ version: pbs.version }, c2);
    expect(again.source).toBe('tool-cache');
    expect(again.path).toBe(r.path);
    expect(server.requests.length).toBe(before + 1);
    expect(c2.log.text()).toMatch(/tool cache hit/);
  });

  test('a sha256 mismatch fails clearly and leaves nothing in the tool cache', async () => {
    const bad = join(root, 'bad-builds.json');
    const t = { source: 'x', base: 'x', builds: { x86_64: { [pbs.version]: { ...pythonBuild(pbs.version, 'x86_64', pbs.table), sha256: '0'.repeat(64) } }, aarch64: {} } };
    writeFileSync(bad, JSON.stringify(t));
    const c = ctx({ pythonBuilds: bad });
    await expect(resolvePython({ version: pbs.version }, c)).rejects.toThrow(/sha256 mismatch for Python 3\.8\.\d+ .*expected 0{64}/);
    expect(entries(c.toolCacheDir!)).toEqual([]);
  });

  test('a truncated download fails clearly (after retries) and leaves nothing', async () => {
    const name = `cpython-${pbs.version}+${pbs.build}-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz`;
    server.fault(name, { truncate: 4096 });
    const c = ctx();
    try {
      await expect(resolvePython({ version: '3.8' }, c)).rejects.toThrow(/download of Python .* failed after 3 attempts: the transfer broke off/);
    } finally {
      server.fault(name, undefined);
    }
    expect(entries(c.toolCacheDir!)).toEqual([]);
  });

  test('an unknown version lists what is available for the platform', async () => {
    await expect(resolvePython({ version: '3.99' }, ctx({ pythonBuilds: undefined }))).rejects.toThrow(/Python 3\.99 is not available .* linux-x86_64/);
    await expect(resolvePython({ version: '3.99' }, ctx({ pythonBuilds: undefined }))).rejects.toMatchObject({ hint: expect.stringMatching(/available: 3\.8\.20, 3\.9\.25, 3\.10\.\d+.*3\.14\.\d+/) });
  });

  test('aarch64 picks the aarch64 triple (injected arch) and SWRT_PYTHON_MIRROR is honoured', async () => {
    const c = ctx({ arch: 'aarch64', pythonMirror: undefined });
    c.env = { ...c.env, SWRT_PYTHON_MIRROR: `${server.url}/pbs/` };
    const r = await resolvePython({ version: pbs.version }, c);
    expect(r.source).toBe('download');
    expect(r.path).toBe(join(c.toolCacheDir!, 'swrt-python', pbs.version, 'arm64', 'bin', 'python3'));
    expect(server.requests[server.requests.length - 1]).toContain('-aarch64-unknown-linux-gnu-install_only_stripped.tar.gz');
  });

  test('the vendored table holds real upstream pins for both machines', () => {
    const b = pythonBuild('3.12.7', 'x86_64');
    expect(b.path).toBe('20241016/cpython-3.12.7%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz');
    expect(b.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pythonBuild('3.11', 'aarch64').path).toContain('aarch64-unknown-linux-gnu');
  });
});
