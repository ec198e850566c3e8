// The CLI's cache: the same layers (env, downloads, toolchain) as the action's, under
// $SWRT_CACHE_DIR or ~/.cache/swrt/<layer>/<key>/{data,entry.json}, keyed by src/plan/cache-keys.ts.
// Entries are hard-linked to the tree they were saved from (copied only across filesystems, see
// link-tree.ts), so a save costs a directory walk, not a second copy of the env. An edit made in
// place in a restored env therefore edits the entry too: entry.json records the file-list digest
// with mtimes, and an entry whose files no longer match it is dropped on reuse, never handed out.
// Entries are written to a temp dir and renamed into place; a crash never leaves half an entry.
// Venvs are not relocatable: the env key contains the absolute env path.
import { lstat, mkdir, readdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CacheLayer } from '../plan/cache-keys.js';
import { errorMessage } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { tmpName } from '../util/tmp.js';
import { localCacheRoot } from '../util/cache-root.js';
import { linkOrCopyTree, type TreeCopy } from './link-tree.js';
import { purgeBytecode, treeFacts } from '../util/tree-digest.js';

export type LocalHit = 'exact' | 'partial' | 'miss';

/** The build's layers, and the built image layers `swrt image` keeps (src/image/layer-cache.ts). */
export type LocalLayer = CacheLayer | 'image-layer';

export interface LocalRestore {
  hit: LocalHit;
  matchedKey?: string;
  how?: TreeCopy;
  seconds: number;
}

export interface LocalSave {
  saved: boolean;
  skipped?: string;
  how?: TreeCopy;
  bytes?: number;
  seconds: number;
}

export interface LocalOptions {
  /** Cache root; defaults to localCacheRoot(). */
  root?: string;
  /** Prefixes to fall back on when the key itself is absent (newest entry wins). */
  restoreKeys?: readonly string[];
  log?: Log;
}

/** What entry.json holds. */
export interface EntryRecord {
  format: typeof ENTRY_FORMAT;
  layer: LocalLayer;
  key: string;
  source: string;
  savedAt: string;
  /** treeDigest of data/ with mtimes. */
  tree: string;
  files: number;
  bytes: number;
}

const ENTRY_FORMAT = 'swrt-cache/1';
const MAX_RECORD_BYTES = 64 * 1024;

export { localCacheRoot };

export const KEY_RE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,511}$/;
const since = (t0: number) => (performance.now() - t0) / 1000;

export function entryDir(root: string, layer: LocalLayer, key: string): string {
  if (!KEY_RE.test(key)) throw new Error(`invalid cache key ${JSON.stringify(key)}: keys come from src/plan/cache-keys.ts`);
  return join(root, layer, key);
}

const lstatOrNull = (p: string) => lstat(p).catch(() => undefined);
const isRealDir = async (p: string) => (await lstatOrNull(p))?.isDirectory() === true;

/** A layer directory that exists but is not a real directory (a link to elsewhere): not used, not written through. */
const layerDirIsLink = async (root: string, layer: LocalLayer) => {
  const st = await lstatOrNull(join(root, layer));
  return st !== undefined && !st.isDirectory();
};

/** The entry's record, when its directory, data/ and entry.json are what a save makes (no links); else why not. */
export async function readEntry(root: string, layer: LocalLayer, key: string): Promise<EntryRecord | string> {
  const dir = entryDir(root, layer, key);
  if (!(await isRealDir(dir))) return 'it is not a directory';
  if (!(await isRealDir(join(dir, 'data')))) return 'its data is not a directory';
  const st = await lstatOrNull(join(dir, 'entry.json'));
  if (!st?.isFile() || st.size > MAX_RECORD_BYTES) return 'it has no readable entry.json';
  let rec: Partial<EntryRecord>;
  try {
    rec = JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8')) as Partial<EntryRecord>;
  } catch {
    return 'its entry.json is not JSON';
  }
  if (rec?.format !== ENTRY_FORMAT || typeof rec.tree !== 'string') return 'its entry.json is not one this swrt writes';
  if (rec.layer !== layer || rec.key !== key) return 'its entry.json names another entry';
  return { ...rec, files: Number(rec.files) || 0, bytes: Number(rec.bytes) || 0 } as EntryRecord;
}

/** Why the entry may not be handed out (its record, or its files against the recorded digest), or undefined. */
async function entryProblem(root: string, layer: LocalLayer, key: string): Promise<string | undefined> {
  const rec = await readEntry(root, layer, key);
  if (typeof rec === 'string') return rec;
  if (treeFacts(join(root, layer, key, 'data'), [], { mtimes: true }).digest !== rec.tree) return 'its files changed since it was saved (an env restored from it was edited in place?)';
  return undefined;
}

/** Takes an entry out of the cache: renamed aside first (atomic), then removed. Never follows a link. */
export async function dropEntry(root: string, layer: LocalLayer, key: string): Promise<void> {
  const dir = entryDir(root, layer, key);
  const aside = tmpName(join(root, layer, `.drop-${key.slice(0, 64)}`));
  try {
    await rename(dir, aside);
  } catch {
    return; // gone already (a parallel prune or restore dropped it)
  }
  await rm(aside, { recursive: true, force: true });
}

