// The CLI's compile cache lives only in swrt's own cache folder: never Node's default folder in the
// shared temp dir, never a folder another account could have made or can write.
import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('does nothing on a Node without a compile cache', () => {
    expect(enablePrivateCompileCache(undefined, { SWRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'swrt-cc-')) })).toBeUndefined();
  });
});
