// Where uv comes from: its own source (uv-mirror: an index or a wheel directory), then the
// runtime's index, every file checked against the pinned sha256. With uv nowhere to be had,
// `installer: auto` builds with pip and says so once; `installer: uv` stops with one error line.
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { build } from '../../src/pipeline/build.js';
import { resolvePipOptions } from '../../src/plan/pip-options.js';
import { findPython } from '../../src/toolchain/python.js';
import { ensureUv, findUv, installUv, UvUnavailable, UV_PINNED } from '../../src/toolchain/uv.js';
import { MemoryLog } from '../../src/util/log.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

process.env.PIP_CONFIG_FILE = '/dev/null';
const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');

/** A 127.0.0.1 port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** PATH without any directory holding a `uv`. */
const pathWithoutUv = () =>
  (process.env.PATH ?? '/usr/bin:/bin')
    .split(delimiter)
    .filter((d) => d && !existsSync(join(d, 'uv')))
    .join(delimiter);

let teamWheels: string;
let team: PackageIndex;
let mirror: PackageIndex;
let deadMirror: string;
beforeAll(async () => {
  teamWheels = mkdtempSync(join(tmpdir(), 'swrt-team-'));
  makeWheel(teamWheels, 'alpha', '1.0.0');
  team = await startIndex([teamWheels]);
  mirror = await startIndex([CACHED_WHEELS]);
  deadMirror = `http://127.0.0.1:${await closedPort()}/simple`;
});
afterAll(async () => {
  await team?.close();
  await mirror?.close();
});

