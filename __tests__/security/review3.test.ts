// review3: findings against the store, the tag-index lock, the .tmp sweep, extract's workdir reuse
// and the tool cache, each turned into an assertion of the refusal (sentinel trees unchanged).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';
import { extractBundle } from '../../src/pipeline/restore.js';
import { LocalStore } from '../../src/store/store.js';
import { distrust, installCached, type ToolCacheEntry } from '../../src/toolchain/tool-cache.js';
import { sentinelTree, snapshot } from './sentinel.js';

const REPO = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const V1 = 'abcdeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const V2 = 'bcdefaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function tree() {
  const t = sentinelTree('swrt-r3-');
  roots.push(t.root);
  return t;
}

/** A .swrt with manifest name/version and a marker file files/who.txt. */
async function bundle(name: string, version: string, who: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-r3-b-'));
  roots.push(dir);
  const src = join(dir, 'src');
  mkdirSync(join(src, 'files'), { recursive: true });
  writeFileSync(join(src, '_manifest.yaml'), `name: ${name}\nversion: ${version}\nenvironment: {mode: venv}\n`);
  writeFileSync(join(src, 'runtime.yaml'), `name: ${name}\n`);
  writeFileSync(join(src, 'files', 'who.txt'), `${who}\n`);
  const file = join(dir, `${who}.swrt`);
  await create({ file, cwd: src, portable: true }, ['_manifest.yaml', 'runtime.yaml', 'files']);
  return file;
}

describe('the tag-index lock', () => {
  // A lock path that O_EXCL cannot create and readFileSync cannot read: a dangling symlink, a
  // directory. withFileLock refuses it at once (no swrt made it) instead of spinning.
  it.each([
    ['a dangling symlink', 'symlink', (f: string) => symlinkSync('/nonexistent-swrt-r3', f)],
    ['a directory', 'directory', (f: string) => mkdirSync(f)],
  ])('refuses a lock path that is %s (no endless busy loop)', (_l, what, plant) => {
    const t = tree();
    const lock = join(t.work, '_manifest.yaml.lock');
    plant(lock);
    const script = join(t.work, 'lock.ts');
    writeFileSync(
      script,
      `import { withFileLock } from ${JSON.stringify(join(REPO, 'src/store/lock.ts'))};\n` +
        `try { withFileLock(${JSON.stringify(lock)}, () => 1, { waitMs: 300 }); console.log('ran'); } catch (e) { console.log('refused: ' + (e as Error).message); }\n`,
    );
    const r = spawnSync(TSX, [script], { encoding: 'utf8', timeout: 8000 });
    // Before the fix: no output before the 8 s kill (it spun forever at 100% CPU).
    expect(r.stdout).toContain(`refused: the lock ${lock} is a ${what}, not a lock file swrt made`);
  }, 20000);
});

describe('a store tree with a symlinked runtime dir', () => {
  it('remove --force and tag do not reach through a symlink out of the store', () => {
    const t = tree();
    const root = join(t.work, 'store');
    // The sentinel holds something shaped like a bundle; the store's runtime dir `rt` points at it.
    mkdirSync(join(t.sentinel, 'ab'), { recursive: true });
    writeFileSync(join(t.sentinel, 'ab', `${V1}.swrt`), 'not a bundle, someone else\'s file\n');
    mkdirSync(join(root, 'self', 'runtime'), { recursive: true });
    symlinkSync(t.sentinel, join(root, 'self', 'runtime', 'rt'));
    const before = snapshot(t.sentinel);
    const store = new LocalStore(root);
    // Before the fix: _manifest.yaml written into the sentinel, then ab/<V1>.swrt deleted.
    expect(() => store.tag('rt', V1, ['mine'])).toThrow(/runtime\/rt is a symlink inside/);
    expect(() => store.remove('rt', V1, true)).toThrow(/runtime\/rt is a symlink inside/);
    expect(() => store.recover('rt', V1)).toThrow(/runtime\/rt is a symlink inside/);
    expect(snapshot(t.sentinel)).toEqual(before);
  });

  it('remove does not rm -rf through a symlinked workdir/.recover', () => {
    const t = tree();
    const root = join(t.work, 'store');
    const store = new LocalStore(root);
    const staged = join(t.work, 'b.swrt');
    writeFileSync(staged, 'bundle\n');
    store.add(staged, 'rt', V1);
    mkdirSync(store.workdir('rt', V1), { recursive: true });
    writeFileSync(join(store.workdir('rt', V1), '_manifest.yaml'), 'name: rt\n');
    // Someone's data laid out where the trash workdir would resolve through the link.
    mkdirSync(join(t.sentinel, 'rt', 'ab', V1), { recursive: true });
    writeFileSync(join(t.sentinel, 'rt', 'ab', V1, 'precious.txt'), 'precious\n');
    symlinkSync(t.sentinel, join(root, 'self', 'workdir', 'runtime', '.recover'));
    const before = snapshot(t.sentinel);
    const storeBefore = snapshot(root);
    // Before the fix: precious.txt deleted and the workdir renamed into the sentinel.
    expect(() => store.remove('rt', V1)).toThrow(/\.recover is a symlink inside/);
    expect(snapshot(t.sentinel)).toEqual(before);
    // Refused before anything moved: the bundle, its workdir and its tags are where they were.
    expect(snapshot(root)).toEqual(storeBefore);
    expect(store.findVersion('rt', V1).version).toBe(V1);
  });
});

