// What a build decides before anything runs, as one frozen value: where the env and the build
// output go, which toolchain to ask for, whether commands run, and what besides the spec, the
// inputs and the lock goes into the bundle's version. Pure: the loaded spec and the options in,
// nothing read from disk or the network; every env backend starts from it, and plan/env-plan.ts
// adds the cache keys once the toolchain and installer are known.
import { join, resolve } from 'node:path';
import { isNoCuda } from '../spec/index.js';
import type { LoadedSpec, Mode, RuntimeSpec } from '../spec/types.js';

export interface PlanOptions {
  /** Where the env is built; default <runtime.yaml dir>/.starwhale/<venv|conda>, as swcli's lock env. */
  envDir?: string;
  python?: string;
  pythonPath?: string;
  cuda?: string;
  cudnn?: string;
  cudaComponents?: string;
  cudaLdLibraryPath?: boolean;
  runCommands?: boolean;
  cacheSuffix?: string;
  includeEnv?: boolean;
  starwhaleVersion?: string;
}

/** The toolchain to provision: empty strings ask for nothing. */
export interface ToolchainWanted {
  python: string;
  pythonPath?: string;
  cuda: string;
  cudnn: string;
  cudaComponents?: string;
  ldLibraryPath?: boolean;
}

export interface BuildPlan {
  readonly mode: Mode;
  readonly envDir: string;
  /** `<runtime.yaml dir>/.starwhale`: build output (the default env, the lock). */
  readonly outputDir: string;
  /** The env goes to its default place inside outputDir, which the build keeps out of git. */
  readonly defaultEnvDir: boolean;
  readonly toolchain: Readonly<ToolchainWanted>;
  /** runtime.yaml's commands run in the env (they go into its cache key). */
  readonly runCommands: boolean;
  readonly cacheSuffix?: string;
  /** What the bundle's content version covers besides the spec, the inputs and the lock. */
  readonly versionExtra: Readonly<Record<string, unknown>>;
}

/**
 * The CUDA/cuDNN asked for: an input or flag may pin the exact redist label; runtime.yaml records
 * major.minor / major. A cuda of "none" asks for no CUDA at all.
 */
export function cudaRequest(opts: Pick<PlanOptions, 'cuda' | 'cudnn'>, spec: Pick<RuntimeSpec, 'cuda' | 'cudnn'>): { cuda: string; cudnn: string } {
  if (isNoCuda(opts.cuda)) return { cuda: '', cudnn: '' };
  return { cuda: opts.cuda?.trim() || spec.cuda, cudnn: opts.cudnn?.trim() || spec.cudnn };
}

/** `loaded.dir` is absolute (loadSpec resolves it); a relative `envDir` is taken from the working directory, as before. */
export function planBuild(loaded: Pick<LoadedSpec, 'dir' | 'spec' | 'pythonRequest'>, opts: PlanOptions, cwd: string = process.cwd()): BuildPlan {
  const mode = loaded.spec.mode;
  const outputDir = join(loaded.dir, '.starwhale');
  const envDir = opts.envDir ? resolve(cwd, opts.envDir) : join(outputDir, mode);
  // A conda prefix holds its own python: only CUDA comes from the toolchain.
  const python = mode === 'venv' ? { python: loaded.pythonRequest, pythonPath: opts.pythonPath } : { python: '' };
  const toolchain = Object.freeze({ ...python, ...cudaRequest(opts, loaded.spec), cudaComponents: opts.cudaComponents, ldLibraryPath: opts.cudaLdLibraryPath });
  // A packed env is part of the bundle, and its place is written into it.
  const versionExtra = Object.freeze({ includeEnv: Boolean(opts.includeEnv), env: opts.includeEnv ? envDir : '', ...(opts.starwhaleVersion ? { starwhaleVersion: opts.starwhaleVersion } : {}) });
  return Object.freeze({ mode, envDir, outputDir, defaultEnvDir: !opts.envDir, toolchain, runCommands: Boolean(opts.runCommands), cacheSuffix: opts.cacheSuffix, versionExtra });
}
