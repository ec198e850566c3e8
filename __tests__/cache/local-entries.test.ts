// The CLI's local layer cache on a real filesystem, with a real venv from a pyenv Python where one is installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localCacheRoot, restoreLocal, saveLocal } from '../../src/cache/local-entries.js';
import { MemoryLog } from '../../src/util/log.js';
import { itUnless } from '../helpers/skip.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-local-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function tree(dir: string, marker: string): void {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'bin', 'tool'), `#!/bin/sh\necho ${marker}\n`, { mode: 0o755 });
  symlinkSync('/usr/bin/env', join(dir, 'bin', 'python'));
  writeFileSync(join(dir, 'data.txt'), marker);
}

describe('local layer cache', () => {
  it('defaults to $SWRT_CACHE_DIR, else XDG_CACHE_HOME/swrt, else ~/.cache/swrt', () => {
    expect(localCacheRoot({ SWRT_CACHE_DIR: '/c' })).toBe('/c');
    expect(localCacheRoot({ XDG_CACHE_HOME: '/x' })).toBe('/x/swrt');
    expect(localCacheRoot({})).toBe(join(homedir(), '.cache', 'swrt'));
  });

  it('misses, saves atomically, then restores exactly with symlinks and modes kept', async () => {
    const env = join(root, 'w', 'venv');
    const cache = join(root, 'cache');
    expect((await restoreLocal('env', 'swrt-env-v1-k1', env, { root: cache })).hit).toBe('miss');
    tree(env, 'one');
    expect((await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache })).saved).toBe(true);
    expect(readdirSync(join(cache, 'env'))).toEqual(['swrt-env-v1-k1']);
    expect((await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache })).skipped).toMatch(/exists/);

    rmSync(env, { recursive: true });
    const r = await restoreLocal('env', 'swrt-env-v1-k1', env, { root: cache });
    expect(r).toMatchObject({ hit: 'exact', matchedKey: 'swrt-env-v1-k1' });
    expect(readFileSync(join(env, 'data.txt'), 'utf8')).toBe('one');
    expect(readlinkSync(join(env, 'bin', 'python'))).toBe('/usr/bin/env');
    expect(statSync(join(env, 'bin', 'tool')).mode & 0o777).toBe(0o755);
    expect(readdirSync(join(root, 'w'))).toEqual(['venv']);
  });

  it('hard-links the entry to the env on one filesystem: a save adds no copy of the files', async () => {
    const env = join(root, 'w', 'venv');
    const cache = join(root, 'cache');
    tree(env, 'one');
    expect(await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache })).toMatchObject({ saved: true, how: 'link', bytes: 3 + statSync(join(env, 'bin', 'tool')).size });
    const entryFile = join(cache, 'env', 'swrt-env-v1-k1', 'data', 'data.txt');
    expect(statSync(entryFile).ino).toBe(statSync(join(env, 'data.txt')).ino);
    rmSync(env, { recursive: true });
    expect((await restoreLocal('env', 'swrt-env-v1-k1', env, { root: cache })).how).toBe('link');
    expect(statSync(join(env, 'data.txt')).ino).toBe(statSync(entryFile).ino);
  });

  it('an env edited in place edits the linked entry: the entry is then a miss and is dropped, never a stale env', async () => {
    const env = join(root, 'w', 'venv');
    const cache = join(root, 'cache');
    tree(env, 'one');
    await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache });
    // Same size, new content: only the mtime tells (the file is the entry's file too).
    await new Promise((r) => setTimeout(r, 15));
    writeFileSync(join(env, 'data.txt'), 'two');
    expect(readFileSync(join(cache, 'env', 'swrt-env-v1-k1', 'data', 'data.txt'), 'utf8')).toBe('two');
    const log = new MemoryLog();
    expect((await restoreLocal('env', 'swrt-env-v1-k1', join(root, 'elsewhere'), { root: cache, log })).hit).toBe('miss');
    expect(log.text()).toMatch(/discarding entry swrt-env-v1-k1: its files changed since it was saved/);
    expect(existsSync(join(cache, 'env', 'swrt-env-v1-k1'))).toBe(false);
    expect(existsSync(join(root, 'elsewhere'))).toBe(false);
    // The env itself is untouched by the drop.
    expect(readFileSync(join(env, 'data.txt'), 'utf8')).toBe('two');
  });

  it('keeps no bytecode in an entry', async () => {
    const env = join(root, 'w', 'venv');
    const cache = join(root, 'cache');
    tree(env, 'one');
    mkdirSync(join(env, 'pkg', '__pycache__'), { recursive: true });
    writeFileSync(join(env, 'pkg', '__pycache__', 'm.cpython-311.pyc'), 'planted');
    await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache });
    expect(existsSync(join(cache, 'env', 'swrt-env-v1-k1', 'data', 'pkg', '__pycache__'))).toBe(false);
    expect(existsSync(join(env, 'pkg', '__pycache__', 'm.cpython-311.pyc'))).toBe(true);
  });

  const otherFs = ['/dev/shm'].find((d) => existsSync(d) && statSync(d).dev !== statSync(tmpdir()).dev);
  itUnless(Boolean(otherFs), 'no second filesystem here (/dev/shm on another device than the temp dir)')(`copies across filesystems (cache on ${otherFs})`, async () => {
    const env = join(root, 'w', 'venv');
    const cache = mkdtempSync(join(otherFs as string, 'swrt-local-'));
    try {
      tree(env, 'one');
      expect((await saveLocal('env', 'swrt-env-v1-k1', env, { root: cache })).how).toBe('copy');
      writeFileSync(join(env, 'data.txt'), 'two');
      rmSync(env, { recursive: true });
      expect(await restoreLocal('env', 'swrt-env-v1-k1', env, { root: cache })).toMatchObject({ hit: 'exact', how: 'copy' });
      expect(readFileSync(join(env, 'data.txt'), 'utf8')).toBe('one');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('falls back by restore-key prefix to the newest entry', async () => {
    const cache = join(root, 'cache');
    const src = join(root, 'src');
    tree(src, 'old');
    await saveLocal('downloads', 'swrt-downloads-v1-p-aaa', src, { root: cache });
    await new Promise((r) => setTimeout(r, 20));
    writeFileSync(join(src, 'data.txt'), 'new');
    await saveLocal('downloads', 'swrt-downloads-v1-p-bbb', src, { root: cache });
    const dst = join(root, 'dst');
    const r = await restoreLocal('downloads', 'swrt-downloads-v1-p-ccc', dst, { root: cache, restoreKeys: ['swrt-downloads-v1-q-', 'swrt-downloads-v1-p-'] });
    expect(r).toMatchObject({ hit: 'partial', matchedKey: 'swrt-downloads-v1-p-bbb' });
    expect(readFileSync(join(dst, 'data.txt'), 'utf8')).toBe('new');
  });

  it('refuses keys that could escape the cache directory', async () => {
    await expect(saveLocal('env', '../evil', root, { root })).rejects.toThrow(/invalid cache key/);
    await expect(restoreLocal('env', 'a/b', root, { root })).rejects.toThrow(/invalid cache key/);
    await expect(restoreLocal('env', '..', root, { root })).rejects.toThrow(/invalid cache key/);
  });

  const py = ['3.11', '3.12', '3.10']
    .flatMap((v) => (existsSync(join(homedir(), '.pyenv', 'versions')) ? readdirSync(join(homedir(), '.pyenv', 'versions')).filter((d) => d.startsWith(`${v}.`)) : []))
    .map((d) => join(homedir(), '.pyenv', 'versions', d, 'bin', 'python3'))
    .find((p) => existsSync(p));
  itUnless(Boolean(py), 'no pyenv Python 3.10-3.12 to build a real venv')(`a restored real venv at the same absolute path runs (pyenv python: ${py})`, async () => {
    const run = promisify(execFile);
    const env = join(root, 'proj', '.venv');
    await run(py as string, ['-m', 'venv', '--without-pip', env]);
    const site = (await run(join(env, 'bin', 'python'), ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'])).stdout.trim();
    writeFileSync(join(site, 'swrtmarker.py'), 'VALUE = 42\n');
    const cache = join(root, 'cache');
    await saveLocal('env', 'swrt-env-v1-real', env, { root: cache });
    rmSync(env, { recursive: true });
    expect((await restoreLocal('env', 'swrt-env-v1-real', env, { root: cache })).hit).toBe('exact');
    const out = await run(join(env, 'bin', 'python'), ['-c', 'import swrtmarker, sys; print(swrtmarker.VALUE, sys.prefix)']);
    expect(out.stdout.trim()).toBe(`42 ${env}`);
  }, 30000);
});
