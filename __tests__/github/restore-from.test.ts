// The restore-from syntax, and the sources that need no network: path: and the server: callback.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fetchRestoreSource, parseRestoreFrom, repoFromEnv } from '../../src/github/restore-from.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';

function parseError(s: string): UserError {
  let err: unknown;
  try {
    parseRestoreFrom(s);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('parseRestoreFrom', () => {
  it('parses the four kinds', () => {
    expect(parseRestoreFrom('artifact:hello-abc-py3.11-linux-x64')).toEqual({ kind: 'artifact', name: 'hello-abc-py3.11-linux-x64' });
    expect(parseRestoreFrom(' server:cloud://prod/project/self/runtime/hello/version/abc ')).toEqual({ kind: 'server', uri: 'cloud://prod/project/self/runtime/hello/version/abc' });
    expect(parseRestoreFrom('release:v1.0.0/hello.swrt')).toEqual({ kind: 'release', tag: 'v1.0.0', asset: 'hello.swrt' });
    expect(parseRestoreFrom('path:dist/hello.swrt')).toEqual({ kind: 'path', file: 'dist/hello.swrt' });
  });

  it('splits a release tag holding slashes at the last one', () => {
    expect(parseRestoreFrom('release:runtimes/hello/v2/hello-py3.12.swrt')).toEqual({ kind: 'release', tag: 'runtimes/hello/v2', asset: 'hello-py3.12.swrt' });
  });

  it('keeps colons inside a path or server URI', () => {
    expect(parseRestoreFrom('path:C:/b/x.swrt')).toEqual({ kind: 'path', file: 'C:/b/x.swrt' });
    expect(parseRestoreFrom('server:http://host:8082/project/1/runtime/x')).toEqual({ kind: 'server', uri: 'http://host:8082/project/1/runtime/x' });
  });

  it.each([
    ['hello.swrt', 'has no kind prefix'],
    ['', 'has no kind prefix'],
    ['artifact:', 'has nothing after "artifact:"'],
    ['path:   ', 'has nothing after "path:"'],
    ['bucket:x', 'has unknown kind "bucket"'],
    ['release:v1.0.0', 'needs both a tag and an asset name'],
    ['release:v1.0.0/', 'needs both a tag and an asset name'],
    ['release:/hello.swrt', 'needs both a tag and an asset name'],
    ['artifact:a/b', 'is not a valid artifact name'],
    ['artifact:a:b', 'is not a valid artifact name'],
  ])('rejects %j (%s)', (input, why) => {
    const e = parseError(input);
    expect(e.message).toContain(why);
    expect(e.message).toContain('input restore-from');
    expect(e.hint).toContain('release:<tag>/<asset>');
  });
});

describe('fetchRestoreSource without a network', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'swrt-restore-'));
    writeFileSync(join(root, 'b.swrt'), 'tar');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('resolves path: against the workspace and checks that it exists', async () => {
    const opts = { destDir: join(root, 'dl'), log: new MemoryLog(), env: { GITHUB_WORKSPACE: root } };
    expect(await fetchRestoreSource(parseRestoreFrom('path:b.swrt'), opts)).toBe(join(root, 'b.swrt'));
    expect(await fetchRestoreSource(parseRestoreFrom(`path:${join(root, 'b.swrt')}`), opts)).toBe(join(root, 'b.swrt'));
    await expect(fetchRestoreSource(parseRestoreFrom('path:missing.swrt'), opts)).rejects.toThrow(`restore-from path ${join(root, 'missing.swrt')} is not a file`);
    await expect(fetchRestoreSource(parseRestoreFrom('path:.'), opts)).rejects.toBeInstanceOf(UserError);
  });

  it('hands server: to the callback with the destination directory', async () => {
    const seen: string[] = [];
    const got = await fetchRestoreSource(parseRestoreFrom('server:cloud://prod/project/p/runtime/r/version/v'), {
      destDir: join(root, 'srv'),
      log: new MemoryLog(),
      fetchServer: async (uri, dir) => {
        seen.push(uri, dir);
        return join(dir, 'r.swrt');
      },
    });
    expect(seen).toEqual(['cloud://prod/project/p/runtime/r/version/v', join(root, 'srv')]);
    expect(got).toBe(join(root, 'srv', 'r.swrt'));
    await expect(fetchRestoreSource({ kind: 'server', uri: 'x' }, { destDir: root, log: new MemoryLog() })).rejects.toBeInstanceOf(UserError);
  });

  it('needs a repository and a token for release:', async () => {
    const src = parseRestoreFrom('release:v1/x.swrt');
    await expect(fetchRestoreSource(src, { destDir: root, log: new MemoryLog(), token: 't' })).rejects.toThrow('needs a repository');
    await expect(fetchRestoreSource(src, { destDir: root, log: new MemoryLog(), repo: { owner: 'o', repo: 'r' } })).rejects.toThrow('needs a GitHub token');
  });
});

describe('repoFromEnv', () => {
  it('reads owner/repo from GITHUB_REPOSITORY', () => {
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme/rt' })).toEqual({ owner: 'acme', repo: 'rt' });
    expect(repoFromEnv({ GITHUB_REPOSITORY: 'acme' })).toBeUndefined();
    expect(repoFromEnv({})).toBeUndefined();
  });
});
