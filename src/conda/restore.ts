// Restores a conda-mode bundle's env (ours or swcli's), in swcli's order (docs/starwhale-compat.md: Restore order):
// arch check; a packed env (export/conda_env.tar.gz) is unpacked and moved to its new prefix —
// ours through `.swrt-prefix-files`, conda-pack's through its own bin/conda-unpack; otherwise the
// prefix is created with python and the lock (as a conda env file) or the raw deps are installed,
// with configs/condarc as CONDARC. `.runtime_restore_status`, activate.host and env.sw as swcli writes them
// (each written as a new file, never through a link).
import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, realpathSync, rmSync, symlinkSync, type Stats } from 'node:fs';
import { arch as machineArch } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { extractArchive, type AbsoluteLinkRule } from '../archive/extract.js';
import { regularFileInside, rewriteFile, symlinkInside, writeFileInside } from '../archive/inplace.js';
import { CRAFTED_HINT } from '../archive/tar-scan.js';
import { copyBundledFile } from '../env/bundled-files.js';
import { indexCredentials, resolvePipOptions, type PipOptions } from '../plan/pip-options.js';
import { installStarwhale, starwhaleRequirement } from '../env/starwhale.js';
import { checkArch, checkTargetDir, checkWorkdirOutputs, markFailed, writeStatus } from '../env/restore.js';
import type { RestoreFacts } from '../env/restore-facts.js';
import type { RawDep } from '../spec/types.js';
import { isInside } from '../util/names.js';
import { errorMessage, UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';
import { activateHostScript, envFile } from '../util/shell.js';
import { condaActivatedEnv } from './build.js';
import { condaEnv, condaPkgArgv, createArgv, envFileArgv, pipEnvVars, pipInstallArgv, pythonVersionArgv, type Argv, type CondaToolRef } from './commands.js';
import { CONDA_LOCK_NAME } from './lock.js';
import { CONDA_ENV_TAR, PREFIX_FILES_NAME, parsePrefixFiles, renderPrefixFiles, type PrefixRecord } from './pack.js';

/** `.swrt-prefix-files` lists paths; a real one is far below this. */
const RECORD_MAX = 16 * 1024 * 1024;

export interface RelocateReport {
  from: string;
  to: string;
  text: number;
  binary: number;
  symlinks: number;
  /** Binary files still holding the old prefix (the new one is longer, so it cannot be padded in). */
  binaryLeft: string[];
}

/** Replaces every `a` in `data` by `b` (any lengths). */
function replaceAll(data: Buffer, a: Buffer, b: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = data.indexOf(a); i >= 0; i = data.indexOf(a, at)) {
    parts.push(data.subarray(at, i), b);
    at = i + a.length;
  }
  if (at === 0) return data;
  parts.push(data.subarray(at));
  return Buffer.concat(parts);
}

/**
 * conda's binary prefix replacement: in each NUL-terminated string holding `a`, every `a` becomes
 * `b` and the string is padded with NULs to its old length, so offsets in the file do not move.
 * Returns undefined when `b` is longer than `a` (it cannot fit).
 */
export function binaryReplace(data: Buffer, a: Buffer, b: Buffer): Buffer | undefined {
  if (b.length > a.length) return data.includes(a) ? undefined : data;
  const out = Buffer.from(data);
  let i = out.indexOf(a);
  while (i >= 0) {
    let end = out.indexOf(0, i);
    if (end < 0) end = out.length;
    const piece = replaceAll(out.subarray(i, end), a, b);
    const padded = Buffer.alloc(end - i, 0);
    piece.copy(padded);
    padded.copy(out, i);
    i = out.indexOf(a, end);
  }
  return out;
}

/**
 * Rewrites the recorded files of an unpacked env from `record.prefix` to `target`. The record comes
 * with the archive, so every path in it is checked: inside the env, reached without passing a
 * symlink, a regular file (or, for `symlink` lines, the link itself); each file is replaced by a new
 * one, so a hard link to it elsewhere is never changed.
 */
