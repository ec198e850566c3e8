// Finds or provisions the interpreter a runtime asks for. findPython looks only on this machine:
// an explicit path, then the runner's tool cache (setup-python's layout), then pyenv, then
// pythonX.Y on PATH. resolvePython adds our own tool-cache entry first and, when nothing local
// matches, downloads a verified python-build-standalone build into the tool cache. When no
// version is asked for, defaultPython decides: setup-python's interpreter (pythonLocation), else
// python3 on PATH, a shim (pyenv) resolved to the interpreter it runs.
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { extractTool } from './archive.js';
import { rememberedVersion, rememberVersion } from './interpreter-facts.js';
import { machineOf, pythonBuildsFile, pythonMirror, toolCacheArch, toolCacheRoot, type ToolchainContext } from './context.js';
import { download } from './download.js';
import { cmpVersions, pythonBuild } from './python-builds.js';
import { distrust, entryDir, installCached, type ToolCacheEntry } from './tool-cache.js';

export type PythonSource = 'explicit' | 'tool-cache' | 'setup-python' | 'pyenv' | 'path' | 'download' | 'conda';

/** Our tool name in the tool cache; distinct from setup-python's `Python`. */
export const PYTHON_TOOL = 'swrt-python';

export interface PythonInterpreter {
  /** Exact x.y.z. */
  version: string;
  /** The interpreter binary. */
  path: string;
  source: PythonSource;
  /** How it was found, for a person ("python3 on PATH"); describeSource gives it when absent. */
  via?: string;
}

export interface PythonRequest {
  /** "3.11" (newest patch) or "3.11.9" (exact); '' means the default python3 on PATH. */
  version: string;
  pythonPath?: string;
  /** Where a shim on PATH is run (pyenv reads .python-version from here); default this process's cwd. */
  cwd?: string;
}

export interface PythonContext {
  log: Log;
  env?: NodeJS.ProcessEnv;
  /** Overrides the pyenv root (default $PYENV_ROOT or ~/.pyenv). */
  pyenvRoot?: string;
  /** setup-python's arch directory is chosen for this machine (tests). */
  arch?: 'x86_64' | 'aarch64';
}

function matches(version: string, want: string): boolean {
  return version === want || version.startsWith(`${want}.`);
}

/** The best x.y.z directory name under `dir` matching `want`, if any. */
function bestVersionDir(dir: string, want: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && matches(v, want))
    .sort(cmpVersions)
    .pop();
}

/** An interpreter's exact version: remembered for an unchanged binary, else asked (and remembered). */
export async function interpreterVersion(path: string, log: Log): Promise<string> {
  const known = rememberedVersion(path);
  if (known) return known;
  const r = await exec(path, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { log: quietLog(log) });
  const version = r.stdout.trim();
  rememberVersion(path, version);
  return version;
}

