// Keeps the CLI's local cache bounded: what is in it (`swrt cache info`), and an LRU prune down to
// a size (`swrt cache prune`, and after every save down to SWRT_CACHE_MAX, default 10 GiB). "Last
// used" is the entry directory's mtime: a save creates it, a restore touches it. Sizes are the
// apparent sizes entry.json recorded; an entry hard-linked to a live env costs little extra disk
// until that env is deleted, but it is counted in full, so the cap bounds the worst case.
// Anything in a layer directory that is not an entry a save makes (a link, a file, a bad record)
// is junk and goes first; removal renames aside, then deletes, and never follows a link. Builds
// and prunes may run at once: an entry dropped under a restore makes that restore a miss.
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage, UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { sweepDebris } from '../util/tmp.js';
import { dropEntry, KEY_RE, readEntry, type LocalLayer } from './local-entries.js';

export const LOCAL_CACHE_LAYERS: readonly LocalLayer[] = ['env', 'downloads', 'toolchain', 'conda-pkgs', 'image-layer'];

/** 10 GiB: about ten large ML envs (transformers + pyarrow is ~0.9 GB), a few percent of a laptop disk. */
export const DEFAULT_CACHE_MAX = 10 * 1024 ** 3;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/**
 * "10G", "500MiB", "1.5g", "0", "1048576", "10b" (bytes; units are powers of 1024); undefined if it
 * is none of these. A fraction needs a unit ("0.5" bytes is a typo, not a size).
 */
export function parseSize(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  if (!unit && m[1]!.includes('.')) return undefined;
  const n = Math.floor(Number(m[1]) * UNITS[unit]!);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The cap: SWRT_CACHE_MAX when set (a size), else DEFAULT_CACHE_MAX. */
export function cacheMax(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.SWRT_CACHE_MAX;
  if (v === undefined || v === '') return DEFAULT_CACHE_MAX;
  const n = parseSize(v);
  if (n === undefined) throw new UserError(`SWRT_CACHE_MAX=${JSON.stringify(v)} is not a size`, { hint: 'use bytes or a number with K, M, G or T (powers of 1024), e.g. 10G' });
  return n;
}

export const formatSize = (n: number) => (n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(2)} GiB` : `${(n / 1024 ** 2).toFixed(1)} MiB`);

export interface CacheEntryInfo {
  layer: LocalLayer;
  name: string;
  /** Bytes entry.json recorded (0 for junk). */
  bytes: number;
  lastUsed: Date;
  /** Why it is not a usable entry, when it is not. */
  junk?: string;
}

function lstatQuiet(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/** Every entry (and every piece of junk) in the cache's layer directories; temp and lock files are left out. */
export async function listEntries(root: string): Promise<CacheEntryInfo[]> {
  const out: CacheEntryInfo[] = [];
  for (const layer of LOCAL_CACHE_LAYERS) {
    const dir = join(root, layer);
    if (!lstatQuiet(dir)?.isDirectory()) continue;
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const st = lstatQuiet(join(dir, name));
      if (!st) continue;
      const lastUsed = st.mtime;
      if (!KEY_RE.test(name)) {
        out.push({ layer, name, bytes: 0, lastUsed, junk: 'not a cache key' });
        continue;
      }
      const rec = await readEntry(root, layer, name);
      out.push(typeof rec === 'string' ? { layer, name, bytes: 0, lastUsed, junk: rec } : { layer, name, bytes: rec.bytes, lastUsed });
    }
  }
  return out;
}

export interface PruneResult {
  removed: CacheEntryInfo[];
  kept: CacheEntryInfo[];
  bytesBefore: number;
  bytesAfter: number;
}

async function removeEntry(root: string, e: CacheEntryInfo): Promise<void> {
  if (KEY_RE.test(e.name)) return dropEntry(root, e.layer, e.name);
  await rm(join(root, e.layer, e.name), { recursive: true, force: true });
}

/** Removes junk, then least recently used entries until the rest fit in `max` bytes (0: everything). */
export async function pruneLocal(root: string, max: number): Promise<PruneResult> {
  for (const layer of LOCAL_CACHE_LAYERS) {
    const dir = join(root, layer);
    // Temp dirs of saves and drops that a killed run left behind (their owner pid is dead).
    if (lstatQuiet(dir)?.isDirectory()) sweepDebris(dir, { minAgeMs: 60_000 });
  }
  const entries = await listEntries(root);
  const bytesBefore = entries.reduce((s, e) => s + e.bytes, 0);
  const victims = entries.filter((e) => e.junk);
  let total = bytesBefore;
  for (const e of entries.filter((x) => !x.junk).sort((a, b) => a.lastUsed.getTime() - b.lastUsed.getTime())) {
    if (total <= max && max > 0) break;
    victims.push(e);
    total -= e.bytes;
  }
  for (const v of victims) await removeEntry(root, v);
  const kept = entries.filter((e) => !victims.includes(e));
  return { removed: victims, kept, bytesBefore, bytesAfter: kept.reduce((s, e) => s + e.bytes, 0) };
}

/**
 * After a save: the cache pruned to the cap `max()` gives (SWRT_CACHE_MAX, or a caller's), with one
 * line when anything went. A failure, a bad cap included, is a warning: the cache only speeds things up.
 */
export async function pruneAfterSave(root: string, max: () => number, log: Log): Promise<void> {
  try {
    const cap = max();
    const p = await pruneLocal(root, cap);
    if (p.removed.length) log.info(`local cache: pruned ${p.removed.length} entr${p.removed.length === 1 ? 'y' : 'ies'} to stay under ${formatSize(cap)} (SWRT_CACHE_MAX)`);
  } catch (e) {
    log.warn(`local cache: could not prune (${errorMessage(e)})`);
  }
}
