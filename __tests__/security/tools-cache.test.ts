// Attacks on what we run from outside: a package index serving another "uv", tool-cache entries
// that are not what was verified, env layers poisoned in the cache, and cache writes from events
// whose code is not the repository's own. Every attack plants something that would leave a
// sentinel file if it ran, and asserts that it did not.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalLayerCache } from '../../src/cache/local-layer-cache.js';
import { treeDigest } from '../../src/util/tree-digest.js';
import { resolvePipOptions } from '../../src/plan/pip-options.js';
import { prepareEnv, ENV_KEY_FILE } from '../../src/pipeline/build.js';
import { cachePolicy } from '../../src/plan/cache-keys.js';
import { findPython } from '../../src/toolchain/python.js';
import { findCached, installCached, markerPath, type ToolCacheEntry } from '../../src/toolchain/tool-cache.js';
import { ensureUv, UV_PINNED } from '../../src/toolchain/uv.js';
import { UV_WHEELS } from '../../src/toolchain/uv-wheels.js';
import { MemoryLog } from '../../src/util/log.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

process.env.PIP_CONFIG_FILE = '/dev/null';
const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

let root: string;
let python: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swrt-sec-tools-'));
  python = (await findPython({ version: '3.11' }, { log: new MemoryLog() })).path;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A wheel named uv-<version>-py3-none-any.whl whose `uv` answers `uv <version>` and touches `sentinel` when run. */
function fakeUvWheel(dir: string, version: string, sentinel: string): string {
  mkdirSync(dir, { recursive: true });
  const code = `
import base64, hashlib, sys, zipfile
out, ver, sentinel = sys.argv[1:]
dist = f"uv-{ver}"
files = {
    f"{dist}.data/scripts/uv": f"#!/bin/sh\\ntouch '{sentinel}'\\necho 'uv {ver}'\\n",
    "uv/__init__.py": "",
    f"{dist}.dist-info/METADATA": f"Metadata-Version: 2.1\\nName: uv\\nVersion: {ver}\\n",
    f"{dist}.dist-info/WHEEL": "Wheel-Version: 1.0\\nGenerator: attacker\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}
path = f"{out}/{dist}-py3-none-any.whl"
record = []
with zipfile.ZipFile(path, "w") as z:
    for arc, text in files.items():
        data = text.encode()
        record.append(f"{arc},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},{len(data)}")
        info = zipfile.ZipInfo(arc, (2020, 1, 1, 0, 0, 0))
        info.external_attr = 0o100755 << 16
        z.writestr(info, data)
    record.append(f"{dist}.dist-info/RECORD,,")
    z.writestr(zipfile.ZipInfo(f"{dist}.dist-info/RECORD", (2020, 1, 1, 0, 0, 0)), "\\n".join(record) + "\\n")
print(path)
`;
  return execFileSync('python3', ['-c', code, dir, version, sentinel], { encoding: 'utf8' }).trim();
}