function candidates(want: string, ctx: PythonContext): { path: string; source: PythonSource }[] {
  const env = ctx.env ?? process.env;
  const out: { path: string; source: PythonSource }[] = [];
  const toolCache = env.RUNNER_TOOL_CACHE;
  if (toolCache && want) {
    const ver = bestVersionDir(join(toolCache, 'Python'), want);
    if (ver) out.push({ path: join(toolCache, 'Python', ver, toolCacheArch(machineOf({ log: ctx.log, arch: ctx.arch })), 'bin', 'python3'), source: 'setup-python' });
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

const SOURCE_LABEL: Record<PythonSource, string> = {
  explicit: '--python-path',
  'tool-cache': 'the swrt tool cache',
  'setup-python': "setup-python's tool cache",
  pyenv: 'pyenv',
  path: 'the interpreter on PATH',
  download: 'a python-build-standalone download',
  conda: 'the conda env',
};

/** Where an interpreter came from, in words. */
export function describeSource(p: Pick<PythonInterpreter, 'source' | 'via'>): string {
  return p.via ?? SOURCE_LABEL[p.source];
}

const under = (path: string, dir: string) => path.startsWith(`${dir.replace(/\/+$/, '')}/`);

/**
 * The interpreter for a runtime that asks for no version, as setup-python users expect: the one
 * setup-python installed (its pythonLocation), else the first python3 on PATH. That one is run
 * and asked for sys.executable, so a shim (pyenv's) names the real interpreter it chose.
 */
export async function defaultPython(ctx: PythonContext & { cwd?: string }): Promise<PythonInterpreter> {
  const env = ctx.env ?? process.env;
  const loc = env.pythonLocation;
  if (loc) {
    const py = join(loc, 'bin', 'python3');
    if (existsSync(py)) {
      const version = await interpreterVersion(py, ctx.log);
      return { version, path: py, source: 'setup-python', via: "setup-python's interpreter (pythonLocation)" };
    }
    ctx.log.warn(`pythonLocation is ${loc}, but it holds no bin/python3; looking for python3 on PATH`);
  }
  const pyenv = ctx.pyenvRoot ?? env.PYENV_ROOT ?? join(env.HOME ?? homedir(), '.pyenv');
  const tried: string[] = [];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const onPath = join(dir, 'python3');
    try {
      accessSync(onPath, constants.X_OK);
    } catch {
      continue;
    }
    const r = await exec(onPath, ['-c', 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])'], { log: quietLog(ctx.log), env, cwd: ctx.cwd, allowFailure: true }).catch(() => undefined);
    if (!r || r.code !== 0) {
      tried.push(`${onPath} (does not run${r?.stderr.trim() ? `: ${r.stderr.trim().split('\n').pop()}` : ''})`);
      continue;
    }
    const [exe = '', version = ''] = r.stdout.trim().split('\n').map((l) => l.trim());
    const path = exe && existsSync(exe) ? exe : onPath;
    const toolCache = env.RUNNER_TOOL_CACHE;
    const source: PythonSource = toolCache && under(path, join(toolCache, 'Python')) ? 'setup-python' : under(path, join(pyenv, 'versions')) ? 'pyenv' : 'path';
    return { version, path, source, via: 'python3 on PATH' };
  }
  throw new UserError('runtime.yaml sets no python, and there is no python3 to use', {
    hint: `${tried.length ? `found ${tried.join(', ')}; ` : ''}set environment.python in runtime.yaml, pass --python (action: python-version), or put python3 on PATH (actions/setup-python)`,
  });
}

export async function findPython(req: PythonRequest, ctx: PythonContext): Promise<PythonInterpreter> {
  if (!req.version && !req.pythonPath) return defaultPython({ ...ctx, cwd: req.cwd });
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

export interface ResolvedPython extends PythonInterpreter {
  /** The installation prefix (…/bin/python3's grandparent), when the interpreter has one we know. */
  root: string;
  /** Bytes downloaded, when source is 'download'. */
  downloadedBytes?: number;
  /** Why this interpreter, in one line: what asked for it and where it was found. */
  reason?: string;
}

function rootOf(path: string): string {
  return join(path, '..', '..');
}

/** The newest complete entry of our own tool cache matching `want`. */
function fromOwnToolCache(want: string, ctx: ToolchainContext): ResolvedPython | undefined {
  const root = toolCacheRoot(ctx);
  const arch = toolCacheArch(machineOf(ctx));
  const dir = join(root, PYTHON_TOOL);
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir).filter((v) => /^\d+\.\d+\.\d+$/.test(v) && matches(v, want)).sort(cmpVersions).reverse();
  for (const version of versions) {
    // Trusted only when its marker names the archive digest the builds table pins for it.
    let pinned: string;
    try {
      pinned = pythonBuild(version, machineOf(ctx), pythonBuildsFile(ctx)).sha256;
    } catch {
      continue;
    }
    const entry = { root, tool: PYTHON_TOOL, version, arch };
    const why = distrust(entry, [pinned]);
    if (why && why !== 'no entry') ctx.log.warn(`Python ${version} in the tool cache (${entryDir(entry)}) is not used: ${why}`);
    const home = why ? undefined : entryDir(entry);
    if (home && existsSync(join(home, 'bin', 'python3'))) return { version, path: join(home, 'bin', 'python3'), root: home, source: 'tool-cache' };
  }
  return undefined;
}

async function downloadPython(want: string, ctx: ToolchainContext): Promise<ResolvedPython> {
  const machine = machineOf(ctx);
  const build = pythonBuild(want, machine, pythonBuildsFile(ctx));
  const entry: ToolCacheEntry = { root: toolCacheRoot(ctx), tool: PYTHON_TOOL, version: build.version, arch: toolCacheArch(machine) };
  const url = `${pythonMirror(ctx)}/${build.path}`;
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-python-'));
  let bytes = 0;
  try {
    const file = join(scratch, build.path.split('/').pop()!.replace(/%2B/gi, '+'));
    const home = await installCached(entry, async (tmp) => {
      bytes = (await download({ url, dest: file, what: `Python ${build.version} (python-build-standalone ${build.build}, linux-${machine})`, sha256: build.sha256 }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs })).bytes;
      await extractTool(file, tmp, { log: ctx.log, strip: 1, what: `Python ${build.version}` });
      const py = join(tmp, 'bin', 'python3');
      if (!existsSync(py)) throw new UserError(`the Python ${build.version} archive has no python/bin/python3`, { hint: 'the mirror serves something that is not an install_only build' });
      if (!ctx.arch || ctx.arch === machineOf({ log: ctx.log })) {
        const got = await interpreterVersion(py, ctx.log).catch(() => '');
        if (got !== build.version) throw new UserError(`the downloaded Python reports version ${got || 'nothing (it does not run)'}, expected ${build.version}`, { hint: 'the mirror serves a different build; check it' });
      }
    }, { sha256: [build.sha256], against: `the python-build-standalone ${build.build} table` });
    return { version: build.version, path: join(home, 'bin', 'python3'), root: home, source: 'download', downloadedBytes: bytes };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The interpreter for "3.11" (newest patch found) or "3.11.9" (exact): an explicit path, our own
 * tool-cache entry, setup-python's entry, pyenv, pythonX.Y on PATH, else a verified download.
 */
export async function resolvePython(req: PythonRequest, ctx: ToolchainContext): Promise<ResolvedPython> {
  const pyCtx: PythonContext = { log: ctx.log, env: ctx.env, pyenvRoot: ctx.pyenvRoot, arch: ctx.arch };
  if (req.pythonPath || !req.version) {
    const found = await findPython(req, pyCtx);
    return { ...found, root: rootOf(found.path) };
  }
  const own = fromOwnToolCache(req.version, ctx);
  if (own) {
    ctx.log.info(`Python ${own.version}: tool cache hit (${own.root})`);
    return own;
  }
  try {
    const found = await findPython(req, pyCtx);
    ctx.log.info(`Python ${found.version}: found (${found.source}) at ${found.path}`);
    return { ...found, root: rootOf(found.path) };
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    ctx.log.info(`Python ${req.version}: not on this machine; downloading python-build-standalone`);
  }
  return downloadPython(req.version, ctx);
}
