// uploadReleaseAssets / downloadReleaseAsset drive the real @actions/github Octokit against a local
// GitHub REST stand-in (releases, assets, a cross-origin storage redirect).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadReleaseAsset, releaseTagFromEvent, uploadReleaseAssets } from '../../src/github/release.js';
import { fetchRestoreSource, parseRestoreFrom } from '../../src/github/restore-from.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { startGitHubApi, type GitHubApiStub } from '../helpers/github-api.js';

let gh: GitHubApiStub;
let root: string;
let bundle: string;
let bytes: Buffer;
let env: Record<string, string>;

const hex = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  gh = await startGitHubApi();
  root = mkdtempSync(join(tmpdir(), 'swrt-release-'));
  bundle = join(root, 'hello.swrt');
  // 3 MiB of non-repeating bytes: big enough that a truncated or re-chunked upload would show.
  bytes = Buffer.alloc(3 * 1024 * 1024 + 17);
  for (let i = 0; i + 4 <= bytes.length; i += 4) bytes.writeUInt32LE((i * 2654435761) >>> 0, i);
  writeFileSync(bundle, bytes);
  env = { GITHUB_API_URL: gh.url, NO_PROXY: '127.0.0.1,localhost' };
});

afterAll(async () => {
  await gh.close();
  rmSync(root, { recursive: true, force: true });
});

const repo = () => ({ owner: gh.owner, repo: gh.repo });
const upload = (tag: string, force = false, assetName = 'hello-py3.11.swrt') =>
  uploadReleaseAssets({ file: bundle, assetName, tag, token: gh.token, force, repo: repo(), env }, new MemoryLog());

