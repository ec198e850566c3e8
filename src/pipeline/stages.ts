// What the build's stages share, in both modes (venv in build.ts, conda in conda.ts): the options,
// the prepared env they hand to packing, timings, host facts for cache keys, and small helpers.
import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { LayerCache, LayerRecord, LayerSpec } from '../cache/layers.js';
import { purgeBytecode, treeDigest } from '../util/tree-digest.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import type { HostFacts } from '../plan/cache-keys.js';
import type { InputDigest } from '../spec/digests.js';
import type { LoadedSpec, RuntimeSpec } from '../spec/types.js';
import { isNoCuda } from '../spec/index.js';
import type { CudaToolkit } from '../toolchain/cuda.js';
import type { ResolvedPython } from '../toolchain/python.js';
import type { Log } from '../util/log.js';

export interface BuildOptions {
  yaml: string;
  python?: string;
  pythonPath?: string;
  cuda?: string;
  cudnn?: string;
  installer: 'auto' | 'uv' | 'pip';
  uvVersion?: string;
  /** uv-mirror: where uv itself comes from (an index URL or a directory of wheels); default SWRT_UV_MIRROR, else the runtime's index, then PyPI. */
  uvMirror?: string;
  lock: boolean;
  includeEnv: boolean;
  runCommands: boolean;
  tags: string[];
  randomVersion?: boolean;
  /** Where the venv is built (default <runtime.yaml dir>/.starwhale/venv, as swcli's lock env). */
  envDir?: string;
  storeRoot?: string;
  project?: string;
  /** Root of our tool cache (default RUNNER_TOOL_CACHE, else ~/.cache/swrt/tools). */
  toolDir?: string;
  pythonMirror?: string;
  cudaMirror?: string;
  /** CUDA components: a preset (minimal, torch-extension) or a comma list. */
  cudaComponents?: string;
  cudaLdLibraryPath?: boolean;
  /** Restores cache layers before the work they hold (default: none). */
  cache?: LayerCache;
  /** Appended to every cache key. */
  cacheSuffix?: string;
  /** The installer's download cache (UV_CACHE_DIR / PIP_CACHE_DIR; conda: the root prefix holding pkgs/); default the installer's own. */
  downloadsDir?: string;
  /** Conda mode: auto (pinned micromamba), micromamba, or conda (one already on the runner). */
  condaTool?: 'auto' | 'micromamba' | 'conda';
  /** Base URL of the micromamba download. */
  condaMirror?: string;
  overrideSource?: string;
  /** Recorded as the manifest's environment.lock.starwhale_version over runtime.yaml's and the lock's. */
  starwhaleVersion?: string;
  /** runtime.yaml keys Starwhale ignores are errors, not warnings. */
  strict?: boolean;
  /** Receives the loaded spec (e.g. to annotate its warnings); without it warnings are logged. */
  onSpec?: (loaded: LoadedSpec) => void;
  log: Log;
  env?: NodeJS.ProcessEnv;
}

export function defaultToolDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE || join(env.HOME || homedir(), '.cache', 'swrt', 'tools');
}

export async function timed<T>(timings: Record<string, number>, stage: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings[stage] = Math.round(performance.now() - t0) / 1000;
  }
}

export interface PreparedEnv {
  mode: 'venv' | 'conda';
  loaded: LoadedSpec;
  spec: RuntimeSpec;
  python: ResolvedPython;
  cuda?: CudaToolkit;
  envDir: string;
  installer: string;
  installerVersion: string;
  uvPath?: string;
  lockText: string;
  lockFile: string;
  timings: Record<string, number>;
  cacheKey: string;
  cacheHit: boolean;
  layers: LayerRecord[];
  inputs: InputDigest[];
}

/** `<runtime.yaml dir>/.starwhale` holds build output (envs, locks): keep it out of git. */
export function ignoreStarwhaleDir(swDir: string): void {
  if (existsSync(join(swDir, '.gitignore'))) return;
  mkdirSync(swDir, { recursive: true });
  writeFileSync(join(swDir, '.gitignore'), '*\n');
}

/** Written into a built env: the cache key it was built for, its interpreter and its file list's digest (EnvRecord). */
export const ENV_KEY_FILE = '.swrt-env-key';

/** The facts cache keys depend on: OS id and version (from /etc/os-release) and the CPU arch. */
export function hostFacts(): HostFacts {
  let text = '';
  try {
    text = readFileSync('/etc/os-release', 'utf8');
  } catch {
    /* not Linux, or a minimal image */
  }
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?$`, 'm').exec(text)?.[1] ?? '';
  return { osId: field('ID') || process.platform, osVersion: field('VERSION_ID') || 'unknown', arch: process.arch };
}

/**
 * The CUDA/cuDNN asked for: an input or flag may pin the exact redist label; runtime.yaml records
 * major.minor / major. A cuda of "none" asks for no CUDA at all.
 */
export function cudaRequest(opts: Pick<BuildOptions, 'cuda' | 'cudnn'>, spec: Pick<RuntimeSpec, 'cuda' | 'cudnn'>): { cuda: string; cudnn: string } {
  if (isNoCuda(opts.cuda)) return { cuda: '', cudnn: '' };
  return { cuda: opts.cuda?.trim() || spec.cuda, cudnn: opts.cudnn?.trim() || spec.cudnn };
}

/** The build sees the toolkit as later steps will: CUDA_HOME and friends set, nvcc on PATH. */
export function withToolkit(env: NodeJS.ProcessEnv, cuda: CudaToolkit | undefined): NodeJS.ProcessEnv {
  return cuda ? { ...env, ...cuda.env, PATH: [cuda.binDir, env.PATH].filter(Boolean).join(':') } : env;
}

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

/** Records, inside the env, what it was built for; call it last, after everything is written into it. */
export function markBuilt(dir: string, key: string, python?: EnvInterpreter): void {
  const rec: EnvRecord = { format: ENV_RECORD_FORMAT, key, ...(python ? { python: { version: python.version, path: python.path } } : {}), tree: treeDigest(dir, [ENV_KEY_FILE]) };
  writeFileSync(join(dir, ENV_KEY_FILE), `${JSON.stringify(rec)}\n`);
}
