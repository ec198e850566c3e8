// What every provisioning step shares: the log, the environment, where the tool cache lives, which
// machine we provision for (overridable in tests), mirrors, and the fetch used for downloads.
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../util/log.js';

/** The two Linux machines we provision for, by their uname -m name. */
export type Machine = 'x86_64' | 'aarch64';

export interface ToolchainContext {
  log: Log;
  env?: NodeJS.ProcessEnv;
  /** Root of the tool cache; default RUNNER_TOOL_CACHE, else ~/.cache/swrt/tools. */
  toolCacheDir?: string;
  /** Provision for this machine instead of the one we run on (tests). */
  arch?: Machine;
  /** Base URL of python-build-standalone releases; default python-mirror / SWRT_PYTHON_MIRROR / GitHub. */
  pythonMirror?: string;
  /** Base URL standing for https://developer.download.nvidia.com/compute; default SWRT_CUDA_MIRROR. */
  cudaMirror?: string;
  /** A python builds table replacing the vendored one (default SWRT_PYTHON_BUILDS): a mirror with its own builds. */
  pythonBuilds?: string;
  fetch?: typeof fetch;
  /** Overrides the pyenv root (default $PYENV_ROOT or ~/.pyenv). */
  pyenvRoot?: string;
  /** Pause between download retries (default 1000 ms; tests use 0). */
  retryDelayMs?: number;
}

export const PBS_BASE = 'https://github.com/astral-sh/python-build-standalone/releases/download';
export const NVIDIA_BASE = 'https://developer.download.nvidia.com/compute';

export function envOf(ctx: ToolchainContext): NodeJS.ProcessEnv {
  return ctx.env ?? process.env;
}

export function machineOf(ctx: ToolchainContext): Machine {
  if (ctx.arch) return ctx.arch;
  return process.arch === 'arm64' ? 'aarch64' : 'x86_64';
}

/** The arch directory name @actions/tool-cache and setup-python use. */
export function toolCacheArch(m: Machine): string {
  return m === 'aarch64' ? 'arm64' : 'x64';
}

/** Where tools are cached when no directory is given: the runner's tool cache, else ~/.cache/swrt/tools. */
export function defaultToolDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TOOL_CACHE || join(env.HOME || homedir(), '.cache', 'swrt', 'tools');
}

export function toolCacheRoot(ctx: ToolchainContext): string {
  return ctx.toolCacheDir ?? defaultToolDir(envOf(ctx));
}

export function pythonMirror(ctx: ToolchainContext): string {
  return (ctx.pythonMirror || envOf(ctx).SWRT_PYTHON_MIRROR || PBS_BASE).replace(/\/+$/, '');
}

export function cudaMirror(ctx: ToolchainContext): string {
  return (ctx.cudaMirror || envOf(ctx).SWRT_CUDA_MIRROR || NVIDIA_BASE).replace(/\/+$/, '');
}

export function pythonBuildsFile(ctx: ToolchainContext): string | undefined {
  return ctx.pythonBuilds || envOf(ctx).SWRT_PYTHON_BUILDS || undefined;
}
