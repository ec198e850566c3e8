// The CLI's cache: the same layers (env, downloads, toolchain) as the action's, under
// $SWRT_CACHE_DIR or ~/.cache/swrt/<layer>/<key>/, keyed by src/plan/cache-keys.ts. Entries are
// directory copies (reflinked where the filesystem can) written to a temp dir and renamed into
// place, so a crash never leaves half an entry and a later edit of a restored env never reaches
// the cache. Venvs are not relocatable: the env key contains the absolute env path.
import { constants } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CacheLayer } from '../plan/cache-keys.js';
import { exec } from '../util/exec.js';
import { MemoryLog, type Log } from '../util/log.js';

export type LocalHit = 'exact' | 'partial' | 'miss';

export interface LocalRestore {
  hit: LocalHit;
  matchedKey?: string;
  seconds: number;
}

export interface LocalSave {
  saved: boolean;
  skipped?: string;
  seconds: number;
}

export interface LocalOptions {
  /** Cache root; defaults to localCacheRoot(). */
  root?: string;
  /** Prefixes to fall back on when the key itself is absent (newest entry wins). */
  restoreKeys?: readonly string[];
  log?: Log;
}

export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SWRT_CACHE_DIR) return env.SWRT_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'swrt');
}

const KEY_RE = /^[A-Za-z0-9._-]{1,512}$/;
const since = (t0: number) => (performance.now() - t0) / 1000;

function entryDir(root: string, layer: CacheLayer, key: string): string {
  if (!KEY_RE.test(key) || key.startsWith('.')) throw new Error(`invalid cache key ${JSON.stringify(key)}: keys come from src/plan/cache-keys.ts`);
  return join(root, layer, key);
}

const exists = (p: string) => stat(p).then(() => true, () => false);
const tmpName = (p: string) => join(dirname(p), `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);

/** Copies a tree keeping symlinks verbatim (a venv's bin/python points at its interpreter), modes and times. */
async function copyTree(from: string, to: string): Promise<void> {
  if (process.platform === 'linux') {
    // The command line is not worth a log line per layer; a failure throws with cp's stderr.
    await exec('cp', ['-a', '--reflink=auto', '--', from, to], { log: new MemoryLog() });
    return;
  }
  await cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, mode: constants.COPYFILE_FICLONE });
}

async function findEntry(root: string, layer: CacheLayer, key: string, restoreKeys: readonly string[]): Promise<string | undefined> {
  if (await exists(join(entryDir(root, layer, key), 'data'))) return key;
  const names = await readdir(join(root, layer)).catch(() => [] as string[]);
  for (const prefix of restoreKeys) {
    const matches = names.filter((n) => !n.startsWith('.') && n.startsWith(prefix));
    const dated = await Promise.all(matches.map(async (n) => ({ n, t: (await stat(join(root, layer, n, 'entry.json')).catch(() => undefined))?.mtimeMs })));
    const newest = dated.filter((d) => d.t !== undefined).sort((a, b) => (b.t as number) - (a.t as number))[0];
    if (newest) return newest.n;
  }
  return undefined;
}

/** Restores a layer into targetDir (replacing it). A broken entry is a miss, never an error. */
export async function restoreLocal(layer: CacheLayer, key: string, targetDir: string, opts: LocalOptions = {}): Promise<LocalRestore> {
  const t0 = performance.now();
  const root = opts.root ?? localCacheRoot();
  const matchedKey = await findEntry(root, layer, key, opts.restoreKeys ?? []);
  if (!matchedKey) return { hit: 'miss', seconds: since(t0) };
  const tmp = tmpName(targetDir);
  try {
    await mkdir(dirname(targetDir), { recursive: true });
    await copyTree(join(root, layer, matchedKey, 'data'), tmp);
    await rm(targetDir, { recursive: true, force: true });
    await rename(tmp, targetDir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    opts.log?.warn(`local cache ${layer}: could not restore ${matchedKey} (${e instanceof Error ? e.message : String(e)}); building without it`);
    return { hit: 'miss', seconds: since(t0) };
  }
  const now = new Date();
  await utimes(join(root, layer, matchedKey), now, now).catch(() => undefined);
  opts.log?.info(`local cache ${layer}: ${matchedKey === key ? 'exact hit' : `restored ${matchedKey} by restore-key`}`);
  return { hit: matchedKey === key ? 'exact' : 'partial', matchedKey, seconds: since(t0) };
}

/** Saves sourceDir as the entry for key; an existing entry is kept (same key, same content). */
export async function saveLocal(layer: CacheLayer, key: string, sourceDir: string, opts: LocalOptions = {}): Promise<LocalSave> {
  const t0 = performance.now();
  const root = opts.root ?? localCacheRoot();
  const dest = entryDir(root, layer, key);
  if (await exists(join(dest, 'data'))) return { saved: false, skipped: 'an entry with this key exists', seconds: since(t0) };
  if (!(await exists(sourceDir))) return { saved: false, skipped: `${sourceDir} does not exist`, seconds: since(t0) };
  await mkdir(join(root, layer), { recursive: true });
  const tmp = tmpName(dest);
  try {
    await mkdir(tmp);
    await copyTree(sourceDir, join(tmp, 'data'));
    await writeFile(join(tmp, 'entry.json'), `${JSON.stringify({ layer, key, source: sourceDir, savedAt: new Date().toISOString() })}\n`);
    await rename(tmp, dest);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    // A parallel build renamed the same key first: its entry is as good as ours.
    if (await exists(join(dest, 'data'))) return { saved: false, skipped: 'another build saved this key first', seconds: since(t0) };
    opts.log?.warn(`local cache ${layer}: could not save ${key} (${e instanceof Error ? e.message : String(e)})`);
    return { saved: false, seconds: since(t0) };
  }
  opts.log?.info(`local cache ${layer}: saved ${key}`);
  return { saved: true, seconds: since(t0) };
}