async function rejection(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('uploadReleaseAssets', () => {
  it('uploads the bundle (streamed with Content-Length) and its .sha256, and returns the download URLs', async () => {
    const rel = gh.addRelease('v1.0.0');
    const before = gh.requests.length;
    const log = new MemoryLog();
    const out = await uploadReleaseAssets({ file: bundle, assetName: 'hello-py3.11.swrt', tag: 'v1.0.0', token: gh.token, force: false, repo: repo(), env }, log);
    expect(rel.assets.map((a) => a.name)).toEqual(['hello-py3.11.swrt', 'hello-py3.11.swrt.sha256']);
    expect(rel.assets[0].data.equals(bytes)).toBe(true);
    expect(rel.assets[0].contentType).toBe('application/x-tar');
    expect(rel.assets[1].data.toString('utf8')).toBe(`${hex(bytes)}  hello-py3.11.swrt\n`);
    expect(out.sha256).toBe(hex(bytes));
    expect(out.url).toBe(`${gh.url.replace(/:\d+$/, '')}:${new URL(out.url).port}/acme/rt/releases/download/v1.0.0/hello-py3.11.swrt`);
    expect(out.sha256Url.endsWith('/hello-py3.11.swrt.sha256')).toBe(true);
    const posts = gh.requests.slice(before).filter((r) => r.method === 'POST');
    const target = (path: string) => {
      const u = new URL(path, gh.url);
      return `${u.pathname} name=${u.searchParams.get('name')}`;
    };
    expect(posts.map((r) => target(r.path))).toEqual([
      `/uploads/repos/acme/rt/releases/${rel.id}/assets name=hello-py3.11.swrt`,
      `/uploads/repos/acme/rt/releases/${rel.id}/assets name=hello-py3.11.swrt.sha256`,
    ]);
    expect(posts[0].headers['content-length']).toBe(String(bytes.length));
    expect(posts[0].headers.authorization).toBe(`token ${gh.token}`);
    expect(log.secrets).toContain(gh.token);
  });

  it('refuses an existing asset without force and uploads nothing', async () => {
    const rel = gh.addRelease('v2.0.0');
    const old = gh.addAsset(rel, 'hello-py3.11.swrt', 'old bytes');
    const before = gh.requests.length;
    const e = await rejection(upload('v2.0.0'));
    expect(e.message).toContain('already has asset hello-py3.11.swrt');
    expect(e.hint).toContain('force');
    expect(gh.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);
    expect(rel.assets).toEqual([old]);
  });

  it('a re-run with the same bytes (its .sha256 matches) uploads nothing and succeeds; other bytes are refused', async () => {
    const sha = createHash('sha256').update(readFileSync(bundle)).digest('hex');
    const rel = gh.addRelease('v2.1.0');
    const main = gh.addAsset(rel, 'hello-py3.11.swrt', readFileSync(bundle));
    gh.addAsset(rel, 'hello-py3.11.swrt.sha256', `${sha}  hello-py3.11.swrt\n`);
    const before = gh.requests.length;
    const out = await upload('v2.1.0');
    expect(out.sha256).toBe(sha);
    expect(out.url).toMatch(new RegExp(`/${main.name.replace(/\./g, '\\.')}$`));
    expect(gh.requests.slice(before).filter((r) => r.method !== 'GET')).toEqual([]);

    const other = gh.addRelease('v2.2.0');
    gh.addAsset(other, 'hello-py3.11.swrt', 'other bytes');
    gh.addAsset(other, 'hello-py3.11.swrt.sha256', `${'0'.repeat(64)}  hello-py3.11.swrt\n`);
    const e = await rejection(upload('v2.2.0'));
    expect(e.message).toContain('already has asset hello-py3.11.swrt');
  });

  it('with force deletes the existing bundle and .sha256 assets, then uploads', async () => {
    const rel = gh.addRelease('v3.0.0');
    const a = gh.addAsset(rel, 'hello-py3.11.swrt', 'old bytes');
    const b = gh.addAsset(rel, 'hello-py3.11.swrt.sha256', 'deadbeef  hello-py3.11.swrt\n');
    gh.addAsset(rel, 'other.txt', 'keep me');
    const before = gh.requests.length;
    await upload('v3.0.0', true);
    const writes = gh.requests.slice(before).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`);
    expect(writes).toEqual([
      `DELETE /repos/acme/rt/releases/assets/${a.id} 204`,
      `DELETE /repos/acme/rt/releases/assets/${b.id} 204`,
      `POST /uploads/repos/acme/rt/releases/${rel.id}/assets 201`,
      `POST /uploads/repos/acme/rt/releases/${rel.id}/assets 201`,
    ]);
    expect(rel.assets.map((x) => x.name)).toEqual(['other.txt', 'hello-py3.11.swrt', 'hello-py3.11.swrt.sha256']);
    expect(rel.assets[1].data.equals(bytes)).toBe(true);
  });

  it('names a missing release tag and says to create it', async () => {
    const e = await rejection(upload('v9.9.9'));
    expect(e.message).toBe('no release with tag v9.9.9 in acme/rt; create it first');
  });

  it('fails on a wrong token with the API error, not a UserError about tags', async () => {
    gh.addRelease('v4.0.0');
    const e = await uploadReleaseAssets({ file: bundle, assetName: 'x.swrt', tag: 'v4.0.0', token: 'wrong', force: false, repo: repo(), env }, new MemoryLog()).catch((x: unknown) => x);
    expect(e).not.toBeInstanceOf(UserError);
    expect(String(e)).toContain('Bad credentials');
  });
});

describe('downloadReleaseAsset / restore-from release:', () => {
  it('downloads through the API redirect (no token sent to storage) and verifies the .sha256', async () => {
    gh.addRelease('v5.0.0');
    await upload('v5.0.0');
    const dest = join(root, 'restore-5');
    const src = parseRestoreFrom('release:v5.0.0/hello-py3.11.swrt');
    const file = await fetchRestoreSource(src, { destDir: dest, log: new MemoryLog(), token: gh.token, repo: repo(), env });
    expect(file).toBe(join(dest, 'hello-py3.11.swrt'));
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(existsSync(`${file}.sha256`)).toBe(false);
    expect(existsSync(`${file}.part`)).toBe(false);
    const storageGets = gh.requests.filter((r) => r.path.startsWith('/acme/rt/releases/download/v5.0.0/'));
    expect(storageGets.map((r) => [r.status, r.headers.authorization])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
  });

  it('rejects a download whose .sha256 does not match and removes the file', async () => {
    const rel = gh.addRelease('v6.0.0');
    gh.addAsset(rel, 'hello.swrt', bytes);
    gh.addAsset(rel, 'hello.swrt.sha256', `${hex('tampered')}  hello.swrt\n`);
    const out = join(root, 'tampered.swrt');
    const e = await rejection(downloadReleaseAsset({ tag: 'v6.0.0', assetName: 'hello.swrt', token: gh.token, repo: repo(), out, env }, new MemoryLog()));
    expect(e.message).toContain('does not match its .sha256');
    expect(e.message).toContain(hex('tampered'));
    expect(existsSync(out)).toBe(false);
  });

  it('accepts an asset without a .sha256 sibling but warns that it is unverified', async () => {
    const rel = gh.addRelease('v7.0.0');
    gh.addAsset(rel, 'plain.swrt', 'tar bytes');
    const log = new MemoryLog();
    const got = await downloadReleaseAsset({ tag: 'v7.0.0', assetName: 'plain.swrt', token: gh.token, repo: repo(), out: join(root, 'plain.swrt'), env }, log);
    expect(got).toMatchObject({ verified: false, sha256: hex('tar bytes') });
    expect(readFileSync(got.file, 'utf8')).toBe('tar bytes');
    expect(log.text('warn')).toContain('not verified');
  });

  it('names the assets a release does have when the asked one is missing', async () => {
    const rel = gh.addRelease('v8.0.0');
    gh.addAsset(rel, 'a.swrt', 'x');
    gh.addAsset(rel, 'b.swrt', 'y');
    const e = await rejection(downloadReleaseAsset({ tag: 'v8.0.0', assetName: 'c.swrt', token: gh.token, repo: repo(), out: join(root, 'c.swrt'), env }, new MemoryLog()));
    expect(e.message).toBe('release v8.0.0 has no asset c.swrt');
    expect(e.hint).toBe('assets: a.swrt, b.swrt');
  });
});

describe('releaseTagFromEvent', () => {
  it('reads release.tag_name from the event payload of a release event only', async () => {
    const ev = join(root, 'event.json');
    writeFileSync(ev, JSON.stringify({ action: 'published', release: { tag_name: 'v1.2.3', id: 1 } }));
    expect(await releaseTagFromEvent({ GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: ev })).toBe('v1.2.3');
    expect(await releaseTagFromEvent({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: ev })).toBeUndefined();
    expect(await releaseTagFromEvent({ GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: join(root, 'nope.json') })).toBeUndefined();
    writeFileSync(ev, JSON.stringify({ release: {} }));
    expect(await releaseTagFromEvent({ GITHUB_EVENT_NAME: 'release', GITHUB_EVENT_PATH: ev })).toBeUndefined();
  });
});
