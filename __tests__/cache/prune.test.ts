// The local cache's bound: sizes, the SWRT_CACHE_MAX cap, and the LRU prune on a real filesystem.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreLocal, saveLocal } from '../../src/cache/local-entries.js';
import { cacheMax, DEFAULT_CACHE_MAX, listEntries, parseSize, pruneLocal } from '../../src/cache/prune.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-prune-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Saves an env of `bytes` bytes as `key`, last used `ageS` seconds ago. */
async function entry(key: string, bytes: number, ageS: number): Promise<void> {
  const src = join(root, 'src', key);
  mkdirSync(src, { recursive: true });
  writeFileSync(join(src, 'blob'), Buffer.alloc(bytes, 1));
  expect((await saveLocal('env', key, src, { root: join(root, 'cache') })).saved).toBe(true);
  const t = new Date(Date.now() - ageS * 1000);
  utimesSync(join(root, 'cache', 'env', key), t, t);
}

describe('cache sizes', () => {
  it('parses bytes and K/M/G/T (powers of 1024), and refuses anything else', () => {
    expect(parseSize('1048576')).toBe(1048576);
    expect(parseSize('10G')).toBe(10 * 1024 ** 3);
    expect(parseSize('500MiB')).toBe(500 * 1024 ** 2);
    expect(parseSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('0')).toBe(0);
    expect(parseSize('10b')).toBe(10);
    expect(parseSize('0.5k')).toBe(512);
    // A unit suffix with no unit ("10ib"), and a fraction of a byte, are typos, not sizes.
    for (const bad of ['', 'ten', '-1G', '10X', '1e9', '10 G B', '10ib', '10i', '0.5', '1.5b']) expect(parseSize(bad)).toBeUndefined();
  });

  it('SWRT_CACHE_MAX sets the cap (default 10 GiB); a bad value is one clear error', () => {
    expect(cacheMax({})).toBe(DEFAULT_CACHE_MAX);
    expect(DEFAULT_CACHE_MAX).toBe(10 * 1024 ** 3);
    expect(cacheMax({ SWRT_CACHE_MAX: '2G' })).toBe(2 * 1024 ** 3);
    expect(() => cacheMax({ SWRT_CACHE_MAX: 'lots' })).toThrow(/SWRT_CACHE_MAX="lots" is not a size/);
  });
});

describe('pruneLocal', () => {
  it('removes the least recently used entries until the rest fit, and everything at 0', async () => {
    await entry('swrt-env-v1-old', 3000, 300);
    await entry('swrt-env-v1-mid', 3000, 200);
    await entry('swrt-env-v1-new', 3000, 100);
    const listed = await listEntries(join(root, 'cache'));
    expect(listed.map((e) => [e.name, e.bytes]).sort()).toEqual([['swrt-env-v1-mid', 3000], ['swrt-env-v1-new', 3000], ['swrt-env-v1-old', 3000]]);

    const r = await pruneLocal(join(root, 'cache'), 6500);
    expect(r.removed.map((e) => e.name)).toEqual(['swrt-env-v1-old']);
    expect(r).toMatchObject({ bytesBefore: 9000, bytesAfter: 6000 });
    expect(readdirSync(join(root, 'cache', 'env')).sort()).toEqual(['swrt-env-v1-mid', 'swrt-env-v1-new']);
    // The sources the entries were linked from are untouched.
    expect(readdirSync(join(root, 'src')).sort()).toEqual(['swrt-env-v1-mid', 'swrt-env-v1-new', 'swrt-env-v1-old']);

    expect((await pruneLocal(join(root, 'cache'), 10_000)).removed).toEqual([]);
    expect((await pruneLocal(join(root, 'cache'), 0)).removed.map((e) => e.name).sort()).toEqual(['swrt-env-v1-mid', 'swrt-env-v1-new']);
    expect(readdirSync(join(root, 'cache', 'env'))).toEqual([]);
  });

  it('a restore makes an entry the most recently used', async () => {
    await entry('swrt-env-v1-a', 3000, 300);
    await entry('swrt-env-v1-b', 3000, 200);
    expect((await restoreLocal('env', 'swrt-env-v1-a', join(root, 'out'), { root: join(root, 'cache') })).hit).toBe('exact');
    expect((await pruneLocal(join(root, 'cache'), 4000)).removed.map((e) => e.name)).toEqual(['swrt-env-v1-b']);
  });
});
