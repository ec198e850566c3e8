// Restores an extracted bundle's env in swcli's order (docs/starwhale-compat.md: Restore order): arch check; the packed
// env when present, else a new venv with setup_requires, commands, the lock (or the raw deps in
// order), files and wheels; `.runtime_restore_status` and activate.host/env.sw like swcli writes
// (each written as a new file, never through a link the bundle or the packed env put there).
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { arch as machineArch } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { extractArchive, VENV_PYTHON_LINK, venvPythonLinks } from '../archive/extract.js';
import { regularFileInside, writeFileInside } from '../archive/inplace.js';
import { CRAFTED_HINT } from '../archive/tar-scan.js';
import type { RawDep } from '../spec/types.js';
import { errorMessage, UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { activateHostScript, envFile } from '../util/shell.js';
import { copyBundledFile } from './bundled-files.js';
import { runCommands } from './build.js';
import { envPython, PipInstaller, type Installer } from './installer.js';
import { pyvenvVersion, relocateEnv } from './pack.js';
import { resolvePipOptions, type PipOptions } from '../plan/pip-options.js';
import type { RestoreFacts } from './restore-facts.js';
import { installStarwhale, starwhaleRequirement } from './starwhale.js';

export interface RestoreOptions {
  log: Log;
  /** Makes the installer once the python version is known. */
  installerFor: (pythonVersion: string) => Promise<{ installer: Installer; python: string }>;
  /**
   * An interpreter of this exact x.y.z, for a packed env (found here or downloaded); default:
   * installerFor's python.
   */
  pythonFor?: (exactVersion: string) => Promise<string>;
  target?: string;
  /** Replace a non-empty `target` (without it, one is refused). */
  force?: boolean;
  runCommands?: boolean;
  /**
   * Install starwhale into the env as swcli's restore does (default true). Without it the env is not
   * one swcli can run in, so its status stays `restoring`: swcli restores it again rather than use it.
   */
  starwhale?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Machine arch, injectable for tests. */
  arch?: string;
}

export interface RestoredEnv {
  envDir: string;
  mode: string;
  python: string;
  fromPackedEnv: boolean;
}

const ARCH_MAP: Record<string, string> = { x64: 'amd64', x86_64: 'amd64', amd64: 'amd64', arm64: 'arm64', aarch64: 'arm64' };

/**
 * A directory the user named (restore --target, extract --target-dir) is replaced only when it is
 * missing, empty, or `force` says so: a typo must not delete someone's files.
 */
export function checkTargetDir(dir: string, force: boolean | undefined, flag: string): void {
  if (force || !existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UserError(`${dir} exists and is not a directory`, { hint: `choose another ${flag}` });
  if (readdirSync(dir).length) throw new UserError(`${dir} is not empty`, { hint: `pass --force to replace what is in it, or choose an empty or new ${flag}` });
}

export const STATUS_FILE = '.runtime_restore_status';

/** The files a restore writes into the workdir; a bundle that puts anything but a regular file there is refused up front. */
export const WORKDIR_OUTPUTS = ['activate.host', 'env.sw'] as const;

/** Refuses a workdir whose activate.host or env.sw is a link, a directory or anything but a regular file. */
export function checkWorkdirOutputs(workdir: string): void {
  for (const name of WORKDIR_OUTPUTS) {
    let st;
    try {
      st = lstatSync(join(workdir, name));
    } catch {
      continue;
    }
    if (!st.isFile()) throw new UserError(`refusing to restore ${workdir}: its ${name} is ${st.isSymbolicLink() ? 'a symlink' : 'not a regular file'}`, { hint: CRAFTED_HINT });
  }
}

/** Writes the restore status into the env (a new file, never through a link). */
export function writeStatus(envDir: string, status: 'restoring' | 'success' | 'failed'): void {
  writeFileInside(envDir, STATUS_FILE, status);
}

/** The status after a failure: best effort, so the error that caused it is the one reported. */
export function markFailed(envDir: string): void {
  try {
    if (existsSync(envDir)) writeStatus(envDir, 'failed');
  } catch {
    // the env is unusable either way; the original error says why
  }
}

export function checkArch(wanted: readonly string[] | undefined, machine: string): void {
  if (!wanted || wanted.length === 0) return;
  const have = new Set([machine.toLowerCase(), ARCH_MAP[machine.toLowerCase()] ?? '', 'noarch']);
  if (!wanted.some((a) => have.has(a.toLowerCase()))) {
    throw new UserError(`runtime is built for ${wanted.join(', ')}, this machine is ${ARCH_MAP[machine] ?? machine}`, { hint: 'rebuild it with environment.arch including this machine, or noarch' });
  }
}

/** The runtime's index (configs.pip), with SW_PYPI_* and credentials from the environment as at build. */
function manifestPipOptions(m: RestoreFacts, env: NodeJS.ProcessEnv | undefined): PipOptions {
  return resolvePipOptions({ index_url: m.configs?.pip?.index_url ?? '', extra_index_url: m.configs?.pip?.extra_index_url ?? [], trusted_host: m.configs?.pip?.trusted_host ?? [] }, env);
}

async function installDeps(deps: readonly RawDep[], workdir: string, envDir: string, installer: Installer, pip: PipOptions, opts: RestoreOptions): Promise<void> {
  for (const dep of deps) {
    switch (dep.kind) {
      case 'pip_req_file':
        await installer.install(envDir, ['-r', resolve(workdir, 'dependencies', dep.deps)], pip, workdir);
        break;
      case 'pip_pkg':
        if (dep.deps.length) await installer.install(envDir, [...dep.deps], pip, workdir);
        break;
      case 'wheel':
        if (dep.deps.length) await installer.install(envDir, dep.deps.map((w) => resolve(workdir, 'wheels', w.replace(/^\/+/, ''))), pip, workdir);
        break;
      case 'native_file':
        for (const f of dep.deps) copyBundledFile(join(workdir, 'files'), f.src, envDir, f.dest);
        break;
      case 'command':
        if (opts.runCommands) await runCommands(dep.deps, workdir, envDir, opts.log, opts.env);
        break;
      default:
        opts.log.warn(`${dep.kind} skipped: conda items need mode: conda`);
    }
  }
}

/** The exact python version the packed env was built with: its pyvenv.cfg, else the manifest. */
function packedVersion(envDir: string, m: RestoreFacts): string {
  const cfg = regularFileInside(envDir, 'pyvenv.cfg');
  const fromCfg = cfg ? pyvenvVersion(readFileSync(cfg, 'utf8')) : undefined;
  const shell = m.environment?.lock?.shell?.python_version ?? '';
  const version = fromCfg ?? (/^\d+\.\d+\.\d+$/.test(shell) ? shell : undefined);
  if (!version) throw new UserError('the packed env records no exact python version (no pyvenv.cfg version, no environment.lock.shell.python_version x.y.z)', { hint: 'rebuild the runtime with --include-env' });
  return version;
}

/**
 * Links bin/python to `interpreter` (python3 and python3.N to python, as uv does) in place of
 * whatever the archive had there, and rewrites pyvenv.cfg's home, executable, version and command.
 */
function relinkPython(envDir: string, version: string, interpreter: string): void {
  if (!isAbsolute(interpreter)) interpreter = resolve(interpreter);
  const bin = join(envDir, 'bin');
  let st;
  try {
    st = lstatSync(bin);
  } catch {
    mkdirSync(bin);
    st = lstatSync(bin);
  }
  if (!st.isDirectory()) throw new UserError(`refusing to restore ${envDir}: its bin is not a directory`, { hint: CRAFTED_HINT });
  for (const name of readdirSync(bin)) {
    if (!VENV_PYTHON_LINK.test(`bin/${name}`)) continue;
    const at = join(bin, name);
    if (lstatSync(at).isDirectory()) throw new UserError(`refusing to restore ${envDir}: its bin/${name} is a directory`, { hint: CRAFTED_HINT });
    rmSync(at, { force: true });
  }
  const minor = version.split('.').slice(0, 2).join('.');
  symlinkSync(interpreter, join(bin, 'python'));
  symlinkSync('python', join(bin, 'python3'));
  symlinkSync('python', join(bin, `python${minor}`));
  let real = interpreter;
  try {
    real = realpathSync(interpreter);
  } catch {
    // the check that runs it says what is wrong
  }
  const cfgFile = regularFileInside(envDir, 'pyvenv.cfg');
  const old = cfgFile ? readFileSync(cfgFile, 'utf8').split(/\r?\n/).filter((l) => l.trim()) : [];
  const set: Record<string, string> = { home: dirname(interpreter), executable: real, command: `${interpreter} -m venv ${envDir}` };
  const done = new Set<string>();
  const lines = old.map((line) => {
    const key = /^\s*([A-Za-z_-]+)\s*=/.exec(line)?.[1]?.toLowerCase();
    if (key === 'version' || key === 'version_info') return `${key} = ${version}`;
    if (!key || !(key in set)) return line;
    done.add(key);
    return `${key} = ${set[key]}`;
  });
  if (!done.has('home')) lines.unshift(`home = ${set.home}`);
  if (!lines.some((l) => /^\s*version(_info)?\s*=/.test(l))) lines.push(`version = ${version}`);
  writeFileInside(envDir, 'pyvenv.cfg', `${lines.join('\n')}\n`);
}

/** Runs the env's python: it must start, be `version`, and have the env as sys.prefix. */
async function checkEnvPython(envDir: string, version: string, interpreter: string, log: Log): Promise<void> {
  const py = join(envDir, 'bin', 'python');
  let out: string;
  try {
    out = (await exec(py, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.prefix)'], { log: quietLog(log), tailLines: 0 })).stdout;
  } catch (e) {
    throw new UserError(`the restored env's python (linked to ${interpreter}) does not run: ${errorMessage(e).split('\n')[0]}`, { hint: `point it at a working Python ${version}` });
  }
  const [got = '', prefix = ''] = out.trim().split('\n').map((l) => l.trim());
  if (got !== version) throw new UserError(`the packed env was built with Python ${version}, but ${interpreter} is Python ${got || '(unknown)'}`, { hint: `install Python ${version} (pyenv install ${version}) or let swrt download it` });
  const same = (a: string, b: string) => {
    try {
      return realpathSync(a) === realpathSync(b);
    } catch {
      return false;
    }
  };
  if (!same(prefix, envDir)) throw new UserError(`the restored env's python reports sys.prefix ${prefix}, not ${envDir}`, { hint: 'its pyvenv.cfg could not be used; rebuild the runtime with --include-env' });
}

/** Restores the env of the extracted bundle in `workdir`, whose manifest says `m`. */
export async function restoreEnv(workdir: string, m: RestoreFacts, opts: RestoreOptions): Promise<RestoredEnv> {
  const mode = m.environment?.mode ?? 'venv';
  if (mode !== 'venv') throw new UserError(`restoring a ${mode} runtime is not supported by this release yet`);
  checkArch(m.environment?.arch, opts.arch ?? machineArch());
  const starwhaleReq = opts.starwhale === false ? undefined : starwhaleRequirement(m.environment?.lock?.starwhale_version);
  const envDir = resolve(opts.target ?? join(workdir, 'export', mode));
  const python = m.environment?.python || m.environment?.lock?.shell?.python_version || '';
  checkWorkdirOutputs(workdir);
  if (opts.target !== undefined) checkTargetDir(envDir, opts.force, '--target');
  rmSync(envDir, { recursive: true, force: true });
  mkdirSync(envDir, { recursive: true });
  writeStatus(envDir, 'restoring');
  const deps = m.dependencies ?? {};
  const pip = manifestPipOptions(m, opts.env);
  // The installer that puts starwhale in: the one that made the env, else (a packed env) the env's own pip.
  let installer: Installer = new PipInstaller(opts.log, envPython(envDir));
  try {
    if (deps.local_packaged_env) await unpackVenv(workdir, envDir, m, opts);
    else installer = await createVenv(workdir, envDir, m, python, pip, opts);
    if (starwhaleReq === undefined) {
      const msg = `starwhale not installed: ${envDir} stays marked "restoring", so swcli restores it again (with starwhale) before it runs anything in it`;
      if (opts.log.notice) opts.log.notice(msg);
      else opts.log.info(msg);
    } else {
      await installStarwhale(envDir, starwhaleReq, (args) => installer.install(envDir, args, pip, workdir), opts.log);
      writeStatus(envDir, 'success');
    }
  } catch (e) {
    markFailed(envDir);
    throw e;
  }
  writeFileInside(workdir, 'activate.host', activateHostScript(envDir, mode), 0o755);
  writeFileInside(workdir, 'env.sw', envFile({ SW_ACTIVATED_RUNTIME_MODE_IN_SHELL: mode, SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL: envDir, SW_ACTIVATED_RUNTIME_URI_IN_SHELL: '' }));
  return { envDir, mode, python, fromPackedEnv: Boolean(deps.local_packaged_env) };
}

/** A packed env: unpacked, moved to its new place, and its python linked to an interpreter of the exact version it was built with. */
async function unpackVenv(workdir: string, envDir: string, m: RestoreFacts, opts: RestoreOptions): Promise<void> {
  await opts.log.group('Unpack the packed env', async () => {
    const packed = join(workdir, 'export', 'venv_env.tar.gz');
    if (!existsSync(packed)) throw new UserError(`bundle says it packs its env, but ${packed} is missing`);
    // Bundles packed before the python links were left out (and swcli's) still carry absolute ones; they are replaced below.
    await extractArchive(packed, envDir, { force: true, absoluteLinks: venvPythonLinks });
    writeStatus(envDir, 'restoring');
    const moved = relocateEnv(envDir, m.environment?.lock?.env_prefix_path ?? '');
    opts.log.info(`unpacked; ${moved} script(s) moved to ${envDir}`);
    const version = packedVersion(envDir, m);
    const pythonFor = opts.pythonFor ?? (async (v: string) => (await opts.installerFor(v)).python);
    let interpreter: string;
    try {
      interpreter = await pythonFor(version);
    } catch (e) {
      if (e instanceof UserError) throw new UserError(`the packed env needs Python ${version}: ${e.message}`, { hint: e.hint });
      throw e;
    }
    relinkPython(envDir, version, interpreter);
    await checkEnvPython(envDir, version, interpreter, opts.log);
    opts.log.info(`env python linked to ${interpreter} (Python ${version})`);
  });
}

/** No packed env: a new venv, then the lock (or the raw deps) in swcli's order; returns the installer that made it. */
async function createVenv(workdir: string, envDir: string, m: RestoreFacts, python: string, pip: PipOptions, opts: RestoreOptions): Promise<Installer> {
  const deps = m.dependencies ?? {};
  const { installer, python: interpreter } = await opts.installerFor(python);
  await opts.log.group(`Create ${installer.name} venv (python ${python})`, async () => {
    rmSync(envDir, { recursive: true, force: true });
    await installer.createEnv(interpreter, envDir);
    writeStatus(envDir, 'restoring');
  });
  const lockFiles = m.environment?.lock?.files ?? [];
  const raw = deps.raw_deps ?? [];
  const order: RawDep[] = lockFiles.length
    ? [
        ...(deps.setup_requires ?? []),
        ...raw.filter((d) => d.kind === 'command'),
        ...lockFiles.filter((f) => f.endsWith('requirements-sw-lock.txt')).map((f): RawDep => ({ kind: 'pip_req_file', deps: f })),
        ...raw.filter((d) => d.kind === 'native_file' || d.kind === 'wheel'),
      ]
    : [...(deps.setup_requires ?? []), ...raw];
  await opts.log.group('Install dependencies', () => installDeps(order, workdir, envDir, installer, pip, opts));
  return installer;
}
