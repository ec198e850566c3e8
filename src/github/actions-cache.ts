// Restores and saves cache layers (env, downloads, toolchain) through @actions/cache. A cache is an
// accelerator: every failure here (service down, a parallel matrix leg's 409, quota) is a warning and
// the build goes on. Also the job-summary rows for the layers.
import * as cache from '@actions/cache';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Hit, LayerRestore, LayerSpec } from '../cache/layers.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import { exec } from '../util/exec.js';
import { MemoryLog, type Log } from '../util/log.js';
import { oneLine } from '../util/one-line.js';

export type { Hit, LayerSpec } from '../cache/layers.js';

export interface RestoreOutcome {
  layer: CacheLayer;
  key: string;
  hit: Hit;
  matchedKey?: string;
  seconds: number;
  /** Bytes on disk after the restore (uncompressed); 0 on a miss. */
  sizeBytes: number;
  /** A hit's lookup and download, and its extraction, when @actions/cache marked the boundary. */
  downloadSeconds?: number;
  extractSeconds?: number;
  warning?: string;
}

export interface SaveOptions {
  /** What the restore of this layer found: an exact hit is not saved again. */
  restored?: LayerRestore;
  /** `cache-write: false` (or a read-only policy) turns saving off. */
  write?: boolean;
}

export interface SaveOutcome {
  layer: CacheLayer;
  key: string;
  saved: boolean;
  /** Why nothing was saved, when that was on purpose. */
  skipped?: string;
  seconds: number;
  sizeBytes: number;
  warnings: string[];
}

const since = (t0: number) => (performance.now() - t0) / 1000;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Bytes under the paths (files and symlinks themselves, not their targets). */
export async function sizeOnDisk(paths: readonly string[]): Promise<number> {
  // du walks a big env (10k files) in tens of milliseconds, a JS walk in most of a second.
  const du = await exec('du', ['-sb', '--', ...paths], { log: new MemoryLog(), allowFailure: true }).catch(() => undefined);
  if (du?.code === 0) return du.stdout.split('\n').reduce((n, line) => n + (Number(line.split('\t')[0]) || 0), 0);
  let total = 0;
  const walk = async (p: string): Promise<void> => {
    const st = await lstat(p).catch(() => undefined);
    if (!st) return;
    if (st.isDirectory()) {
      for (const e of await readdir(p)) await walk(join(p, e));
    } else total += st.size;
  };
  for (const p of paths) await walk(p);
  return total;
}

let restoresRunning = 0;
let overlapped = false;

/**
 * Runs an @actions/cache restore and notes when its download ended. The library has no hook for it;
 * between downloading the archive and extracting it, it prints one line, "Cache Size: …", to stdout
 * (core.info). The line says nothing of which restore printed it, so when two restores overlap
 * neither is split (no mark), and only the first one in patches stdout.
 */
async function markDownloadEnd<T>(restore: () => Promise<T>): Promise<{ value: T; downloadedAt?: number }> {
  if (restoresRunning++ > 0) {
    overlapped = true;
    try {
      return { value: await restore() };
    } finally {
      restoresRunning--;
    }
  }
  overlapped = false;
  const write = process.stdout.write;
  let downloadedAt: number | undefined;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (downloadedAt === undefined && typeof chunk === 'string' && chunk.startsWith('Cache Size:')) downloadedAt = performance.now();
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    const value = await restore();
    return { value, downloadedAt: overlapped ? undefined : downloadedAt };
  } finally {
    process.stdout.write = write;
    restoresRunning--;
  }
}

/** "download 2.3 s, extract 0.7 s", or '' when the restore was not timed in phases. */
export const restorePhases = (o: Pick<RestoreOutcome, 'downloadSeconds' | 'extractSeconds'>) =>
  o.downloadSeconds === undefined || o.extractSeconds === undefined ? '' : `download ${o.downloadSeconds.toFixed(1)} s, extract ${o.extractSeconds.toFixed(1)} s`;

