// What an env backend's prepare hands to packing, and the small steps both backends take: reading
// the input files once, timing a stage, host facts for cache keys, the toolkit's variables, and
// keeping the build output out of git.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerRecord } from '../cache/layers.js';
import type { HostFacts } from '../plan/cache-keys.js';
import type { BuildPlan } from '../plan/build-plan.js';
import type { InputFacts } from '../plan/env-plan.js';
import { digestInputs, requirementTexts, type InputDigest } from '../spec/digests.js';
import { requirementVarDigests } from '../spec/vars.js';
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
  inputs: readonly InputDigest[];
  /** The plan the env was prepared from. */
  plan: BuildPlan;
}

/** The file stage: the runtime's input files read once, as the digests, requirement texts and ${VAR} digests the plan needs. */
export function readInputFacts(loaded: LoadedSpec, env: NodeJS.ProcessEnv): InputFacts {
  return { inputs: digestInputs(loaded), requirementFiles: requirementTexts(loaded), requirementVars: requirementVarDigests(loaded, env) };
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