maybe('uv comes only from pinned, hash-checked bytes', () => {
  let fakeIndex: PackageIndex;
  let realIndex: PackageIndex;
  let sentinel: string;
  let fakeDir: string;
  beforeAll(async () => {
    sentinel = join(root, 'uv-ran');
    fakeDir = join(root, 'fake-uv');
    fakeUvWheel(fakeDir, UV_PINNED, sentinel);
    fakeUvWheel(fakeDir, '0.13.8', sentinel);
    fakeIndex = await startIndex([fakeDir]);
    realIndex = await startIndex([CACHED_WHEELS]);
  });
  afterAll(async () => {
    await fakeIndex?.close();
    await realIndex?.close();
  });
  const ctx = (index: PackageIndex, toolDir: string, env: NodeJS.ProcessEnv = {}) => ({
    log: new MemoryLog(),
    python,
    toolDir,
    pip: resolvePipOptions({ index_url: index.url, extra_index_url: [''], trusted_host: [''] }, {}),
    env: { PATH: '/usr/bin:/bin', ...env },
  });

  it('the fixture wheel the tests serve is one of the pinned ones', () => {
    const pinned = new Map(UV_WHEELS[UV_PINNED]!.map((w) => [w.file, w.sha256]));
    const files = readdirSync(CACHED_WHEELS).filter((f) => f.startsWith(`uv-${UV_PINNED}-`));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(sha(readFileSync(join(CACHED_WHEELS, f)))).toBe(pinned.get(f));
  });

  it('refuses an index that serves another wheel under the pinned name and version', async () => {
    const toolDir = mkdtempSync(join(root, 'tools-'));
    await expect(ensureUv('', ctx(fakeIndex, toolDir))).rejects.toThrow(/uv 0\.13\.9/);
    expect(existsSync(sentinel)).toBe(false);
    expect(findCached({ root: toolDir, tool: 'swrt-uv', version: UV_PINNED, arch: process.arch })).toBeUndefined();
  });

  it('refuses another uv-version from an index unless its sha256 is given; with it, installs only those bytes', async () => {
    const toolDir = mkdtempSync(join(root, 'tools-'));
    const asked = fakeIndex.requests.length;
    await expect(ensureUv('0.13.8', ctx(fakeIndex, toolDir))).rejects.toThrow(/uv 0\.13\.8 is not the pinned .* no sha256/);
    expect(fakeIndex.requests.length).toBe(asked);
    await expect(ensureUv('0.13.8', ctx(fakeIndex, toolDir, { SWRT_UV_SHA256: 'a'.repeat(64) }))).rejects.toThrow(/could not install uv 0\.13\.8/);
    expect(existsSync(sentinel)).toBe(false);
    const wheel = join(fakeDir, 'uv-0.13.8-py3-none-any.whl');
    const got = await ensureUv('0.13.8', ctx(fakeIndex, toolDir, { SWRT_UV_SHA256: sha(readFileSync(wheel)) }));
    expect(got).toMatchObject({ version: '0.13.8', source: 'installed' });
    rmSync(sentinel, { force: true });
  });

  it('a cached uv whose marker is empty, or whose binary was swapped, is reinstalled and never run', async () => {
    const toolDir = mkdtempSync(join(root, 'tools-'));
    const c = ctx(realIndex, toolDir);
    const first = await ensureUv('', c);
    expect(first.source).toBe('installed');
    const entry: ToolCacheEntry = { root: toolDir, tool: 'swrt-uv', version: UV_PINNED, arch: process.arch };
    const marker = JSON.parse(readFileSync(markerPath(entry), 'utf8')) as { sha256: string[]; against: string; tree: string };
    expect(UV_WHEELS[UV_PINNED]!.map((w) => w.sha256)).toContain(marker.sha256[0]);
    expect((await ensureUv('', c)).source).toBe('tool-cache');

    writeFileSync(markerPath(entry), '');
    expect((await ensureUv('', c)).source).toBe('installed');

    // A swapped binary with a marker rewritten to match it (tree and file digests): still refused.
    const bin = join(first.path);
    unlinkSync(bin);
    writeFileSync(bin, `#!/bin/sh\ntouch '${sentinel}'\necho 'uv ${UV_PINNED}'\n`, { mode: 0o755 });
    const forged = JSON.parse(readFileSync(markerPath(entry), 'utf8')) as Record<string, unknown>;
    writeFileSync(markerPath(entry), JSON.stringify({ ...forged, files: { 'bin/uv': sha(readFileSync(bin)) }, tree: treeDigest(join(toolDir, 'swrt-uv', UV_PINNED, process.arch)) }));
    const again = await ensureUv('', c);
    expect(again.source).toBe('installed');
    expect(existsSync(sentinel)).toBe(false);
    expect(sha(readFileSync(again.path))).not.toBe(sha(`#!/bin/sh\ntouch '${sentinel}'\necho 'uv ${UV_PINNED}'\n`));
  });
});

describe('tool-cache entries are trusted only on a marker naming the pinned digest', () => {
  const pin = 'b'.repeat(64);
  const fill = async (dir: string) => {
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'tool'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
    return { sha256: [pin], against: 'a test pin' };
  };
  it('an empty, missing or foreign marker, or a changed tree, is not used and is replaced on install', async () => {
    const e: ToolCacheEntry = { root: mkdtempSync(join(root, 'tc-')), tool: 'swrt-test', version: '1.0.0', arch: 'x64' };
    const dir = await installCached(e, fill);
    expect(findCached(e, [pin])).toBe(dir);
    expect(findCached(e, ['c'.repeat(64)])).toBeUndefined();

    writeFileSync(join(dir, 'bin', 'evil'), 'planted');
    expect(findCached(e, [pin])).toBeUndefined();
    unlinkSync(join(dir, 'bin', 'evil'));
    chmodSync(join(dir, 'bin', 'tool'), 0o777);
    expect(findCached(e, [pin])).toBeUndefined();
    chmodSync(join(dir, 'bin', 'tool'), 0o755);
    expect(findCached(e, [pin])).toBe(dir);

    const good = readFileSync(markerPath(e), 'utf8');
    writeFileSync(markerPath(e), '');
    expect(findCached(e, [pin])).toBeUndefined();
    writeFileSync(markerPath(e), good.replace(pin, 'c'.repeat(64)));
    expect(findCached(e, [pin])).toBeUndefined();
    rmSync(markerPath(e));
    expect(findCached(e, [pin])).toBeUndefined();

    // Reinstalling over the untrusted entry replaces it.
    writeFileSync(join(dir, 'bin', 'evil'), 'planted');
    writeFileSync(markerPath(e), '');
    await installCached(e, fill);
    expect(existsSync(join(dir, 'bin', 'evil'))).toBe(false);
    expect(findCached(e, [pin])).toBe(dir);
  });

  it('a python-build-standalone entry with an empty marker is not resolved', async () => {
    const { resolvePython } = await import('../../src/toolchain/python.js');
    const toolCacheDir = mkdtempSync(join(root, 'tc-py-'));
    const sentinel = join(root, 'py-ran');
    const home = join(toolCacheDir, 'swrt-python', '3.11.99', 'x64');
    mkdirSync(join(home, 'bin'), { recursive: true });
    writeFileSync(join(home, 'bin', 'python3'), `#!/bin/sh\ntouch '${sentinel}'\necho 3.11.99\n`, { mode: 0o755 });
    writeFileSync(`${home}.complete`, '');
    const r = resolvePython({ version: '3.11.99' }, { log: new MemoryLog(), toolCacheDir, env: { PATH: '/usr/bin:/bin', HOME: root }, pythonMirror: 'http://127.0.0.1:9' });
    await expect(r).rejects.toThrow();
    expect(existsSync(sentinel)).toBe(false);
  });
});