async function findEntry(root: string, layer: LocalLayer, key: string, restoreKeys: readonly string[]): Promise<string | undefined> {
  if (await lstatOrNull(entryDir(root, layer, key))) return key;
  if (!restoreKeys.length) return undefined;
  const names = (await readdir(join(root, layer)).catch(() => [] as string[])).filter((n) => KEY_RE.test(n));
  for (const prefix of restoreKeys) {
    const matches = names.filter((n) => n.startsWith(prefix));
    const dated = await Promise.all(matches.map(async (n) => ({ n, t: (await lstatOrNull(join(root, layer, n, 'entry.json')))?.mtimeMs })));
    const newest = dated.filter((d) => d.t !== undefined).sort((a, b) => (b.t as number) - (a.t as number))[0];
    if (newest) return newest.n;
  }
  return undefined;
}

/** Restores a layer into targetDir (replacing it). A broken or changed entry is a miss (and is dropped), never an error. */
export async function restoreLocal(layer: LocalLayer, key: string, targetDir: string, opts: LocalOptions = {}): Promise<LocalRestore> {
  const t0 = performance.now();
  const root = opts.root ?? localCacheRoot();
  entryDir(root, layer, key);
  if (await layerDirIsLink(root, layer)) {
    opts.log?.warn(`local cache ${layer}: ${join(root, layer)} is not a directory; not using it`);
    return { hit: 'miss', seconds: since(t0) };
  }
  const matchedKey = await findEntry(root, layer, key, opts.restoreKeys ?? []);
  if (!matchedKey) return { hit: 'miss', seconds: since(t0) };
  const problem = await entryProblem(root, layer, matchedKey);
  if (problem) {
    opts.log?.warn(`local cache ${layer}: discarding entry ${matchedKey}: ${problem}`);
    await dropEntry(root, layer, matchedKey);
    return { hit: 'miss', seconds: since(t0) };
  }
  // Last use first: a prune running alongside sees this entry as the newest.
  const now = new Date();
  await utimes(join(root, layer, matchedKey), now, now).catch(() => undefined);
  await mkdir(dirname(targetDir), { recursive: true });
  const tmp = tmpName(targetDir);
  let how: TreeCopy;
  try {
    how = await linkOrCopyTree(join(root, layer, matchedKey, 'data'), tmp);
    await rm(targetDir, { recursive: true, force: true });
    await rename(tmp, targetDir);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    opts.log?.warn(`local cache ${layer}: could not restore ${matchedKey} (${errorMessage(e)}); building without it`);
    return { hit: 'miss', seconds: since(t0) };
  }
  opts.log?.info(`local cache ${layer}: ${matchedKey === key ? 'exact hit' : `restored ${matchedKey} by restore-key`} (${how === 'link' ? 'hard-linked' : 'copied'})`);
  return { hit: matchedKey === key ? 'exact' : 'partial', matchedKey, how, seconds: since(t0) };
}

/** Saves sourceDir as the entry for key; an existing entry is kept (same key, same content). */
export async function saveLocal(layer: LocalLayer, key: string, sourceDir: string, opts: LocalOptions = {}): Promise<LocalSave> {
  const t0 = performance.now();
  const root = opts.root ?? localCacheRoot();
  const dest = entryDir(root, layer, key);
  if (await lstatOrNull(dest)) return { saved: false, skipped: 'an entry with this key exists', seconds: since(t0) };
  if (!(await isRealDir(sourceDir))) return { saved: false, skipped: `${sourceDir} is not a directory`, seconds: since(t0) };
  if (await layerDirIsLink(root, layer)) return { saved: false, skipped: `${join(root, layer)} is not a directory`, seconds: since(t0) };
  await mkdir(join(root, layer), { recursive: true });
  const tmp = tmpName(join(root, layer, '.save'));
  try {
    await mkdir(tmp);
    const how = await linkOrCopyTree(sourceDir, join(tmp, 'data'));
    // Bytecode is not in the digest: none goes into an entry (a restore would drop it anyway).
    purgeBytecode(join(tmp, 'data'));
    const facts = treeFacts(join(tmp, 'data'), [], { mtimes: true });
    const rec: EntryRecord = { format: ENTRY_FORMAT, layer, key, source: sourceDir, savedAt: new Date().toISOString(), tree: facts.digest, files: facts.files, bytes: facts.bytes };
    await writeFile(join(tmp, 'entry.json'), `${JSON.stringify(rec)}\n`);
    await rename(tmp, dest);
    opts.log?.info(`local cache ${layer}: saved ${key} (${how === 'link' ? 'hard-linked' : 'copied'}, ${(facts.bytes / 1048576).toFixed(1)} MiB in ${since(t0).toFixed(2)} s)`);
    return { saved: true, how, bytes: facts.bytes, seconds: since(t0) };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    // A parallel build renamed the same key first: its entry is as good as ours.
    if (await lstatOrNull(join(dest, 'data'))) return { saved: false, skipped: 'another build saved this key first', seconds: since(t0) };
    opts.log?.warn(`local cache ${layer}: could not save ${key} (${errorMessage(e)})`);
    return { saved: false, seconds: since(t0) };
  }
}