export function relocateCondaPrefix(target: string, record: PrefixRecord, log: Log): RelocateReport {
  const to = resolve(target);
  const report: RelocateReport = { from: record.prefix, to, text: 0, binary: 0, symlinks: 0, binaryLeft: [] };
  if (!isBuildPrefix(record.prefix)) throw new UserError(`${PREFIX_FILES_NAME} names the build prefix ${JSON.stringify(record.prefix.slice(0, 200))}, which is not an absolute, normalised path`, { hint: CRAFTED_HINT });
  if (record.prefix === to) return report;
  const a = Buffer.from(record.prefix, 'utf8');
  const b = Buffer.from(to, 'utf8');
  const checked = (p: string) => {
    if (!isInside(to, resolve(to, p)) || resolve(to, p) === to) throw new UserError(`${PREFIX_FILES_NAME} names a path outside the env: ${p}`, { hint: CRAFTED_HINT });
    return p;
  };
  for (const p of record.text) {
    const f = regularFileInside(to, checked(p));
    if (!f) continue;
    rewriteFile(f, replaceAll(readFileSync(f), a, b), lstatSync(f).mode);
    report.text++;
  }
  for (const p of record.binary) {
    const f = regularFileInside(to, checked(p));
    if (!f) continue;
    const fixed = binaryReplace(readFileSync(f), a, b);
    if (!fixed) {
      report.binaryLeft.push(p);
      continue;
    }
    rewriteFile(f, fixed, lstatSync(f).mode);
    report.binary++;
  }
  for (const p of record.symlinks) {
    const f = symlinkInside(to, checked(p));
    if (!f) continue;
    const t = readlinkSync(f);
    // extraction already points absolute links into the env at the new place
    if (t === to || t.startsWith(`${to}/`)) report.symlinks++;
    if (t !== record.prefix && !t.startsWith(`${record.prefix}/`)) continue;
    const moved = to + t.slice(record.prefix.length);
    if (!linkStaysInside(to, moved)) throw new UserError(`${PREFIX_FILES_NAME}: the symlink ${p} -> ${t} would point outside the env once moved`, { hint: CRAFTED_HINT });
    rmSync(f);
    symlinkSync(moved, f);
    report.symlinks++;
  }
  if (report.binaryLeft.length) {
    log.warn(
      `${report.binaryLeft.length} binary file(s) still hold the build prefix ${record.prefix}, because ${to} is longer and cannot be padded in ` +
        `(e.g. ${report.binaryLeft.slice(0, 3).join(', ')}); restore to a path no longer than the build prefix, or restore without the packed env`,
    );
  }
  return report;
}

/** A recorded build prefix is usable only as an absolute, normalised path other than `/`. */
export function isBuildPrefix(prefix: string): boolean {
  return isAbsolute(prefix) && prefix.length > 1 && resolve(prefix) === prefix;
}

/**
 * Whether the absolute link target `moved` stays inside the env `to`: no `..` after the env part
 * (every link already in the env was checked at extraction to resolve inside), and, when it
 * resolves now, its real path is inside the env's.
 */
function linkStaysInside(to: string, moved: string): boolean {
  if (moved !== to && !moved.startsWith(`${to}/`)) return false;
  if (moved.slice(to.length).split('/').includes('..')) return false;
  let real: string;
  try {
    real = realpathSync(moved);
  } catch {
    return true;
  }
  return isInside(realpathSync(to), real);
}

function lstatOrUndefined(f: string): Stats | undefined {
  try {
    return lstatSync(f);
  } catch {
    return undefined;
  }
}

/** The build prefix named by an unpacked env's `.swrt-prefix-files` (a regular file, not too big), if any. */
function recordedPrefix(root: string): string | undefined {
  const f = regularFileInside(root, PREFIX_FILES_NAME);
  if (!f || lstatSync(f).size > RECORD_MAX) return undefined;
  try {
    const { prefix } = parsePrefixFiles(readFileSync(f, 'utf8'));
    return isBuildPrefix(prefix) ? prefix : undefined;
  } catch {
    return undefined;
  }
}

