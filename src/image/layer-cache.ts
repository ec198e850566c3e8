// Built layers kept between runs in the local cache (its `image-layer` entries, under the same cap,
// `swrt cache info` and `prune` as the envs), keyed by a digest of everything a layer holds: each
// entry's path, type, mode, link target and content. Hashing the files is many times faster than
// compressing them, so a second `swrt image` of an unchanged runtime reuses its blobs instead of
// building them again. A hit is copied out of the cache (reading only a regular file, never through
// a link) and used only when the copy has the size and sha256 its record names; anything else is a
// miss, the entry is dropped, and the layer is built as if there were no cache.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { dropEntry, restoreLocal, saveLocal } from '../cache/local-entries.js';
import type { TarEntry } from '../archive/tar.js';
import { readRegular, streamRegular } from '../spec/tree.js';
import { errorMessage } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import type { Log } from '../util/log.js';
import { writeLayer, type Layer } from './layer.js';

/** Changes whenever the same entries would give other bytes (the tar writer, the gzip settings). */
const LAYER_FORMAT = 'swrt-image-layer/2 tar-mtime0-owner0 gzip6-members-1MiB';
const RECORD = 'layer.json';
const BLOB = 'layer.tar.gz';
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
const MAX_RECORD_BYTES = 4096;

/** The sha256 of a source file, read as the tar writer will read it: the file the walk saw, not a link or another file swapped in since. */
function contentDigest(e: TarEntry): string {
  if (e.data) return sha256(e.data);
  if (!e.source) return '';
  const h = createHash('sha256');
  streamRegular(e.source, (c) => h.update(c), { expect: e.expect && { ...e.expect, size: e.size } });
  return h.digest('hex');
}

/** What the layer's tar would hold, as one sha256: equal fingerprints give byte-equal layers. */
export function layerFingerprint(entries: readonly TarEntry[]): string {
  const h = createHash('sha256').update(LAYER_FORMAT);
  for (const e of entries) {
    h.update(`\n${JSON.stringify([e.path, e.type, e.mode, e.linkname ?? '', e.type === 'file' ? contentDigest(e) : ''])}`);
  }
  return h.digest('hex');
}

interface LayerRecord {
  digest: string;
  diffId: string;
  size: number;
}

/** The record's three fields, and nothing else it may carry; undefined unless it is a small regular file of them. */
function readRecord(dir: string): LayerRecord | undefined {
  try {
    const r = JSON.parse(readRegular(join(dir, RECORD), { max: MAX_RECORD_BYTES }).toString('utf8')) as Record<string, unknown> | null;
    const { digest, diffId, size } = r ?? {};
    if (typeof digest === 'string' && DIGEST_RE.test(digest) && typeof diffId === 'string' && DIGEST_RE.test(diffId) && typeof size === 'number' && Number.isSafeInteger(size)) return { digest, diffId, size };
  } catch {
    /* a link, a FIFO, too large, not JSON: a miss */
  }
  return undefined;
}

/**
 * The cached blob in `dir` copied to `out` (a file of this build's own: the entry is a hard link
 * that anything writing the cache could change after the check), used when the copy's size and
 * sha256 are the record's. The record's diffId is not checked by unpacking the blob (that doubled a
 * cached build's time): the record is written with the blob, and the same check holds for both
 * against a damaged or edited entry. Whoever can write the cache can forge a consistent entry
 * anyway; the cache is as trusted as the user's home it lives in.
 */
function verifiedHit(dir: string, out: string): Layer | undefined {
  const rec = readRecord(dir);
  if (!rec) return undefined;
  const blob = createHash('sha256');
  const fd = openSync(out, 'wx');
  try {
    // A regular file of at most the recorded size, never through a link or blocking on a FIFO.
    streamRegular(join(dir, BLOB), (c) => {
      blob.update(c);
      for (let at = 0; at < c.length; ) at += writeSync(fd, c, at);
    }, { max: rec.size });
  } finally {
    closeSync(fd);
  }
  if (statSync(out).size !== rec.size || `sha256:${blob.digest('hex')}` !== rec.digest) return undefined;
  return { digest: rec.digest, diffId: rec.diffId, size: rec.size, path: out };
}

export interface LayerCacheOptions {
  /** The local cache root; undefined: no cache. */
  root?: string;
  /** Scratch space of this build, removed by the caller. */
  work: string;
  log: Log;
}

/** The layer for `entries`: from the local cache when an entry for the same content is there and checks out, else built (and then kept). */
export async function cachedLayer(entries: readonly TarEntry[], blobDir: string, opts: LayerCacheOptions): Promise<Layer & { cached: boolean; saved: boolean }> {
  if (!opts.root) return { ...(await writeLayer(entries, blobDir)), cached: false, saved: false };
  const key = `image-layer-${layerFingerprint(entries)}`;
  const here = join(opts.work, 'layer-cache', key);
  const hit = await reuse(key, here, opts).catch(() => undefined);
  if (hit) return { ...hit, cached: true, saved: false };
  const layer = await writeLayer(entries, blobDir);
  // A source rewritten in place (same size) between the fingerprint and the tar would file this
  // blob under the other content's key: keep it only if the sources still hash the same.
  if (`image-layer-${layerFingerprint(entries)}` !== key) {
    opts.log.warn(`local cache image-layer: the layer's files changed while it was built; not keeping it`);
    return { ...layer, cached: false, saved: false };
  }
  const saved = await keep(layer, key, here, opts).catch((e: unknown) => {
    opts.log.warn(`local cache image-layer: could not save ${key} (${errorMessage(e)})`);
    return false;
  });
  return { ...layer, cached: false, saved };
}

async function reuse(key: string, here: string, opts: LayerCacheOptions): Promise<Layer | undefined> {
  const restored = await restoreLocal('image-layer', key, here, { root: opts.root });
  if (restored.hit !== 'exact') return undefined;
  let hit: Layer | undefined;
  try {
    hit = verifiedHit(here, `${here}.tar.gz`);
  } catch {
    /* not a regular file, or larger than recorded: a miss */
  }
  rmSync(here, { recursive: true, force: true });
  if (!hit) {
    rmSync(`${here}.tar.gz`, { force: true });
    opts.log.warn(`local cache image-layer: discarding ${key}: its blob is not what its record says; building the layer again`);
    await dropEntry(opts.root!, 'image-layer', key);
  }
  return hit;
}

async function keep(layer: Layer, key: string, here: string, opts: LayerCacheOptions): Promise<boolean> {
  rmSync(here, { recursive: true, force: true });
  mkdirSync(here, { recursive: true });
  writeFileSync(join(here, RECORD), `${JSON.stringify({ digest: layer.digest, diffId: layer.diffId, size: layer.size })}\n`);
  // A hard link when the cache and the scratch dir share a filesystem (saveLocal links it onwards), else a copy.
  await link(layer.path, join(here, BLOB)).catch(() => copyFile(layer.path, join(here, BLOB)));
  return (await saveLocal('image-layer', key, here, { root: opts.root, log: opts.log })).saved;
}
