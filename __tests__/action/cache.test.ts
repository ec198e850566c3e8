// Cache layers end to end: the bundled action (dist/index.js then dist/post.js) run as a runner runs
// it, with the unmodified @actions/cache talking to the fake results service (only GitHub's service
// is stood in for). A "fresh workspace" keeps the workspace path, as GitHub's runners do, but
// deletes everything the previous job left in it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startResultsService, type ResultsService } from '../harness/fake-results-service.js';
import { runAction, type RunActionResult } from '../harness/run-action.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
let svc: ResultsService;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swrt-acache-'));
  const wheels = join(root, 'wheels');
  mkdirSync(wheels);
  for (const n of ['alpha', 'beta', 'gamma']) makeWheel(wheels, n, '1.0.0');
  index = await startIndex([wheels, CACHED_WHEELS]);
});
beforeEach(async () => {
  svc = await startResultsService();
});
afterEach(() => svc.close());
afterAll(async () => {
  await index?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * A workspace at a fixed path, emptied and re-filled as a fresh checkout would be; RUNNER_TEMP is
 * fixed per workspace too (as on GitHub's runners: cache versions hash the paths) and emptied.
 */
function checkout(name: string, files: Record<string, string>): string {
  const ws = join(root, name);
  for (const d of [ws, `${ws}-temp`]) {
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
  }
  for (const [f, text] of Object.entries(files)) writeFileSync(join(ws, f), text);
  return ws;
}

const YAML = 'name: cached-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - requirements.txt\n';

function run(ws: string, o: { inputs?: Record<string, string>; env?: NodeJS.ProcessEnv; python?: string } = {}): Promise<RunActionResult> {
  const env = cliEnv(index.url, { ...svc.env(), ...(o.env ?? {}) });
  delete env.UV_CACHE_DIR; // the action keeps uv's downloads under RUNNER_TEMP, a fresh dir per job
  return runAction({ entry: 'both', workspace: ws, inputs: { 'python-version': o.python ?? '3.11', ...(o.inputs ?? {}) }, env: { ...env, RUNNER_TEMP: `${ws}-temp`, ACTIONS_CACHE_URL: undefined } });
}

const routes = (s: ResultsService) => s.calls.map((c) => c.route);
const savedKeys = (s: ResultsService) => s.caches.filter((c) => c.finalized).map((c) => c.key);
const warnings = (r: RunActionResult) => [...(r.main?.annotations ?? []), ...(r.post?.annotations ?? [])].filter((a) => a.level === 'warning').map((a) => a.message);

maybe('action: cache layers through the real @actions/cache', () => {
  it('run 1 misses and saves env + downloads; run 2 in a fresh checkout hits env, skips install, and imports', async () => {
    const files = { 'runtime.yaml': YAML, 'requirements.txt': 'alpha==1.0.0\nbeta==1.0.0\n' };
    const first = await run(checkout('ws-a', files));
    expect(first.main?.code).toBe(0);
    expect(first.post?.code).toBe(0);
    expect(first.main!.outputs['cache-hit']).toBe('false');
    const key = first.main!.outputs['cache-key']!;
    expect(key).toMatch(/^swrt-env-v1-[a-z0-9._]+-[a-z0-9._]+-x64-py3\.11\.\d+-[0-9a-f]{32}$/);
    const saved = savedKeys(svc);
    expect(saved).toContain(key);
    expect(saved.filter((k) => k.startsWith('swrt-downloads-v1-'))).toHaveLength(1);
    expect(first.main!.summary).toMatch(/<h4>Cache<\/h4>/);
    expect(first.main!.summary).toContain(key);
    // The time row shows both restores apart from the install that followed them.
    expect(first.main!.summary).toMatch(/env cache restore [\d.]+ s \(miss\), downloads cache restore [\d.]+ s \(miss\), install [\d.]+ s/);
    expect(warnings(first)).toEqual([]);

    const ws = checkout('ws-a', files);
    const second = await run(ws);
    expect(second.main?.code).toBe(0);
    expect(second.main!.outputs['cache-hit']).toBe('true');
    expect(second.main!.outputs['cache-key']).toBe(key);
    expect(second.main!.stdout).toMatch(/env restored from the cache/);
    expect(second.main!.stdout).not.toMatch(/::group::Install/);
    // The hit's download and extraction are timed apart, in the time row and the cache table.
    expect(second.main!.summary).toMatch(/env cache restore [\d.]+ s \(exact; download [\d.]+ s, extract [\d.]+ s\)/);
    expect(second.main!.summary).toMatch(/<td>[\d.]+ s \(download [\d.]+ s, extract [\d.]+ s\)<\/td>/);
    // Nothing new to save: the exact hit is not re-uploaded and the downloads layer was not touched.
    expect(savedKeys(svc)).toEqual(saved);
    const py = join(second.main!.outputs['env-path']!, 'bin', 'python');
    expect(execFileSync(py, ['-c', 'import alpha, beta; print(alpha.__version__, beta.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0 1.0.0');
    expect(second.main!.outputs['bundle-sha256']).toBe(first.main!.outputs['bundle-sha256']);
  });

  it('a changed requirements file misses env but restores downloads by restore-key', async () => {
    await run(checkout('ws-b', { 'runtime.yaml': YAML, 'requirements.txt': 'alpha==1.0.0\n' }));
    const before = savedKeys(svc);
    const r = await run(checkout('ws-b', { 'runtime.yaml': YAML, 'requirements.txt': 'alpha==1.0.0\ngamma==1.0.0\n' }));
    expect(r.main?.code).toBe(0);
    expect(r.main!.outputs['cache-hit']).toBe('false');
    expect(r.main!.stdout).toMatch(/cache downloads: restored swrt-downloads-\S+ by restore-key/);
    const after = savedKeys(svc);
    expect(after.filter((k) => k.startsWith('swrt-env-'))).toHaveLength(2);
    expect(after.filter((k) => k.startsWith('swrt-downloads-'))).toHaveLength(2);
    expect(after.length).toBe(before.length + 2);
  });

  it('two matrix legs (python 3.11 and 3.12) save side by side without colliding', async () => {
    const files = { 'runtime.yaml': YAML.replace('  python: "3.11"\n', ''), 'requirements.txt': 'alpha==1.0.0\n' };
    const [a, b] = await Promise.all([run(checkout('ws-c1', files), { python: '3.11' }), run(checkout('ws-c2', files), { python: '3.12' })]);
    expect(a.main?.code).toBe(0);
    expect(b.main?.code).toBe(0);
    expect(a.main!.outputs['cache-key']).not.toBe(b.main!.outputs['cache-key']);
    expect(a.main!.outputs['cache-key']).toMatch(/-py3\.11\./);
    expect(b.main!.outputs['cache-key']).toMatch(/-py3\.12\./);
    expect(svc.calls.filter((c) => c.status === 409)).toEqual([]);
    expect(warnings(a)).toEqual([]);
    expect(warnings(b)).toEqual([]);
    expect(savedKeys(svc).filter((k) => k.startsWith('swrt-env-'))).toHaveLength(2);
  });

  it('cache: auto on release and pull_request_target restores but saves nothing; cache-write: false restores only', async () => {
    const files = { 'runtime.yaml': YAML, 'requirements.txt': 'alpha==1.0.0\n' };
    const rel = await run(checkout('ws-d', files), { env: { GITHUB_EVENT_NAME: 'release', GITHUB_REF: 'refs/tags/v1' } });
    expect(rel.main?.code).toBe(0);
    expect(rel.post?.code).toBe(0);
    expect(rel.main!.stdout).toMatch(/cache: auto restores but does not save/);
    expect(routes(svc)).toContain('GetCacheEntryDownloadURL');
    expect(routes(svc)).not.toContain('CreateCacheEntry');

    const prt = await run(checkout('ws-d', files), { env: { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main' } });
    expect(prt.main?.code).toBe(0);
    expect(prt.post?.code).toBe(0);
    expect(prt.main!.stdout).toMatch(/does not save on pull_request_target/);
    expect(routes(svc)).not.toContain('CreateCacheEntry');
    expect(savedKeys(svc)).toEqual([]);

    const ro = await run(checkout('ws-d', files), { inputs: { 'cache-write': 'false' } });
    expect(ro.main?.code).toBe(0);
    expect(routes(svc)).toContain('GetCacheEntryDownloadURL');
    expect(routes(svc)).not.toContain('CreateCacheEntry');
  });

  it('a service answering 500 on save is a warning and the job succeeds (waits out the library retries)', async () => {
    svc.failNext('CreateCacheEntry', 500, 5); // every attempt of the env save; the post step's save then works
    const r = await run(checkout('ws-e', { 'runtime.yaml': YAML, 'requirements.txt': 'alpha==1.0.0\n' }));
    expect(r.main?.code).toBe(0);
    expect(r.post?.code).toBe(0);
    expect(r.main!.outputs.version).toMatch(/^[a-z2-7]{40}$/);
    expect(warnings(r).join('\n')).toMatch(/cache env: .*(not saved|failed)/);
    expect(svc.calls.filter((c) => c.route === 'CreateCacheEntry' && c.status === 500)).toHaveLength(5);
    expect(savedKeys(svc).map((k) => k.split('-')[1])).toEqual(['downloads']);
  }, 120_000);
});