/** Absolute links into the build prefix (recorded by our packer) stand for paths inside the env. */
const condaPrefixLinks: AbsoluteLinkRule = (root) => {
  const prefix = recordedPrefix(root);
  return (_path, target) => (prefix && target.startsWith(`${prefix}/`) ? { inside: target.slice(prefix.length + 1) } : undefined);
};

/**
 * Unpacks a packed conda env into `target` and moves it there: ours carries `.swrt-prefix-files`
 * (rewritten for the new place, so it can move again); a conda-pack archive (swcli's) carries
 * bin/conda-unpack, which is run with the env's python.
 */
export async function unpackCondaEnv(archive: string, target: string, log: Log): Promise<RelocateReport | 'conda-unpack'> {
  const to = resolve(target);
  await extractArchive(archive, to, { force: true, absoluteLinks: condaPrefixLinks });
  const recordFile = join(to, PREFIX_FILES_NAME);
  if (lstatOrUndefined(recordFile)) {
    if (!regularFileInside(to, PREFIX_FILES_NAME) || lstatSync(recordFile).size > RECORD_MAX) throw new UserError(`${archive}: ${PREFIX_FILES_NAME} is not a regular file of at most ${RECORD_MAX} bytes`, { hint: CRAFTED_HINT });
    let record: PrefixRecord;
    try {
      record = parsePrefixFiles(readFileSync(recordFile, 'utf8'));
    } catch (e) {
      throw new UserError(`${archive}: ${errorMessage(e)}`, { hint: CRAFTED_HINT });
    }
    const report = relocateCondaPrefix(to, record, log);
    rewriteFile(recordFile, Buffer.from(renderPrefixFiles({ ...record, prefix: to }), 'utf8'), 0o644);
    log.info(`moved the env from ${report.from} to ${to}: ${report.text} text file(s), ${report.binary} binary file(s), ${report.symlinks} symlink(s)`);
    return report;
  }
  const unpack = regularFileInside(to, 'bin/conda-unpack');
  if (unpack) {
    await exec(join(to, 'bin', 'python'), [unpack], { log, cwd: to });
    return 'conda-unpack';
  }
  throw new UserError(`${archive} has neither ${PREFIX_FILES_NAME} nor bin/conda-unpack, so it cannot be moved to ${to}`, { hint: 'restore without the packed env (rebuild without --include-env)' });
}

export interface CondaRestoreOptions {
  log: Log;
  /** The conda tool; asked for only when the bundle has no packed env. */
  tool: () => Promise<CondaToolRef>;
  target?: string;
  /** Replace a non-empty `target` (without it, one is refused). */
  force?: boolean;
  runCommands?: boolean;
  /** Install starwhale into the env as swcli does (default true); without it the status stays `restoring`. */
  starwhale?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Machine arch, injectable for tests. */
  arch?: string;
  /** MAMBA_ROOT_PREFIX (micromamba) / <root>/pkgs as CONDA_PKGS_DIRS (conda). */
  rootPrefix?: string;
}

export interface RestoredCondaEnv {
  envDir: string;
  mode: 'conda';
  python: string;
  fromPackedEnv: boolean;
  relocated?: RelocateReport | 'conda-unpack';
}

/** The variables that make later steps use the env (what `conda activate` sets that matters). */
export function condaActivation(prefix: string, base: NodeJS.ProcessEnv = process.env): { env: Record<string, string>; path: string } {
  const a = condaActivatedEnv(prefix, base);
  return { env: { CONDA_PREFIX: a.CONDA_PREFIX!, CONDA_DEFAULT_ENV: a.CONDA_DEFAULT_ENV! }, path: join(prefix, 'bin') };
}

