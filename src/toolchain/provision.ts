// The one entry point the CLI (`swrt build --python/--cuda`, `swrt toolchain`) and the action use to
// provision a toolchain: Python, then CUDA (+ cuDNN), each in its own log group.
import type { Log } from '../util/log.js';
import { join } from 'node:path';
import { machineOf, pythonBuildsFile, toolCacheRoot, type Machine, type ToolchainContext } from './context.js';
import { planCuda, provisionCuda, type CudaToolkit } from './cuda.js';
import { pythonBuild } from './python-builds.js';
import { PYTHON_TOOL, resolvePython, type ResolvedPython } from './python.js';

export interface ToolchainRequest {
  /** "3.11" or "3.11.9"; empty/absent: no Python is provisioned. */
  python?: string;
  pythonPath?: string;
  /** "12.4" or "12.4.1"; empty/absent: no CUDA. */
  cuda?: string;
  cudnn?: string;
  /** Preset or comma list (default minimal). */
  cudaComponents?: string;
  ldLibraryPath?: boolean;
}

export interface Toolchain {
  python?: ResolvedPython;
  cuda?: CudaToolkit;
}

export interface ToolchainOptions {
  log: Log;
  env?: NodeJS.ProcessEnv;
  pythonMirror?: string;
  cudaMirror?: string;
  toolCacheDir?: string;
  arch?: Machine;
}

export function toolchainContext(o: ToolchainOptions): ToolchainContext {
  return { log: o.log, env: o.env, pythonMirror: o.pythonMirror || undefined, cudaMirror: o.cudaMirror || undefined, toolCacheDir: o.toolCacheDir, arch: o.arch };
}

export async function provisionToolchain(req: ToolchainRequest, opts: ToolchainOptions): Promise<Toolchain> {
  const ctx = toolchainContext(opts);
  const out: Toolchain = {};
  if (req.python || req.pythonPath) {
    out.python = await ctx.log.group(`Python ${req.python || req.pythonPath}`, () => resolvePython({ version: req.python ?? '', pythonPath: req.pythonPath }, ctx));
  }
  if (req.cuda) {
    const cuda = req.cuda;
    out.cuda = await ctx.log.group(`CUDA ${cuda}${req.cudnn ? ` + cuDNN ${req.cudnn}` : ''}`, () =>
      provisionCuda({ version: cuda, components: req.cudaComponents, cudnn: req.cudnn, ldLibraryPath: req.ldLibraryPath }, ctx),
    );
  } else if (req.cudnn) {
    ctx.log.warn(`cuDNN ${req.cudnn} was asked for without a CUDA version; skipping it (set cuda-version / --cuda)`);
  }
  return out;
}

export interface ToolchainPlan {
  /** The exact python a download would give ("3.11" -> "3.11.9"), else the request itself. */
  python: string;
  cuda?: { label: string; components: string[]; cudnn?: string };
  /** Tool-cache dirs the provisioning fills: what the toolchain cache layer holds. */
  paths: string[];
}

/**
 * What provisioning will fill, known before any download (the vendored tables resolve versions):
 * the toolchain cache layer is restored from this before provisioning and saved after it.
 * Undefined when nothing would be downloaded (an explicit interpreter and no CUDA).
 */
export function planToolchain(req: ToolchainRequest, ctx: ToolchainContext): ToolchainPlan | undefined {
  // An explicit interpreter is never downloaded: only CUDA can fill the layer then.
  const wantsPython = Boolean(req.python) && !req.pythonPath;
  if (!wantsPython && !req.cuda) return undefined;
  let python = (wantsPython && req.python) || 'any';
  if (wantsPython && req.python) {
    try {
      python = pythonBuild(req.python, machineOf(ctx), pythonBuildsFile(ctx)).version;
    } catch {
      // not downloadable: a local interpreter will serve it, or resolvePython says what is available
    }
  }
  const paths = wantsPython ? [join(toolCacheRoot(ctx), PYTHON_TOOL)] : [];
  let cuda: ToolchainPlan['cuda'];
  if (req.cuda) {
    try {
      const c = planCuda({ version: req.cuda, components: req.cudaComponents, cudnn: req.cudnn }, ctx);
      cuda = { label: c.label, components: c.components, cudnn: c.cudnn };
      paths.push(...c.toolDirs);
    } catch {
      // an unknown version: provisionCuda reports it with the nearest supported ones
    }
  }
  return paths.length ? { python, cuda, paths } : undefined;
}
