// What the build's two env stages (venv in build.ts, conda in conda.ts) hand to packing, and the
// small steps both take: timing a stage, host facts for cache keys, the toolkit's
// variables, and keeping the build output out of git.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerRecord } from '../cache/layers.js';
import type { HostFacts } from '../plan/cache-keys.js';
import type { InputDigest } from '../spec/digests.js';
import type { LoadedSpec, RuntimeSpec } from '../spec/types.js';
import type { CudaToolkit } from '../toolchain/cuda.js';
import type { ResolvedPython } from '../toolchain/python.js';

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

/** The build sees the toolkit as later steps will: CUDA_HOME and friends set, nvcc on PATH. */
export function withToolkit(env: NodeJS.ProcessEnv, cuda: CudaToolkit | undefined): NodeJS.ProcessEnv {
  return cuda ? { ...env, ...cuda.env, PATH: [cuda.binDir, env.PATH].filter(Boolean).join(':') } : env;
}
