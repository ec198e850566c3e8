// Built image layers kept in the local cache: the same content is a hit with the same blob, any
// change in what the layer holds is a miss, and an entry whose blob or record was altered is
// never used (the layer is built again, with the right digest).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TarEntry } from '../../src/archive/tar.js';
import { listEntries } from '../../src/cache/prune.js';
import { cachedLayer, layerFingerprint } from '../../src/image/layer-cache.js';
import { writeLayer } from '../../src/image/layer.js';
import { MemoryLog } from '../../src/util/log.js';

const log = new MemoryLog();

function tree(files: Record<string, string>): { dir: string; entries: () => TarEntry[] } {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-lc-src-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const entries = () =>
    Object.keys(files)
      .sort()
      .map((name) => {
        const st = statSync(join(dir, name));
        return { path: `opt/x/${name}`, type: 'file' as const, mode: 0o644, source: join(dir, name), size: st.size, expect: { dev: st.dev, ino: st.ino } };
      });
  return { dir, entries };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'swrt-lc-work-'));

describe('layerFingerprint', () => {
  it('is the same for the same content and changes with content, mode, path or link target', async () => {
    const a = tree({ 'a.py': 'print(1)\n', 'b.txt': 'bee\n' });
    const base = await layerFingerprint(a.entries());
    expect(await layerFingerprint(a.entries())).toBe(base);
    // Same size, other bytes.
    writeFileSync(join(a.dir, 'a.py'), 'print(2)\n');
    const edited = await layerFingerprint(a.entries());
    expect(edited).not.toBe(base);
    const e = a.entries();
    expect(await layerFingerprint([{ ...e[0]!, mode: 0o755 }, e[1]!])).not.toBe(edited);
    expect(await layerFingerprint([{ ...e[0]!, path: 'opt/y/a.py' }, e[1]!])).not.toBe(edited);
    const link = (to: string): TarEntry => ({ path: 'opt/x/l', type: 'symlink', mode: 0o777, linkname: to });
    expect(await layerFingerprint([link('a')])).not.toBe(await layerFingerprint([link('b')]));
    expect(await layerFingerprint([{ path: 'p', type: 'file', mode: 0o644, data: Buffer.from('1') }])).not.toBe(await layerFingerprint([{ path: 'p', type: 'file', mode: 0o644, data: Buffer.from('2') }]));
  });
});

describe('cachedLayer', () => {
  it('builds and keeps a layer, then hands back the same blob from the cache', async () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-lc-root-'));
    const src = tree({ 'a.py': 'print(1)\n'.repeat(1000), 'b.txt': 'bee\n' });
    const w1 = scratch();
    const first = await cachedLayer(src.entries(), join(w1, 'blobs'), { root, work: w1, log });
    expect(first).toMatchObject({ cached: false, saved: true });
    const w2 = scratch();
    const again = await cachedLayer(src.entries(), join(w2, 'blobs'), { root, work: w2, log });
    expect(again).toMatchObject({ cached: true, saved: false, digest: first.digest, diffId: first.diffId, size: first.size });
    expect(readFileSync(again.path)).toEqual(readFileSync(first.path));
    // The same bytes as a layer built with no cache at all.
    const plain = await writeLayer(src.entries(), join(scratch(), 'blobs'));
    expect(plain.digest).toBe(first.digest);
    // swrt cache info and prune see it, under the same cap as the envs.
    const listed = await listEntries(root);
    expect(listed.map((e) => e.layer)).toEqual(['image-layer']);
    expect(listed[0]!.junk).toBeUndefined();
  });

  it('builds again when the content changed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-lc-root-'));
    const src = tree({ 'a.py': 'print(1)\n' });
    const w = scratch();
    const first = await cachedLayer(src.entries(), join(w, 'blobs'), { root, work: w, log });
    writeFileSync(join(src.dir, 'a.py'), 'print(9)\n');
    const w2 = scratch();
    const next = await cachedLayer(src.entries(), join(w2, 'blobs'), { root, work: w2, log });
    expect(next.cached).toBe(false);
    expect(next.digest).not.toBe(first.digest);
  });

  it.each([
    ['a blob altered in place (same size, times put back)', 'layer.tar.gz'],
    ['a record that names another blob', 'layer.json'],
  ])('never uses %s: the layer is built again with the right digest', async (_what, file) => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-lc-root-'));
    const src = tree({ 'a.py': 'print(1)\n'.repeat(500) });
    const w = scratch();
    const first = await cachedLayer(src.entries(), join(w, 'blobs'), { root, work: w, log });
    // Read now: the scratch blob and the cache entry share an inode (the entry is a hard link).
    const good = readFileSync(first.path);
    const entryName = readdirSync(join(root, 'image-layer')).find((n) => !n.startsWith('.'))!;
    const target = join(root, 'image-layer', entryName, 'data', file);
    const st = statSync(target);
    const bytes = readFileSync(target);
    if (file === 'layer.tar.gz') bytes[bytes.length - 20] ^= 0xff;
    else bytes.write(JSON.stringify({ digest: `sha256:${'0'.repeat(64)}`, diffId: first.diffId, size: first.size }).padEnd(bytes.length, ' ').slice(0, bytes.length));
    writeFileSync(target, bytes);
    // The entry's own tree digest records mtimes: put them back so only the content check can catch it.
    utimesSync(target, st.atime, st.mtime);
    const w2 = scratch();
    mkdirSync(join(w2, 'blobs'), { recursive: true });
    const next = await cachedLayer(src.entries(), join(w2, 'blobs'), { root, work: w2, log });
    expect(next.cached).toBe(false);
    expect(next.digest).toBe(first.digest);
    expect(readFileSync(next.path)).toEqual(good);
    // The bad entry was replaced by a good one: the next build is a hit again.
    const w3 = scratch();
    expect(await cachedLayer(src.entries(), join(w3, 'blobs'), { root, work: w3, log })).toMatchObject({ cached: true, digest: first.digest });
  });

  it('keeps nothing when a source changes between the fingerprint and the tar (the blob would be filed under the old content)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'swrt-lc-root-'));
    let reads = 0;
    // The fingerprint reads `data` twice per entry; the tar writer's read and later ones see new bytes.
    const shifting = { path: 'opt/x/a.py', type: 'file' as const, mode: 0o644, get data() { return Buffer.from(++reads <= 2 ? 'print(1)\n' : 'print(2)\n'); } };
    const w = scratch();
    const r = await cachedLayer([shifting], join(w, 'blobs'), { root, work: w, log });
    expect(r).toMatchObject({ cached: false, saved: false });
    expect(await listEntries(root)).toEqual([]);
  });

  it('builds with no cache root, keeping nothing', async () => {
    const src = tree({ 'a.py': 'x\n' });
    const w = scratch();
    const r = await cachedLayer(src.entries(), join(w, 'blobs'), { root: undefined, work: w, log });
    expect(r).toMatchObject({ cached: false, saved: false });
  });
});
