// What the build's stages share, in both modes (venv in build.ts, conda in conda.ts): the options,
// the prepared env they hand to packing, timings, host facts for cache keys, and small helpers.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { LayerCache, LayerRecord } from '../cache/layers.js';
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