describe('the debris sweep of <store>/.tmp', () => {
  it('does not empty the directory a symlinked .tmp points at', () => {
    const t = tree();
    const root = join(t.work, 'store');
    mkdirSync(root, { recursive: true });
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    utimesSync(join(t.sentinel, 'keep.txt'), old, old);
    utimesSync(join(t.sentinel, 'dir'), old, old);
    symlinkSync(t.sentinel, join(root, '.tmp'));
    const before = snapshot(t.sentinel);
    // Before the fix: keep.txt and dir/ (older than a day, "ownerless") deleted in the link's target.
    expect(() => new LocalStore(root).tmpDir()).toThrow(/\.tmp is a symlink inside/);
    expect(() => new LocalStore(root).add(join(t.work, 'missing.swrt'), 'rt', V1)).toThrow(/\.tmp is a symlink inside/);
    expect(snapshot(t.sentinel)).toEqual(before);
  });

  it('removes only old files named as this project names them, never other ownerless entries', () => {
    const t = tree();
    const root = join(t.work, 'store');
    const tmp = join(root, '.tmp');
    mkdirSync(tmp, { recursive: true });
    const old = new Date(Date.now() - 3 * 24 * 3600_000);
    const plant = (name: string, dir = false) => {
      const p = join(tmp, name);
      if (dir) mkdirSync(p);
      else writeFileSync(p, 'x');
      utimesSync(p, old, old);
      return p;
    };
    const ours = [plant(`${V1}.swrt`), plant(`.${V1}.swrt.0123456789abcdef.part`)];
    const theirs = [plant('notes.txt'), plant('cache', true), plant(`${V1}.swrt.dir`, true), plant('swrt.swrt', true)];
    const fresh = join(tmp, `${V1.replace('a', 'b')}.swrt`);
    writeFileSync(fresh, 'x');
    new LocalStore(root).tmpDir();
    for (const p of ours) expect(existsSync(p)).toBe(false);
    for (const p of [...theirs, fresh]) expect(existsSync(p)).toBe(true);
  });
});

