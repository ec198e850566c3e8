// What the build's stages share, in both modes (venv in build.ts, conda in conda.ts): the options,
// the prepared env they hand to packing, timings, host facts for cache keys, and small helpers.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LayerCache, LayerRecord, LayerSpec } from '../cache/layers.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import type { HostFacts } from '../plan/cache-keys.js';
import type { InputDigest } from '../plan/digests.js';
import type { LoadedSpec, RuntimeSpec } from '../spec/types.js';
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

/** Written into a built env: the cache key it was built for. */
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

/** The CUDA/cuDNN asked for: an input or flag may pin the exact redist label; runtime.yaml records major.minor / major. */
export function cudaRequest(opts: Pick<BuildOptions, 'cuda' | 'cudnn'>, spec: Pick<RuntimeSpec, 'cuda' | 'cudnn'>): { cuda: string; cudnn: string } {
  return { cuda: opts.cuda?.trim() || spec.cuda, cudnn: opts.cudnn?.trim() || spec.cudnn };
}

/** The build sees the toolkit as later steps will: CUDA_HOME and friends set, nvcc on PATH. */
export function withToolkit(env: NodeJS.ProcessEnv, cuda: CudaToolkit | undefined): NodeJS.ProcessEnv {
  return cuda ? { ...env, ...cuda.env, PATH: [cuda.binDir, env.PATH].filter(Boolean).join(':') } : env;
}

/**
 * Whether the env at `dir` holds what `key` describes: left in place by the last build, else
 * restored by the env cache layer. On false the env layer is marked to be filled by this build.
 * `isCurrent` checks the key file written by markBuilt and whatever else a usable env needs.
 */
export async function reuseEnv(o: {
  dir: string;
  key: string;
  isCurrent: () => boolean;
  restore: (layer: CacheLayer, spec: LayerSpec) => Promise<LayerRecord>;
  log: Log;
}): Promise<boolean> {
  if (o.isCurrent()) {
    o.log.info(`reusing the env at ${o.dir} (key ${o.key})`);
    return true;
  }
  const envLayer = await o.restore('env', { key: o.key, restoreKeys: [], paths: [o.dir] });
  if (envLayer.hit === 'exact' && o.isCurrent()) {
    o.log.info(`env restored from the cache (key ${o.key}); skipping install`);
    return true;
  }
  envLayer.filled = true;
  return false;
}

/** The key an env was built for, kept inside it. */
export function envKeyMatches(dir: string, key: string): boolean {
  const f = join(dir, ENV_KEY_FILE);
  return existsSync(f) && readFileSync(f, 'utf8') === key;
}

export function markBuilt(dir: string, key: string): void {
  writeFileSync(join(dir, ENV_KEY_FILE), key);
}