/** The restore order of swcli: with a lock, setup_requires → commands → lock files → files and wheels; else setup_requires + raw deps. */
export function condaRestoreOrder(m: RestoreFacts): RawDep[] {
  const deps = m.dependencies ?? {};
  const raw = deps.raw_deps ?? [];
  const lockFiles = m.environment?.lock?.files ?? [];
  if (!lockFiles.length) return [...(deps.setup_requires ?? []), ...raw];
  return [
    ...(deps.setup_requires ?? []),
    ...raw.filter((d) => d.kind === 'command'),
    ...lockFiles.flatMap((f): RawDep[] =>
      f.endsWith(CONDA_LOCK_NAME) ? [{ kind: 'conda_env_file', deps: f }] : f.endsWith('requirements-sw-lock.txt') ? [{ kind: 'pip_req_file', deps: f }] : [],
    ),
    ...raw.filter((d) => d.kind === 'native_file' || d.kind === 'wheel'),
  ];
}

/** Restores the conda env of the extracted bundle in `workdir`, whose manifest says `m`. */
export async function restoreCondaEnv(workdir: string, m: RestoreFacts, opts: CondaRestoreOptions): Promise<RestoredCondaEnv> {
  const mode = m.environment?.mode ?? 'venv';
  if (mode !== 'conda') throw new UserError(`restoreCondaEnv got a ${mode} runtime`);
  checkArch(m.environment?.arch, opts.arch ?? machineArch());
  const starwhaleReq = opts.starwhale === false ? undefined : starwhaleRequirement(m.environment?.lock?.starwhale_version);
  const envDir = resolve(opts.target ?? join(workdir, 'export', 'conda'));
  const python = m.environment?.python || m.environment?.lock?.shell?.python_version || '';
  const deps = m.dependencies ?? {};
  const log = opts.log;
  let relocated: RestoredCondaEnv['relocated'];
  checkWorkdirOutputs(workdir);
  if (opts.target !== undefined) checkTargetDir(envDir, opts.force, '--target');
  rmSync(envDir, { recursive: true, force: true });
  mkdirSync(envDir, { recursive: true });
  writeStatus(envDir, 'restoring');
  const base = opts.env ?? process.env;
  const pip = resolvePipOptions({ index_url: m.configs?.pip?.index_url ?? '', extra_index_url: m.configs?.pip?.extra_index_url ?? [], trusted_host: m.configs?.pip?.trusted_host ?? [] }, base);
  try {
    if (deps.local_packaged_env) {
      await log.group('Unpack the packed conda env', async () => {
        const packed = join(workdir, 'export', CONDA_ENV_TAR);
        if (!existsSync(packed)) throw new UserError(`bundle says it packs its env, but ${packed} is missing`);
        relocated = await unpackCondaEnv(packed, envDir, log);
        writeStatus(envDir, 'restoring');
      });
    } else await createPrefix(workdir, envDir, m, python, pip, opts);
    if (starwhaleReq === undefined) {
      log.info(`starwhale not installed: ${envDir} stays marked "restoring", so swcli restores it again (with starwhale) before it runs anything in it`);
    } else {
      await installStarwhaleWithPip(workdir, envDir, starwhaleReq, pip, base, log);
      writeStatus(envDir, 'success');
    }
  } catch (e) {
    markFailed(envDir);
    throw e;
  }
  writeFileInside(workdir, 'activate.host', `\n${activateHostScript(envDir, 'conda')}`, 0o755);
  writeFileInside(workdir, 'env.sw', envFile({ SW_ACTIVATED_RUNTIME_MODE_IN_SHELL: 'conda', SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL: envDir, SW_ACTIVATED_RUNTIME_URI_IN_SHELL: '' }));
  return { envDir, mode: 'conda', python, fromPackedEnv: Boolean(deps.local_packaged_env), relocated };
}