maybe('uv source', () => {
  const ctx = async (env: NodeJS.ProcessEnv, mirrorArg?: string) => ({
    log: new MemoryLog(),
    python: (await findPython({ version: '3.11' }, { log: new MemoryLog() })).path,
    toolDir: mkdtempSync(join(tmpdir(), 'swrt-tools-')),
    pip: resolvePipOptions({ index_url: team.url, extra_index_url: [''], trusted_host: [''] }, {}),
    env: { PATH: '/usr/bin:/bin', ...env },
    mirror: mirrorArg,
  });

  it('installs uv from the uv mirror when the runtime index has none, asking the mirror first', async () => {
    const teamAsked = team.requests.length;
    const got = await ensureUv('', await ctx({ SWRT_UV_MIRROR: mirror.url }));
    expect(got).toMatchObject({ version: UV_PINNED, source: 'installed' });
    expect(mirror.requests.some((r) => r.startsWith('/simple/uv'))).toBe(true);
    expect(team.requests.length).toBe(teamAsked);
  });

  it('takes a directory of wheels as the mirror, and the explicit mirror over the env', async () => {
    const got = await ensureUv('', await ctx({ SWRT_UV_MIRROR: deadMirror }, CACHED_WHEELS));
    expect(got).toMatchObject({ version: UV_PINNED, source: 'installed' });
  });

  it('falls back to the runtime index when the mirror is unreachable', async () => {
    const both = await startIndex([teamWheels, CACHED_WHEELS]);
    try {
      const c = await ctx({ SWRT_UV_MIRROR: deadMirror });
      c.pip = resolvePipOptions({ index_url: both.url, extra_index_url: [''], trusted_host: [''] }, {});
      expect(await ensureUv('', c)).toMatchObject({ version: UV_PINNED, source: 'installed' });
    } finally {
      await both.close();
    }
  });

  it('says uv is unavailable, naming uv-mirror, when neither source has it', async () => {
    const c = await ctx({ SWRT_UV_MIRROR: deadMirror });
    const err = await ensureUv('', c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UvUnavailable);
    expect(String((err as Error).message)).toMatch(/could not install uv 0\.13\.9 from the package index or the uv mirror/);
    expect((err as UvUnavailable).hint).toMatch(/uv-mirror/);
  });

  it('finds a cached uv with no interpreter, and makes nothing in the tool cache when there is none', async () => {
    const c = await ctx({ SWRT_UV_MIRROR: mirror.url });
    const lookup = { log: c.log, toolDir: c.toolDir, env: c.env };
    expect(await findUv('', lookup)).toBeUndefined();
    expect(readdirSync(c.toolDir)).toEqual([]);
    const first = await installUv('', c);
    expect(first.source).toBe('installed');
    expect((readdirSync(c.toolDir, { recursive: true }) as string[]).filter((p) => /\.tmp-|\.dl-/.test(p))).toEqual([]);
    expect(await findUv('', lookup)).toMatchObject({ source: 'tool-cache', path: first.path });
    expect(await ensureUv('', c)).toMatchObject({ source: 'tool-cache', path: first.path });
  });

  describe('swrt build', () => {
    const runtime = () => project({ 'runtime.yaml': 'name: team-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
    const env = (extra: NodeJS.ProcessEnv = {}) =>
      cliEnv(team.url, { RUNNER_TOOL_CACHE: mkdtempSync(join(tmpdir(), 'swrt-tools-')), UV_CACHE_DIR: mkdtempSync(join(tmpdir(), 'swrt-uvc-')), PATH: pathWithoutUv(), ...extra });
    const notice = /warning: .*building with pip/;

    it('uses uv from --uv-mirror when the runtime index has no uv', async () => {
      const r = await runCli(['build', runtime(), '--uv-mirror', mirror.url], { env: env() });
      expect(r.stderr).not.toMatch(notice);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`uv ${UV_PINNED} (installed)`);
    });

    it('with no uv anywhere, installer auto builds with pip and says so once', async () => {
      const r = await runCli(['build', runtime(), '--json'], { env: env({ SWRT_UV_MIRROR: deadMirror }) });
      expect(r.code).toBe(0);
      const lines = r.stderr.split('\n').filter((l) => notice.test(l));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/uv-mirror/);
      expect(JSON.parse(r.stdout)).toMatchObject({ name: 'team-rt' });
    });

    it('with no uv anywhere, installer uv fails with one error line', async () => {
      const r = await runCli(['build', runtime(), '--installer', 'uv'], { env: env({ SWRT_UV_MIRROR: deadMirror }) });
      expect(r.code).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => /error:/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^error: could not install uv 0\.13\.9 .*uv-mirror/);
      expect(r.stderr).not.toMatch(notice);
    });

    // uv is looked up while the interpreter is found; when both fail, the interpreter's error is the one said.
    it('an interpreter that is not there is the error, even when uv fails as well', async () => {
      const r = await runCli(['build', runtime(), '--installer', 'uv', '--uv-version', '0.0.1', '--python-path', '/nonexistent/bin/python3'], { env: env() });
      expect(r.code).toBe(1);
      const errors = r.stderr.split('\n').filter((l) => /error:/.test(l));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('/nonexistent/bin/python3');
      expect(r.stderr).not.toMatch(/uv 0\.0\.1/);
    });

    it('a uv install is timed in the installer stage, not lost between the stages', async () => {
      const e = env();
      const t0 = performance.now();
      const r = await build({ yaml: join(runtime(), 'runtime.yaml'), installer: 'uv', uvMirror: mirror.url, lock: true, includeEnv: false, runCommands: false, tags: [], storeRoot: e.SW_LOCAL_STORAGE, env: e, log: new MemoryLog() });
      const wall = (performance.now() - t0) / 1000;
      expect(r.installer).toBe('uv');
      // a fresh RUNNER_TOOL_CACHE: uv is installed from the mirror (pip download, a venv), well over half a second
      expect(r.timings.installer).toBeGreaterThan(0.5);
      const stages = Object.values(r.timings).reduce((a, b) => a + b, 0);
      expect(stages).toBeLessThanOrEqual(wall + 0.05);
    });

    it("uv's own error when the interpreter is fine", async () => {
      const r = await runCli(['build', runtime(), '--installer', 'uv', '--uv-version', '0.0.1'], { env: env() });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^error: uv 0\.0\.1 is not the pinned uv/m);
    });
  });
});