export async function restoreLayer(layer: CacheLayer, spec: LayerSpec, log: Log): Promise<RestoreOutcome> {
  const t0 = performance.now();
  const miss = (warning?: string): RestoreOutcome => {
    if (warning) log.warn(warning);
    return { layer, key: spec.key, hit: 'miss', seconds: since(t0), sizeBytes: 0, warning };
  };
  if (!cache.isFeatureAvailable()) return miss(`cache ${layer}: the cache service is not available on this runner (no ACTIONS_RESULTS_URL); building without it`);
  let matchedKey: string | undefined;
  let downloadedAt: number | undefined;
  try {
    ({ value: matchedKey, downloadedAt } = await markDownloadEnd(() => cache.restoreCache([...spec.paths], spec.key, [...spec.restoreKeys])));
  } catch (e) {
    return miss(`cache ${layer}: restore of ${spec.key} failed (${message(e)}); building without it`);
  }
  if (!matchedKey) {
    log.info(`cache ${layer}: miss for ${spec.key}`);
    return miss();
  }
  // The restore's time ends with the extraction, so download + extract add up to it.
  const seconds = since(t0);
  const timed = downloadedAt === undefined ? {} : { downloadSeconds: (downloadedAt - t0) / 1000, extractSeconds: seconds - (downloadedAt - t0) / 1000 };
  const hit: Hit = matchedKey === spec.key ? 'exact' : 'partial';
  const sizeBytes = await sizeOnDisk(spec.paths);
  const detail = [`${(sizeBytes / 1048576).toFixed(1)} MiB`, restorePhases(timed)].filter(Boolean).join('; ');
  log.info(`cache ${layer}: ${hit === 'exact' ? 'exact hit' : `restored ${oneLine(matchedKey)} by restore-key`} (${detail})`);
  return { layer, key: spec.key, hit, matchedKey, seconds, sizeBytes, ...timed };
}

/** Saves a layer; never throws. */
export async function saveLayer(layer: CacheLayer, spec: LayerSpec, log: Log, opts: SaveOptions = {}): Promise<SaveOutcome> {
  const t0 = performance.now();
  const done = (o: Partial<SaveOutcome>): SaveOutcome => {
    for (const w of o.warnings ?? []) log.warn(w);
    if (o.skipped) log.info(`cache ${layer}: not saved, ${o.skipped}`);
    return { layer, key: spec.key, saved: false, seconds: since(t0), sizeBytes: 0, warnings: [], ...o };
  };
  if (opts.write === false) return done({ skipped: 'saving is off (cache-write: false, or cache: auto on an event that restores only)' });
  if (opts.restored?.hit === 'exact' && opts.restored.matchedKey === spec.key) return done({ skipped: 'it was restored by an exact hit' });
  if (!cache.isFeatureAvailable()) return done({ warnings: [`cache ${layer}: the cache service is not available on this runner; ${spec.key} not saved`] });
  const sizeBytes = await sizeOnDisk(spec.paths);
  if (sizeBytes === 0) return done({ skipped: `nothing to save under ${spec.paths.join(', ')}` });
  try {
    const id = await cache.saveCache([...spec.paths], spec.key);
    if (id === -1) {
      return done({
        sizeBytes,
        warnings: [`cache ${layer}: ${spec.key} was not saved: the service refused it (another job, e.g. a parallel matrix leg, may have saved the same key, or the quota is used up) or is unreachable; the build goes on`],
      });
    }
  } catch (e) {
    return done({ sizeBytes, warnings: [`cache ${layer}: saving ${spec.key} failed (${message(e)}); the build goes on`] });
  }
  log.info(`cache ${layer}: saved ${spec.key} (${(sizeBytes / 1048576).toFixed(1)} MiB) in ${since(t0).toFixed(1)} s`);
  return { layer, key: spec.key, saved: true, seconds: since(t0), sizeBytes, warnings: [] };
}

/** A key as HTML text on one line (a blank line would end the HTML block and start markdown): a key comes from a workflow input (cache-suffix) or the cache service. */
const html = (s: string) => oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const mib = (n: number) => (n ? `${(n / 1048576).toFixed(1)} MiB` : '–');

/** Job-summary table rows (header first): layer, key, result, size, time. */
export function cacheSummaryRows(outcomes: readonly (RestoreOutcome | SaveOutcome)[]): string[][] {
  const rows = outcomes.map((o) => {
    const result =
      'hit' in o
        ? o.hit === 'exact' ? 'hit' : o.hit === 'partial' ? `partial (${html(o.matchedKey ?? '')})` : o.warning ? 'miss (error)' : 'miss'
        : o.saved ? 'saved' : o.skipped ? `not saved: ${o.skipped}` : 'save failed';
    const split = 'hit' in o ? restorePhases(o) : '';
    return [o.layer, `<code>${html(o.key)}</code>`, result, mib(o.sizeBytes), `${o.seconds.toFixed(1)} s${split ? ` (${split})` : ''}`];
  });
  return [['layer', 'key', 'result', 'size', 'time'], ...rows];
}
