// The CLI's compile cache lives only in swrt's own cache folder: never Node's default folder in the
// shared temp dir, never a folder another account could have made or can write.
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { localCacheRoot } from '../../src/util/cache-root.js';
import { enablePrivateCompileCache } from '../../src/util/compile-cache.js';

function run(env: NodeJS.ProcessEnv) {
  const calls: string[] = [];
  const dir = enablePrivateCompileCache((d) => calls.push(d), env);
  return { dir, calls };
}

describe('enablePrivateCompileCache', () => {
  it('turns the cache on in <swrt cache>/node-compile-cache, made private', () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-cc-'));
    const r = run({ SWRT_CACHE_DIR: root });
    expect(r.calls).toEqual([join(root, 'node-compile-cache')]);
    expect(r.dir).toBe(join(root, 'node-compile-cache'));
    expect(statSync(r.dir!).mode & 0o777).toBe(0o700);
  });

  it("leaves it to Node when the user set NODE_COMPILE_CACHE, and off when they disabled it", () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-cc-'));
    expect(run({ SWRT_CACHE_DIR: root, NODE_COMPILE_CACHE: '/somewhere' }).calls).toEqual([]);
    expect(run({ SWRT_CACHE_DIR: root, NODE_DISABLE_COMPILE_CACHE: '1' }).calls).toEqual([]);
  });

  it('stays off in a folder others can write or that is a link', () => {
    const open = mkdtempSync(join(tmpdir(), 'swrt-cc-'));
    mkdirSync(join(open, 'node-compile-cache'));
    chmodSync(join(open, 'node-compile-cache'), 0o777);
    expect(run({ SWRT_CACHE_DIR: open }).calls).toEqual([]);
    const linked = mkdtempSync(join(tmpdir(), 'swrt-cc-'));
    symlinkSync(mkdtempSync(join(tmpdir(), 'swrt-cc-elsewhere-')), join(linked, 'node-compile-cache'));
    expect(run({ SWRT_CACHE_DIR: linked }).calls).toEqual([]);
  });

  it('stays off below a directory others can write or swap (no sticky bit), or behind a linked parent', () => {
    const shared = mkdtempSync(join(tmpdir(), 'swrt-cc-shared-'));
    chmodSync(shared, 0o777);
    expect(run({ SWRT_CACHE_DIR: join(shared, 'swrt') }).calls).toEqual([]);
    // Sticky, like /tmp: others cannot rename what is ours in it.
    chmodSync(shared, 0o1777);
    expect(run({ SWRT_CACHE_DIR: join(shared, 'swrt') }).calls).toEqual([join(shared, 'swrt', 'node-compile-cache')]);
    const real = mkdtempSync(join(tmpdir(), 'swrt-cc-real-'));
    const via = join(mkdtempSync(join(tmpdir(), 'swrt-cc-via-')), 'link');
    symlinkSync(real, via);
    expect(run({ SWRT_CACHE_DIR: join(via, 'swrt') }).calls).toEqual([]);
  });

  it('stays off for a cache root relative to the working directory (a cloned repository could ship the folder)', () => {
    expect(run({ SWRT_CACHE_DIR: '.cache/swrt' }).calls).toEqual([]);
    // A relative XDG_CACHE_HOME is ignored, as the XDG spec says: the cache goes to the home folder's.
    expect(localCacheRoot({ XDG_CACHE_HOME: '.cache' })).toBe(join(homedir(), '.cache', 'swrt'));
    expect(localCacheRoot({ XDG_CACHE_HOME: '/xdg/cache' })).toBe('/xdg/cache/swrt');
  });

  it('never fails the command, even when enabling throws', () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-cc-'));
    expect(enablePrivateCompileCache(() => { throw new Error('boom'); }, { SWRT_CACHE_DIR: root })).toBeUndefined();
  });

  it('does nothing on a Node without a compile cache', () => {
    expect(enablePrivateCompileCache(undefined, { SWRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'swrt-cc-')) })).toBeUndefined();
  });
});