/** swcli's last step: starwhale by the env's own pip (`python -m pip install`), from the runtime's index. */
async function installStarwhaleWithPip(workdir: string, envDir: string, requirement: string, pip: PipOptions, base: NodeJS.ProcessEnv, log: Log): Promise<void> {
  const env = { ...base, ...pipEnvVars(pip) };
  await installStarwhale(envDir, requirement, (args) => {
    const argv = pipInstallArgv(envDir, args, pip);
    return exec(argv.cmd, argv.args, { log, cwd: workdir, env, stream: true, secrets: indexCredentials(pip) });
  }, log);
}

/** No packed env: the prefix made with python, then the lock (or the raw deps) installed in swcli's order. */
async function createPrefix(workdir: string, envDir: string, m: RestoreFacts, python: string, pip: PipOptions, opts: CondaRestoreOptions): Promise<void> {
  const { log } = opts;
  if (!python) throw new UserError('the manifest names no python version (environment.python)');
  const tool = await opts.tool();
  const condarc = join(workdir, 'configs', 'condarc');
  const env = condaEnv(tool, { condarcFile: existsSync(condarc) ? condarc : undefined, rootPrefix: opts.rootPrefix }, { ...(opts.env ?? process.env), ...pipEnvVars(pip) });
  const run = (a: Argv) => exec(a.cmd, a.args, { log, cwd: workdir, env, stream: true });
  const conda = { channels: m.configs?.conda?.channels ?? [], condarc: m.configs?.conda?.condarc ?? {} };
  await log.group(`Create conda env (python ${python}) with ${tool.flavor}`, async () => {
    rmSync(envDir, { recursive: true, force: true });
    await run(createArgv(tool, envDir, python, conda));
    writeStatus(envDir, 'restoring');
  });
  await log.group('Install dependencies', async () => {
    for (const dep of condaRestoreOrder(m)) await restoreDep(dep, { workdir, envDir, tool, channels: conda.channels, pip, env, run, opts });
  });
  const got = (await exec(pythonVersionArgv(envDir).cmd, pythonVersionArgv(envDir).args, { log, env })).stdout.trim();
  if (!(got === python || got.startsWith(`${python}.`))) throw new UserError(`the restored env has python ${got}, the runtime says ${python}`);
}

interface RestoreDepContext {
  workdir: string;
  envDir: string;
  tool: CondaToolRef;
  channels: string[];
  pip: PipOptions;
  env: NodeJS.ProcessEnv;
  run: (a: Argv) => Promise<unknown>;
  opts: CondaRestoreOptions;
}

/** One dependency from the bundle (its dependencies/, wheels/ and files/) into the prefix. */
async function restoreDep(dep: RawDep, c: RestoreDepContext): Promise<void> {
  const { workdir, envDir, tool, pip } = c;
  const inBundle = (dir: string, p: string) => resolve(workdir, dir, p.replace(/^\/+/, ''));
  switch (dep.kind) {
    case 'conda_env_file':
      await c.run(envFileArgv(tool, envDir, inBundle('dependencies', dep.deps)));
      break;
    case 'conda_pkg':
      if (dep.deps.length) await c.run(condaPkgArgv(tool, envDir, c.channels, dep.deps));
      break;
    case 'pip_req_file':
      await c.run(pipInstallArgv(envDir, [inBundle('dependencies', dep.deps)], pip, { files: true }));
      break;
    case 'pip_pkg':
      if (dep.deps.length) await c.run(pipInstallArgv(envDir, dep.deps, pip));
      break;
    case 'wheel':
      if (dep.deps.length) await c.run(pipInstallArgv(envDir, dep.deps.map((w) => inBundle('wheels', w)), pip, { files: true }));
      break;
    case 'native_file':
      for (const f of dep.deps) copyBundledFile(join(workdir, 'files'), f.src, envDir, f.dest);
      break;
    case 'command':
      if (c.opts.runCommands) for (const cmd of dep.deps) await exec('sh', ['-c', cmd], { log: c.opts.log, cwd: workdir, env: condaActivatedEnv(envDir, c.env), stream: true });
      break;
  }
}