describe('extract of a standalone .swrt', () => {
  it('does not plant its content as the workdir of a different stored bundle with the same name/version', async () => {
    const t = tree();
    const root = join(t.work, 'store');
    const store = new LocalStore(root);
    const legit = await bundle('rt', V1, 'legit');
    store.add(legit, 'rt', V1);
    const own = store.workdir('rt', V1);
    const first = await extractBundle(`rt/version/${V1}`, { storeRoot: root });
    expect(first.workdir).toBe(own);
    const ownBefore = snapshot(own);
    // A .swrt from elsewhere that claims the stored runtime's name and version: it gets a workdir of its own.
    const evil = await bundle('rt', V1, 'evil');
    const e = await extractBundle(evil, { storeRoot: root });
    const digest = createHash('sha256').update(readFileSync(evil)).digest('hex');
    expect(e.workdir).toBe(join(root, 'self', 'workdir', 'runtime', '.by-digest', digest.slice(0, 2), digest));
    expect(readFileSync(join(e.workdir, 'files', 'who.txt'), 'utf8').trim()).toBe('evil');
    expect(snapshot(own)).toEqual(ownBefore);
    // Later, the user restores the stored one by URI. Before the fix: "evil", the store's rt/V1 restored
    // from the other file's content (the workdir was reused because _manifest.yaml existed).
    const r = await extractBundle(`rt/version/${V1}`, { storeRoot: root });
    expect(r.workdir).toBe(own);
    expect(readFileSync(join(r.workdir, 'files', 'who.txt'), 'utf8').trim()).toBe('legit');
    // The same bytes under another file name are the stored bundle: its workdir is shared.
    const copy = join(t.work, 'copy.swrt');
    writeFileSync(copy, readFileSync(store.bundlePath('rt', V1)));
    expect((await extractBundle(copy, { storeRoot: root })).workdir).toBe(own);
  });

  it('re-extracts a store workdir whose record names other bytes; keeps one swcli made (no record)', async () => {
    const t = tree();
    const root = join(t.work, 'store');
    const store = new LocalStore(root);
    const own = store.workdir('rt', V1);
    // Extracted while the store did not hold rt/V1 (a standalone file); then the real one is stored.
    await extractBundle(await bundle('rt', V1, 'early'), { storeRoot: root });
    expect(readFileSync(join(own, 'files', 'who.txt'), 'utf8').trim()).toBe('early');
    store.add(await bundle('rt', V1, 'legit'), 'rt', V1);
    expect(readFileSync(join((await extractBundle(`rt/version/${V1}`, { storeRoot: root })).workdir, 'files', 'who.txt'), 'utf8').trim()).toBe('legit');
    // A workdir without a record (swcli's) is reused for the store's own bundle.
    rmSync(join(own, '.swrt-bundle.sha256'));
    writeFileSync(join(own, 'files', 'who.txt'), 'swcli\n');
    expect(readFileSync(join((await extractBundle(`rt/version/${V1}`, { storeRoot: root })).workdir, 'files', 'who.txt'), 'utf8').trim()).toBe('swcli');
    // ...but not for a standalone file with other bytes, nor when the store does not hold the version.
    const other = await bundle('rt', V2, 'mine');
    const own2 = store.workdir('rt', V2);
    mkdirSync(join(own2, 'files'), { recursive: true });
    writeFileSync(join(own2, '_manifest.yaml'), `name: rt\nversion: ${V2}\n`);
    writeFileSync(join(own2, 'files', 'who.txt'), 'planted\n');
    expect(readFileSync(join((await extractBundle(other, { storeRoot: root })).workdir, 'files', 'who.txt'), 'utf8').trim()).toBe('mine');
  });

  it('a bundle cannot bring its own record: a file of that name is replaced, anything else is refused', async () => {
    const t = tree();
    const root = join(t.work, 'store');
    const store = new LocalStore(root);
    store.add(await bundle('rt', V1, 'legit'), 'rt', V1);
    const legitDigest = createHash('sha256').update(readFileSync(store.bundlePath('rt', V1))).digest('hex');
    const dir = join(t.work, 'b');
    mkdirSync(join(dir, 'files'), { recursive: true });
    writeFileSync(join(dir, '_manifest.yaml'), `name: rt\nversion: ${V2}\n`);
    writeFileSync(join(dir, '.swrt-bundle.sha256'), `${legitDigest}\n`);
    const file = join(t.work, 'claims.swrt');
    await create({ file, cwd: dir, portable: true }, ['_manifest.yaml', '.swrt-bundle.sha256', 'files']);
    const r = await extractBundle(file, { storeRoot: root });
    const mine = createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(readFileSync(join(r.workdir, '.swrt-bundle.sha256'), 'utf8').split('\n')[0]).toBe(mine);
    rmSync(join(dir, '.swrt-bundle.sha256'));
    mkdirSync(join(dir, '.swrt-bundle.sha256'));
    const file2 = join(t.work, 'claims2.swrt');
    await create({ file: file2, cwd: dir, portable: true }, ['_manifest.yaml', '.swrt-bundle.sha256', 'files']);
    const before = snapshot(root);
    await expect(extractBundle(file2, { storeRoot: root, force: true })).rejects.toThrow(/swrt-bundle\.sha256: it is a directory/);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('tool-cache markers', () => {
  // A documented limit: the tool cache is the runner's own and trusted; its tree digest lists paths,
  // types, sizes, modes and link targets, not contents (see src/util/tree-digest.ts). What it does
  // catch is a truncated or partial entry and accidental changes.
  it.each([
    ['a file added', (d: string) => writeFileSync(join(d, 'lib', 'extra.py'), '')],
    ['a file removed', (d: string) => rmSync(join(d, 'lib', 'site.py'))],
    ['a file truncated', (d: string) => writeFileSync(join(d, 'lib', 'site.py'), 'print(')],
    ['a mode changed', (d: string) => chmodSync(join(d, 'lib', 'site.py'), 0o755)],
    ['a file replaced by a link', (d: string) => (rmSync(join(d, 'lib', 'site.py')), symlinkSync('/etc/hostname', join(d, 'lib', 'site.py')))],
  ])('an entry with %s is no longer trusted', async (_l, change) => {
    const t = tree();
    const pin = 'b'.repeat(64);
    const e: ToolCacheEntry = { root: join(t.work, 'tc'), tool: 'swrt-python', version: '3.11.9', arch: 'x64' };
    const dir = await installCached(e, async (d) => {
      mkdirSync(join(d, 'lib'));
      writeFileSync(join(d, 'lib', 'site.py'), 'print("genuine")\n', { mode: 0o644 });
      return { sha256: [pin], against: 'a test pin' };
    });
    expect(distrust(e, [pin])).toBeUndefined();
    change(dir);
    expect(distrust(e, [pin])).toMatch(/files changed/);
  });
});

it('sanity: the probes ran against a real store', () => {
  expect(existsSync(TSX)).toBe(true);
});
