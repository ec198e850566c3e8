// Built layers kept between runs in the local cache (its `image-layer` entries, under the same cap,
// `swrt cache info` and `prune` as the envs), keyed by a digest of everything a layer holds: each
// entry's path, type, mode, link target and content. Hashing the files is many times faster than
// compressing them, so a second `swrt image` of an unchanged runtime reuses its blobs instead of
// building them again. A hit is used only when its blob has the size and sha256 its record names;
// anything else is a miss, and the layer is built as if there were no cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { copyFile, link } from 'node:fs/promises';
import { join } from 'node:path';
import { dropEntry, restoreLocal, saveLocal } from '../cache/local-entries.js';
import { cacheMax, formatSize, pruneLocal } from '../cache/prune.js';
import type { TarEntry } from '../archive/tar.js';
import { errorMessage } from '../util/errors.js';
import { fileSha256, sha256 } from '../util/hash.js';
import type { Log } from '../util/log.js';
import { writeLayer, type Layer } from './layer.js';

/** Changes whenever the same entries would give other bytes (the tar writer, the gzip settings). */
const LAYER_FORMAT = 'swrt-image-layer/1 tar-mtime0-owner0 gzip6';
const RECORD = 'layer.json';
const BLOB = 'layer.tar.gz';
const DIGEST_RE = /^sha256:[0-9a-f]{64}$/;
const SMALL_FILE = 8 * 1024 * 1024;

async function contentDigest(e: TarEntry): Promise<string> {
  if (e.data) return sha256(e.data);
  if (!e.source) return '';
  return statSync(e.source).size <= SMALL_FILE ? sha256(readFileSync(e.source)) : fileSha256(e.source);
}

/** What the layer's tar would hold, as one sha256: equal fingerprints give byte-equal layers. */
export async function layerFingerprint(entries: readonly TarEntry[]): Promise<string> {
  const h = createHash('sha256').update(LAYER_FORMAT);
  for (const e of entries) {
    h.update(`\n${JSON.stringify([e.path, e.type, e.mode, e.linkname ?? '', e.type === 'file' ? await contentDigest(e) : ''])}`);
  }
  return h.digest('hex');
}

interface LayerRecord {
  digest: string;
  diffId: string;
  size: number;
}

function readRecord(dir: string): LayerRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(join(dir, RECORD), 'utf8')) as Partial<LayerRecord>;
    if (typeof r.digest === 'string' && DIGEST_RE.test(r.digest) && typeof r.diffId === 'string' && DIGEST_RE.test(r.diffId) && Number.isSafeInteger(r.size)) return r as LayerRecord;
  } catch {
    /* no record, or not JSON: a miss */
  }
  return undefined;
}

/** The cached blob in `dir`, when it is what its record says. */
async function verifiedHit(dir: string): Promise<Layer | undefined> {
  const rec = readRecord(dir);
  const blob = join(dir, BLOB);
  if (!rec || statSync(blob, { throwIfNoEntry: false })?.size !== rec.size) return undefined;
  if (`sha256:${await fileSha256(blob)}` !== rec.digest) return undefined;
  return { ...rec, path: blob };
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
  const key = `image-layer-${await layerFingerprint(entries)}`;
  const here = join(opts.work, 'layer-cache', key);
  const hit = await reuse(key, here, opts).catch(() => undefined);
  if (hit) return { ...hit, cached: true, saved: false };
  const layer = await writeLayer(entries, blobDir);
  const saved = await keep(layer, key, here, opts).catch((e: unknown) => {
    opts.log.warn(`local cache image-layer: could not save ${key} (${errorMessage(e)})`);
    return false;
  });
  return { ...layer, cached: false, saved };
}

async function reuse(key: string, here: string, opts: LayerCacheOptions): Promise<Layer | undefined> {
  const restored = await restoreLocal('image-layer', key, here, { root: opts.root });
  if (restored.hit !== 'exact') return undefined;
  const hit = await verifiedHit(here);
  if (!hit) {
    opts.log.warn(`local cache image-layer: discarding ${key}: its blob does not match its record; building the layer again`);
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

/** After a save: the local cache pruned down to SWRT_CACHE_MAX, as after an env save. */
export async function keepCacheBounded(root: string, env: NodeJS.ProcessEnv, log: Log): Promise<void> {
  try {
    const max = cacheMax(env);
    const p = await pruneLocal(root, max);
    if (p.removed.length) log.info(`local cache: pruned ${p.removed.length} entr${p.removed.length === 1 ? 'y' : 'ies'} to stay under ${formatSize(max)} (SWRT_CACHE_MAX)`);
  } catch (e) {
    log.warn(`local cache: could not prune (${errorMessage(e)})`);
  }
}
