// The unmodified @actions/cache and @actions/artifact run in-process against the fake results
// service: only GitHub's service is stood in for (it cannot exist here); tar, zstd, the Azure SDK
// and the http clients are the real ones.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { useResultsServiceInProcess } from './in-process.js';

const t = useResultsServiceInProcess('swrt-svc-');

describe('real @actions/cache against the fake results service', () => {
  it('saves, hits exactly, hits by restore-key prefix, misses, and refuses a duplicate with 409', async () => {
    const cache = await import('@actions/cache');
    const ws = join(t.root, 'ws');
    mkdirSync(join(ws, 'deps'));
    writeFileSync(join(ws, 'deps', 'a.txt'), 'hello cache');
    const id = await cache.saveCache(['deps'], 'key-linux-1');
    expect(id).toBeGreaterThan(0);
    expect(t.svc.calls.map((c) => c.route)).toEqual(expect.arrayContaining(['CreateCacheEntry', 'blob:PUT', 'FinalizeCacheEntryUpload']));

    rmSync(join(ws, 'deps'), { recursive: true });
    expect(await cache.restoreCache(['deps'], 'key-linux-1')).toBe('key-linux-1');
    expect(readFileSync(join(ws, 'deps', 'a.txt'), 'utf8')).toBe('hello cache');

    rmSync(join(ws, 'deps'), { recursive: true });
    expect(await cache.restoreCache(['deps'], 'key-linux-2', ['key-linux-'])).toBe('key-linux-1');
    expect(readFileSync(join(ws, 'deps', 'a.txt'), 'utf8')).toBe('hello cache');

    expect(await cache.restoreCache(['deps'], 'key-mac-1', ['key-mac-'])).toBeUndefined();
    // Same paths, different path string: a different cache version, so no hit.
    expect(await cache.restoreCache(['./deps'], 'key-linux-1')).toBeUndefined();

    const before = t.svc.calls.length;
    expect(await cache.saveCache(['deps'], 'key-linux-1')).toBe(-1);
    expect(t.svc.calls.slice(before).map((c) => [c.route, c.status])).toContainEqual(['CreateCacheEntry', 409]);
    expect(t.svc.caches.filter((c) => c.key === 'key-linux-1')).toHaveLength(1);
  }, 30000);

  it('rejects a missing bearer token with a Twirp JSON 401', async () => {
    const res = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', t.svc.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}',
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthenticated' });
  });
});

describe('real @actions/artifact against the fake results service', () => {
  it('uploads in blocks, lists, downloads with a digest check, and deletes', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const src = join(t.root, 'art');
    mkdirSync(src);
    const big = Buffer.alloc(9 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32LE(i * 2654435761 >>> 0, i);
    writeFileSync(join(src, 'big.bin'), big);
    writeFileSync(join(src, 'b.swrt'), 'bundle');

    const up = await client.uploadArtifact('rt-bundle', [join(src, 'big.bin'), join(src, 'b.swrt')], src, { compressionLevel: 0 });
    expect(up.id).toBeGreaterThan(0);
    expect(t.svc.calls.filter((c) => c.route === 'blob:PUT' && c.url.includes('comp=block&')).length).toBeGreaterThanOrEqual(2);

    // skipArchive names the artifact after the file.
    const raw = await client.uploadArtifact('ignored-name', [join(src, 'b.swrt')], src, { skipArchive: true });
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => a.name).sort()).toEqual(['b.swrt', 'rt-bundle']);

    const got = await client.getArtifact('rt-bundle');
    const out = join(t.root, 'dl');
    const dl = await client.downloadArtifact(got.artifact.id, { path: out, expectedHash: got.artifact.digest });
    expect(dl.digestMismatch).toBeFalsy();
    expect(createHash('sha256').update(readFileSync(join(out, 'big.bin'))).digest('hex')).toBe(createHash('sha256').update(big).digest('hex'));
    expect(readFileSync(join(out, 'b.swrt'), 'utf8')).toBe('bundle');

    const outRaw = join(t.root, 'dl-raw');
    await client.downloadArtifact(raw.id as number, { path: outRaw });
    expect(readFileSync(join(outRaw, 'b.swrt'), 'utf8')).toBe('bundle');

    await client.deleteArtifact('b.swrt');
    expect((await client.listArtifacts()).artifacts.map((a) => a.name)).toEqual(['rt-bundle']);
  }, 60000);
});
