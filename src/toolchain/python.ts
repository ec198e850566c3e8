// Finds the interpreter a runtime asks for: an explicit path, then the runner's tool cache
// (setup-python's layout), then pyenv, then pythonX.Y on PATH; the highest patch of the requested
// major.minor, or exactly the patch asked for.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';

export type PythonSource = 'explicit' | 'setup-python' | 'pyenv' | 'path';

export interface PythonInterpreter {
  /** Exact x.y.z. */
  version: string;
  /** The interpreter binary. */
  path: string;
  source: PythonSource;
}

export interface PythonRequest {
  /** "3.11" (newest patch) or "3.11.9" (exact); '' means the default python3 on PATH. */
  version: string;
  pythonPath?: string;
}

export interface PythonContext {
  log: Log;
  env?: NodeJS.ProcessEnv;
  /** Overrides the pyenv root (default $PYENV_ROOT or ~/.pyenv). */
  pyenvRoot?: string;
}

function cmpVersion(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function matches(version: string, want: string): boolean {
  return version === want || version.startsWith(`${want}.`);
}

/** The best x.y.z directory name under `dir` matching `want`, if any. */
function bestVersionDir(dir: string, want: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && matches(v, want))
    .sort(cmpVersion)
    .pop();
}

function toolCacheArch(): string {
  return process.arch === 'arm64' ? 'arm64' : 'x64';
}

/** Asks an interpreter for its exact version. */
export async function interpreterVersion(path: string, log: Log): Promise<string> {
  const r = await exec(path, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { log: quietLog(log) });
  return r.stdout.trim();
}

function candidates(want: string, ctx: PythonContext): { path: string; source: PythonSource }[] {
  const env = ctx.env ?? process.env;
  const out: { path: string; source: PythonSource }[] = [];
  const toolCache = env.RUNNER_TOOL_CACHE;
  if (toolCache && want) {
    const ver = bestVersionDir(join(toolCache, 'Python'), want);
    if (ver) out.push({ path: join(toolCache, 'Python', ver, toolCacheArch(), 'bin', 'python3'), source: 'setup-python' });
  }
  const pyenv = ctx.pyenvRoot ?? env.PYENV_ROOT ?? join(env.HOME ?? homedir(), '.pyenv');
  if (want) {
    const ver = bestVersionDir(join(pyenv, 'versions'), want);
    if (ver) out.push({ path: join(pyenv, 'versions', ver, 'bin', 'python3'), source: 'pyenv' });
  }
  const minor = want.split('.').slice(0, 2).join('.');
  const names = want ? [`python${minor}`] : ['python3'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (dir.includes(`${join(pyenv, 'shims')}`)) continue; // pyenv shims resolve to whatever is "global"
    for (const n of names) if (existsSync(join(dir, n))) out.push({ path: join(dir, n), source: 'path' });
  }
  return out.filter((c) => existsSync(c.path));
}

export async function findPython(req: PythonRequest, ctx: PythonContext): Promise<PythonInterpreter> {
  if (req.pythonPath) {
    if (!existsSync(req.pythonPath)) throw new UserError(`python path ${req.pythonPath} does not exist`);
    const version = await interpreterVersion(req.pythonPath, ctx.log);
    if (req.version && !matches(version, req.version)) {
      throw new UserError(`python at ${req.pythonPath} is ${version}, but ${req.version} was asked for`, { hint: 'drop --python or point --python-path at the right interpreter' });
    }
    return { version, path: req.pythonPath, source: 'explicit' };
  }
  const tried: string[] = [];
  for (const c of candidates(req.version, ctx)) {
    let version: string;
    try {
      version = await interpreterVersion(c.path, ctx.log);
    } catch {
      tried.push(`${c.path} (does not run)`);
      continue;
    }
    if (!req.version || matches(version, req.version)) return { version, path: c.path, source: c.source };
    tried.push(`${c.path} (${version})`);
  }
  throw new UserError(`no Python ${req.version || '3'} interpreter found`, {
    hint: `looked in RUNNER_TOOL_CACHE/Python, pyenv and PATH${tried.length ? `; found ${tried.join(', ')}` : ''}; install it (pyenv install ${req.version}) or pass --python-path`,
  });
}
