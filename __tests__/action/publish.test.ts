// Publish and restore downstream, end to end: the bundled action builds and publishes (artifact via
// the real @actions/artifact against the local results service; a Starwhale server speaking the
// protocol; GitHub releases through the real Octokit against a local REST stub, the only stub here
// since no GitHub exists on this machine), then a second job restores with restore-from and runs
// in exactly the runtime the first one built.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startResultsService, type ResultsService } from '../harness/fake-results-service.js';
import { runAction, type RunActionResult } from '../harness/run-action.js';
import { startGitHubApi } from '../helpers/github-api.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { StarwhaleServer } from '../helpers/starwhale-server.js';
import { cliEnv } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
let svc: ResultsService;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swrt-apub-'));
  const wheels = join(root, 'wheels');
  mkdirSync(wheels);
  makeWheel(wheels, 'alpha', '1.0.0');
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

let n = 0;
/** One job: its own workspace and local store, the shared results service (same workflow run). */
function job(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<RunActionResult> {
  const ws = join(root, `ws${++n}`);
  mkdirSync(ws);
  writeFileSync(join(ws, 'runtime.yaml'), 'name: pub-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n');
  return runAction({ entry: 'main', workspace: ws, inputs: { cache: 'false', ...inputs }, env: { ...cliEnv(index.url), ...svc.env(), ACTIONS_CACHE_URL: undefined, ...env } });
}

/** The log as the runner shows it: `::add-mask::` commands are consumed by the runner, not printed. */
const shown = (r: RunActionResult) => r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
const errors = (r: RunActionResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const importAlpha = (envPath: string) => execFileSync(join(envPath, 'bin', 'python'), ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim();

maybe('action: publish and restore-from', () => {
  it('artifact: uploads the .swrt under a per-leg name; a downstream job restores it by name (packed env, no index)', async () => {
    const build = await job({ publish: 'artifact', 'include-env': 'true' });
    expect(errors(build)).toEqual([]);
    expect(build.code).toBe(0);
    const o = build.outputs;
    expect(o['artifact-name']).toMatch(new RegExp(`^pub-rt-${o.version!.slice(0, 12)}-py3\\.11-[a-z]+[\\d.]*-x64\\.swrt$`));
    expect(Number(o['artifact-id'])).toBeGreaterThan(0);
    expect(svc.artifacts.map((a) => a.name)).toEqual([o['artifact-name']]);

    const down = await job({ 'install-starwhale': 'false', 'restore-from': `artifact:${o['artifact-name']}` }, { SW_PYPI_INDEX_URL: 'http://127.0.0.1:9/nothing-here' });
    expect(errors(down)).toEqual([]);
    expect(down.code).toBe(0);
    expect(down.outputs.version).toBe(o.version);
    expect(down.outputs['bundle-sha256']).toBe(o['bundle-sha256']);
    expect(down.exportedEnv.VIRTUAL_ENV).toBe(down.outputs['env-path']);
    expect(down.path).toContain(join(down.outputs['env-path']!, 'bin'));
    expect(importAlpha(down.outputs['env-path']!)).toBe('1.0.0');
    expect(down.summary).toMatch(/restored/);
  });

  it('server: uploads to the Starwhale server (output server-uri), a re-run skips the upload, and restore-from server: installs from the lock', async () => {
    const server = await new StarwhaleServer().start();
    try {
      const inputs = { publish: 'server', 'server-url': server.url, 'server-project': 'self', 'server-token': 'good-token', tags: 'nightly' };
      const build = await job(inputs);
      expect(errors(build)).toEqual([]);
      const uri = build.outputs['server-uri']!;
      expect(uri).toBe(`${server.url}/project/1/runtime/pub-rt/version/${build.outputs.version}`);
      expect(build.stdout).toContain('::add-mask::good-token');
      expect(shown(build)).not.toContain('good-token');
      const posts = server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/file'));
      expect(posts).toHaveLength(1);
      expect(posts[0]!.headers.authorization).toBe('Bearer good-token');
      expect(server.requests.some((r) => r.method === 'POST' && r.path.endsWith('/tag') && (r.json as { tag?: string }).tag === 'nightly')).toBe(true);

      const again = await job(inputs);
      expect(again.code).toBe(0);
      expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/file'))).toHaveLength(1);

      const down = await job({ 'install-starwhale': 'false', 'restore-from': `server:${server.url}/project/self/runtime/pub-rt/version/nightly`, 'server-token': 'good-token' });
      expect(errors(down)).toEqual([]);
      expect(down.outputs.version).toBe(build.outputs.version);
      expect(importAlpha(down.outputs['env-path']!)).toBe('1.0.0');
    } finally {
      await server.close();
    }
  });

  it('release: uploads <name>-<version>.swrt and its .sha256; restore-from release: verifies and restores', async () => {
    const gh = await startGitHubApi();
    try {
      gh.addRelease('v1.0.0');
      const env = { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}` };
      const build = await job({ publish: 'release', 'release-tag': 'v1.0.0', 'github-token': gh.token }, env);
      expect(errors(build)).toEqual([]);
      const asset = `pub-rt-${build.outputs.version}.swrt`;
      expect(gh.releases[0]!.assets.map((a) => a.name).sort()).toEqual([asset, `${asset}.sha256`]);
      expect(gh.releases[0]!.assets.find((a) => a.name.endsWith('.sha256'))!.data.toString()).toBe(`${build.outputs['bundle-sha256']}  ${asset}\n`);
      expect(build.outputs['release-asset-url']).toMatch(new RegExp(`${asset}$`));
      expect(shown(build)).not.toContain(gh.token);

      // A re-run builds the same content-addressed bundle: nothing is uploaded, the step succeeds.
      const posts = () => gh.requests.filter((q) => q.method === 'POST').length;
      const before = posts();
      const rerun = await job({ publish: 'release', 'release-tag': 'v1.0.0', 'github-token': gh.token }, env);
      expect(errors(rerun)).toEqual([]);
      expect(rerun.stdout).toMatch(/nothing to upload/);
      expect(posts()).toBe(before);
      expect(rerun.outputs['release-asset-url']).toBe(build.outputs['release-asset-url']);

      const down = await job({ 'install-starwhale': 'false', 'restore-from': `release:v1.0.0/${asset}`, 'github-token': gh.token }, env);
      expect(errors(down)).toEqual([]);
      expect(down.outputs['bundle-sha256']).toBe(build.outputs['bundle-sha256']);
      expect(importAlpha(down.outputs['env-path']!)).toBe('1.0.0');
    } finally {
      await gh.close();
    }
  });

  it('path: restores a .swrt from the workspace; bad combinations are input errors reported together', async () => {
    const build = await job({});
    const ws = join(root, 'ws-path');
    mkdirSync(ws);
    execFileSync('cp', [build.outputs['bundle-path']!, join(ws, 'rt.swrt')]);
    const down = await runAction({ entry: 'main', workspace: ws, inputs: { 'install-starwhale': 'false', 'restore-from': 'path:rt.swrt' }, env: cliEnv(index.url) });
    expect(errors(down)).toEqual([]);
    expect(down.outputs.version).toBe(build.outputs.version);
    expect(importAlpha(down.outputs['env-path']!)).toBe('1.0.0');

    const bad = await job({ publish: 'server,artifact', 'restore-from': 'nope' });
    expect(bad.code).not.toBe(0);
    const msgs = errors(bad).join('\n');
    expect(msgs).toMatch(/publish: server needs server-url/);
    expect(msgs).toMatch(/restore-from: "nope" has no kind prefix/);
    expect(msgs).toMatch(/restore-from and publish exclude each other/);
  });
});
