// The CLI's local cache entries are untrusted on reuse: an entry that is not what a save makes (a
// link out of the cache, a record for another entry, files that differ from its recorded digest)
// is a miss and is dropped; nothing is read or removed through a link.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreLocal, saveLocal } from '../../src/cache/local-entries.js';
import { listEntries, pruneLocal } from '../../src/cache/prune.js';
import { MemoryLog } from '../../src/util/log.js';

let root: string;
let cache: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-sec-lcache-'));
  cache = join(root, 'cache');
  outside = join(root, 'outside');
  mkdirSync(join(outside, 'bin'), { recursive: true });
  writeFileSync(join(outside, 'bin', 'python'), '#!/bin/sh\necho attacker\n', { mode: 0o755 });
  writeFileSync(join(outside, 'precious.txt'), 'keep me');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const KEY = 'swrt-env-v1-victim';

async function saved(): Promise<string> {
  const env = join(root, 'env');
  mkdirSync(join(env, 'bin'), { recursive: true });
  writeFileSync(join(env, 'bin', 'python'), '#!/bin/sh\necho honest\n', { mode: 0o755 });
  expect((await saveLocal('env', KEY, env, { root: cache })).saved).toBe(true);
  return join(cache, 'env', KEY);
}

async function expectRefused(why: RegExp): Promise<void> {
  const log = new MemoryLog();
  const target = join(root, 'restored');
  expect((await restoreLocal('env', KEY, target, { root: cache, log })).hit).toBe('miss');
  expect(log.text('warn')).toMatch(why);
  expect(existsSync(target)).toBe(false);
  expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me');
}

describe('local cache: planted entries', () => {
  it('an entry that is a symlink out of the cache is not followed, and dropping it removes only the link', async () => {
    mkdirSync(join(cache, 'env'), { recursive: true });
    writeFileSync(join(outside, 'entry.json'), JSON.stringify({ format: 'swrt-cache/1', layer: 'env', key: KEY, tree: 'x' }));
    symlinkSync(outside, join(cache, 'env', KEY));
    await expectRefused(/discarding entry swrt-env-v1-victim: it is not a directory/);
    expect(existsSync(join(cache, 'env', KEY))).toBe(false);
    expect(readdirSync(outside).sort()).toEqual(['bin', 'entry.json', 'precious.txt']);
  });

  it('an entry whose data/ is a symlink out of the cache is refused', async () => {
    const dir = await saved();
    rmSync(join(dir, 'data'), { recursive: true });
    symlinkSync(outside, join(dir, 'data'));
    await expectRefused(/its data is not a directory/);
  });

  it('a symlink planted inside data/ (pointing out of the cache) breaks the recorded digest', async () => {
    const dir = await saved();
    symlinkSync(join(outside, 'precious.txt'), join(dir, 'data', 'bin', 'python3'));
    await expectRefused(/its files changed since it was saved/);
    expect(existsSync(dir)).toBe(false);
  });

  it('a file swapped for another of the same size is caught by its mtime', async () => {
    const dir = await saved();
    const f = join(dir, 'data', 'bin', 'python');
    const same = '#!/bin/sh\necho hacked\n';
    expect(same.length).toBe(readFileSync(f, 'utf8').length);
    await new Promise((r) => setTimeout(r, 15));
    rmSync(f);
    writeFileSync(f, same, { mode: 0o755 });
    await expectRefused(/its files changed since it was saved/);
  });

  it('an entry.json that names another entry, or is not ours, is refused', async () => {
    const dir = await saved();
    const rec = JSON.parse(readFileSync(join(dir, 'entry.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'entry.json'), JSON.stringify({ ...rec, key: 'swrt-env-v1-other' }));
    await expectRefused(/names another entry/);
    const again = await saved();
    symlinkSync(join(outside, 'precious.txt'), join(again, 'entry.json.tmp'));
    rmSync(join(again, 'entry.json'));
    symlinkSync(join(again, 'entry.json.tmp'), join(again, 'entry.json'));
    await expectRefused(/no readable entry.json/);
  });

  it('a layer directory that is a link out of the cache is neither read nor written through', async () => {
    mkdirSync(cache, { recursive: true });
    mkdirSync(join(outside, KEY, 'data'), { recursive: true });
    symlinkSync(outside, join(cache, 'env'));
    await expectRefused(/is not a directory; not using it/);
    const env = join(root, 'env');
    mkdirSync(env);
    expect((await saveLocal('env', 'swrt-env-v1-new', env, { root: cache })).skipped).toMatch(/is not a directory/);
    expect(readdirSync(outside).sort()).toEqual(['bin', 'precious.txt', KEY]);
  });

  it('restore-key fallback never picks a name that is not a key (dot names, temp dirs)', async () => {
    mkdirSync(join(cache, 'env', '.swrt-env-v1-hidden', 'data'), { recursive: true });
    expect((await restoreLocal('env', 'swrt-env-v1-none', join(root, 'r'), { root: cache, restoreKeys: ['', '.swrt-env-'] })).hit).toBe('miss');
  });

  it('prune removes planted junk (links, files, bad records) without following links', async () => {
    await saved();
    symlinkSync(outside, join(cache, 'env', 'swrt-env-v1-link'));
    writeFileSync(join(cache, 'env', 'not a key!'), 'x');
    mkdirSync(join(cache, 'env', 'swrt-env-v1-norecord', 'data'), { recursive: true });
    const listed = await listEntries(cache);
    expect(listed.filter((e) => e.junk).map((e) => e.name).sort()).toEqual(['not a key!', 'swrt-env-v1-link', 'swrt-env-v1-norecord']);
    const r = await pruneLocal(cache, 10 * 1024 ** 3);
    expect(r.removed.map((e) => e.name).sort()).toEqual(['not a key!', 'swrt-env-v1-link', 'swrt-env-v1-norecord']);
    expect(readdirSync(join(cache, 'env'))).toEqual([KEY]);
    expect(readdirSync(outside).sort()).toEqual(['bin', 'precious.txt']);
    // A link planted as a layer directory is not listed or entered.
    rmSync(join(cache, 'downloads'), { recursive: true, force: true });
    symlinkSync(outside, join(cache, 'downloads'));
    expect((await listEntries(cache)).map((e) => e.layer)).toEqual(['env']);
    await pruneLocal(cache, 0);
    expect(readdirSync(outside).sort()).toEqual(['bin', 'precious.txt']);
  });
});
