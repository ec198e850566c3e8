// Reusing a built env: the record written into it (the cache key it was built for, its
// interpreter, the digest of its file list), the checks that tell a current env from a stale or
// tampered one, and the env cache layer that may refill it.
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { LayerRecord, LayerSpec } from '../cache/layers.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import type { Log } from '../util/log.js';
import { writeAtomic } from '../util/atomic-write.js';
import { purgeBytecode, treeDigest } from '../util/tree-digest.js';

/** Written into a built env: the cache key it was built for, its interpreter and its file list's digest (EnvRecord). */
export const ENV_KEY_FILE = '.swrt-env-key';

/** The interpreter a venv was built over (a conda prefix holds its own: none is recorded). */
export interface EnvInterpreter {
  version: string;
  path: string;
}

/** What ENV_KEY_FILE holds: the key the env was built for, its interpreter, and the digest of its file list. */
export interface EnvRecord {
  format: typeof ENV_RECORD_FORMAT;
  key: string;
  python?: EnvInterpreter;
  tree: string;
}

const ENV_RECORD_FORMAT = 'swrt-env/1';

function readRecord(dir: string): EnvRecord | undefined {
  try {
    const r = JSON.parse(readFileSync(join(dir, ENV_KEY_FILE), 'utf8')) as Partial<EnvRecord>;
    return r?.format === ENV_RECORD_FORMAT && typeof r.key === 'string' && typeof r.tree === 'string' ? (r as EnvRecord) : undefined;
  } catch {
    return undefined;
  }
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
};

/** The `home` a venv's pyvenv.cfg names (where its interpreter lives), if it has one. */
function venvHome(dir: string): string | undefined {
  const cfg = join(dir, 'pyvenv.cfg');
  if (!existsSync(cfg)) return undefined;
  return /^home\s*=\s*(.*?)\s*$/m.exec(readFileSync(cfg, 'utf8'))?.[1];
}

/**
 * Why the env at `dir` is not the one `key` describes, or undefined when it is. Runs nothing in
 * it: reads the record, follows bin/python and pyvenv.cfg to the interpreter, and lists its files.
 * `'missing'` and `'other-key'` are the ordinary cases (no env yet, or inputs changed).
 */
export function envProblem(dir: string, key: string, python?: EnvInterpreter): string | undefined {
  if (!existsSync(dir)) return 'missing';
  const rec = readRecord(dir);
  if (!rec) return existsSync(join(dir, ENV_KEY_FILE)) ? 'its build record is unreadable' : 'missing';
  if (rec.key !== key) return 'other-key';
  if (python) {
    if (rec.python?.path !== python.path || rec.python.version !== python.version) {
      return `it was built over ${rec.python ? `${rec.python.path} (${rec.python.version})` : 'no recorded interpreter'}, not ${python.path} (${python.version})`;
    }
    const want = real(python.path);
    const got = real(join(dir, 'bin', 'python'));
    if (!want || got !== want) return `its bin/python leads to ${got ?? 'nothing'}, not ${want ?? python.path}`;
    const home = venvHome(dir);
    if (home !== undefined && real(home) !== real(dirname(python.path)) && real(home) !== dirname(want)) return `its pyvenv.cfg names the interpreter home ${home}, not ${dirname(python.path)}`;
  }
  if (treeDigest(dir, [ENV_KEY_FILE]) !== rec.tree) return 'its files changed since it was built';
  return undefined;
}

/**
 * Whether the env at `dir` holds what `key` describes: left in place by the last build, else
 * restored by the env cache layer. On false the env layer is marked to be filled by this build.
 * `isCurrent` checks the record written by markBuilt (envKeyMatches) and whatever else a usable
 * env needs. A restored env is checked before anything in it runs; one that does not match is
 * removed with a warning, and the build makes a new one.
 */
export async function reuseEnv(o: {
  dir: string;
  key: string;
  isCurrent: () => boolean;
  restore: (layer: CacheLayer, spec: LayerSpec) => Promise<LayerRecord>;
  log: Log;
  python?: EnvInterpreter;
}): Promise<boolean> {
  if (o.isCurrent()) {
    o.log.info(`reusing the env at ${o.dir} (key ${o.key})`);
    return true;
  }
  const stale = envProblem(o.dir, o.key, o.python);
  if (stale && stale !== 'missing' && stale !== 'other-key') o.log.warn(`the env at ${o.dir} is not reused: ${stale}; rebuilding it`);
  const envLayer = await o.restore('env', { key: o.key, restoreKeys: [], paths: [o.dir] });
  if (envLayer.hit !== 'miss') {
    // Bytecode is left out of the record (Python rewrites it): none may come from the cache.
    if (existsSync(o.dir)) purgeBytecode(o.dir);
    if (envLayer.hit === 'exact' && o.isCurrent()) {
      o.log.info(`env restored from the cache (key ${o.key}); skipping install`);
      return true;
    }
    const why = envProblem(o.dir, o.key, o.python) ?? 'it is incomplete';
    o.log.warn(`discarding the env restored from the cache for ${o.key}: ${why === 'other-key' ? 'it was saved for another key' : why === 'missing' ? 'it has no build record' : why}; rebuilding it`);
    rmSync(o.dir, { recursive: true, force: true });
  }
  envLayer.filled = true;
  return false;
}

/** Whether the env at `dir` was built for `key` (over `python`, for a venv) and is unchanged since. */
export function envKeyMatches(dir: string, key: string, python?: EnvInterpreter): boolean {
  return envProblem(dir, key, python) === undefined;
}

/**
 * Records, inside the env, what it was built for; call it last, after everything is written into it.
 * Written to a new file and renamed: the old record may be hard-linked into the local cache.
 */
export function markBuilt(dir: string, key: string, python?: EnvInterpreter): void {
  const rec: EnvRecord = { format: ENV_RECORD_FORMAT, key, ...(python ? { python: { version: python.version, path: python.path } } : {}), tree: treeDigest(dir, [ENV_KEY_FILE]) };
  writeAtomic(join(dir, ENV_KEY_FILE), `${JSON.stringify(rec)}\n`);
}