maybe('a restored env layer is checked before anything in it runs', () => {
  let index: PackageIndex;
  beforeAll(async () => {
    const wheels = join(root, 'env-wheels');
    makeWheel(wheels, 'alpha', '1.0.0');
    makeWheel(wheels, 'beta', '1.0.0');
    index = await startIndex([wheels]);
  });
  afterAll(() => index?.close());

  const YAML = (deps: string) => `name: poisoned\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [${deps}]\n`;
  async function buildOnce(dir: string, cacheRoot: string) {
    const log = new MemoryLog();
    const env = { ...cliEnv(index.url), RUNNER_TOOL_CACHE: join(root, 'env-tools'), PATH: process.env.PATH };
    const cache = new LocalLayerCache(log, cacheRoot);
    const r = await prepareEnv({ yaml: join(dir, 'runtime.yaml'), installer: 'pip', lock: false, includeEnv: false, runCommands: false, tags: [], cache, log, env, toolDir: join(root, 'env-tools') });
    await cache.save(r.layers);
    return { r, log };
  }
  const sitePackages = (envDir: string) => {
    const lib = join(envDir, 'lib');
    return join(lib, readdirSync(lib).find((d) => d.startsWith('python'))!, 'site-packages');
  };
  /** Rewrites the record inside an env so its file-list digest matches what was planted. */
  const forgeRecord = (envDir: string, patch: Record<string, unknown> = {}) => {
    const rec = JSON.parse(readFileSync(join(envDir, ENV_KEY_FILE), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(envDir, ENV_KEY_FILE), JSON.stringify({ ...rec, tree: treeDigest(envDir, [ENV_KEY_FILE]), ...patch }));
  };

  it.each([
    ['a .pth added to site-packages', (data: string, sentinel: string) => writeFileSync(join(sitePackages(data), 'zz_evil.pth'), `import os; open(${JSON.stringify(sentinel)}, 'w')\n`)],
    ['a file added in bin/ and a module grown', (data: string, sentinel: string) => {
      writeFileSync(join(data, 'bin', 'alpha-tool'), `#!/bin/sh\ntouch '${sentinel}'\n`, { mode: 0o755 });
      appendFileSync(join(sitePackages(data), 'alpha', '__init__.py'), `\nopen(${JSON.stringify(sentinel)}, 'w')\n`);
    }],
    ['bin/python pointed at another interpreter (record forged to match)', (data: string, sentinel: string) => {
      const py = join(data, 'bin', 'python');
      unlinkSync(py);
      writeFileSync(py, `#!/bin/sh\ntouch '${sentinel}'\nexec ${python} "$@"\n`, { mode: 0o755 });
      forgeRecord(data);
    }],
    ['the record names another interpreter path', (data: string, sentinel: string) => {
      writeFileSync(join(sitePackages(data), 'zz_evil.pth'), `import os; open(${JSON.stringify(sentinel)}, 'w')\n`);
      forgeRecord(data, { python: { version: '3.11.0', path: '/elsewhere/bin/python3' } });
    }],
  ])('discards %s and rebuilds', async (_what, poison) => {
    const dir = project({ 'runtime.yaml': YAML('alpha==1.0.0') });
    const cacheRoot = mkdtempSync(join(root, 'lcache-'));
    const sentinel = join(root, `env-ran-${Math.random().toString(36).slice(2)}`);
    const { r: first } = await buildOnce(dir, cacheRoot);
    const data = join(cacheRoot, 'env', first.cacheKey, 'data');
    expect(existsSync(data)).toBe(true);
    poison(data, sentinel);
    rmSync(join(dir, '.starwhale'), { recursive: true, force: true });

    const { r: second, log } = await buildOnce(dir, cacheRoot);
    expect(existsSync(sentinel)).toBe(false);
    expect(second.cacheHit).toBe(false);
    expect(log.text()).toMatch(/discard/i);
    expect(existsSync(join(second.envDir, 'bin', 'alpha-tool'))).toBe(false);
    expect(execFileSync(join(second.envDir, 'bin', 'python'), ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');
    expect(existsSync(sentinel)).toBe(false);
  });

  it('discards an entry saved under another key (record forged to match its files)', async () => {
    const cacheRoot = mkdtempSync(join(root, 'lcache-'));
    const sentinel = join(root, 'env-ran-key');
    const a = project({ 'runtime.yaml': YAML('alpha==1.0.0') });
    const { r: ra } = await buildOnce(a, cacheRoot);
    const b = project({ 'runtime.yaml': YAML('beta==1.0.0') });
    const { r: rb } = await buildOnce(b, cacheRoot);
    expect(rb.cacheKey).not.toBe(ra.cacheKey);
    // The attacker's entry for B's key is A's env with a planted .pth; B's own entry is replaced.
    const bData = join(cacheRoot, 'env', rb.cacheKey, 'data');
    rmSync(bData, { recursive: true });
    cpSync(join(cacheRoot, 'env', ra.cacheKey, 'data'), bData, { recursive: true, verbatimSymlinks: true });
    writeFileSync(join(sitePackages(bData), 'zz_evil.pth'), `import os; open(${JSON.stringify(sentinel)}, 'w')\n`);
    forgeRecord(bData);
    rmSync(join(b, '.starwhale'), { recursive: true, force: true });
    // Venvs are not relocatable, so the poisoned env must be restored at B's path: same project dir.
    const { r: again, log } = await buildOnce(b, cacheRoot);
    expect(existsSync(sentinel)).toBe(false);
    expect(again.cacheHit).toBe(false);
    expect(log.text()).toMatch(/discard/i);
  });

  it('an env restored intact is reused', async () => {
    const dir = project({ 'runtime.yaml': YAML('alpha==1.0.0') });
    const cacheRoot = mkdtempSync(join(root, 'lcache-'));
    await buildOnce(dir, cacheRoot);
    rmSync(join(dir, '.starwhale'), { recursive: true, force: true });
    const { r, log } = await buildOnce(dir, cacheRoot);
    expect(r.cacheHit).toBe(true);
    expect(log.text()).not.toMatch(/discard/i);
    // Importing writes __pycache__ into the env: that alone does not make the in-place env stale.
    execFileSync(join(r.envDir, 'bin', 'python'), ['-c', 'import alpha'], { env: { PYTHONDONTWRITEBYTECODE: '' } });
    expect((await buildOnce(dir, cacheRoot)).r.cacheHit).toBe(true);
    // A link planted into the env in place: not reused; the intact copy comes back from the cache.
    symlinkSync('/etc/passwd', join(r.envDir, 'bin', 'planted'));
    const last = await buildOnce(dir, cacheRoot);
    expect(last.log.text()).toMatch(/is not reused: its files changed/);
    expect(existsSync(join(r.envDir, 'bin', 'planted'))).toBe(false);
  });
});

describe('cache: auto saves only on events that run the repository’s own code', () => {
  it.each([
    ['push', 'refs/heads/main', true],
    ['schedule', 'refs/heads/main', true],
    ['workflow_dispatch', 'refs/heads/dev', true],
    ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-1-abc', true],
    ['pull_request', 'refs/pull/1/merge', true],
    ['pull_request_target', 'refs/heads/main', false],
    ['issue_comment', 'refs/heads/main', false],
    ['workflow_run', 'refs/heads/main', false],
    ['release', 'refs/tags/v1', false],
    ['push', 'refs/tags/v1', false],
    ['workflow_dispatch', 'refs/tags/v1', false],
    ['', '', false],
  ] as const)('%s on %s: restore yes, save %s', (event, ref, save) => {
    const p = cachePolicy(event, ref, 'auto');
    expect(p.enabled).toBe(true);
    expect(p.write).toBe(save);
    expect(p.reason).toBeTruthy();
  });
  it('cache: true saves on any event; false neither restores nor saves', () => {
    expect(cachePolicy('pull_request_target', 'refs/heads/main', 'true')).toMatchObject({ enabled: true, write: true });
    expect(cachePolicy('push', 'refs/heads/main', 'false')).toMatchObject({ enabled: false, write: false });
  });
});
