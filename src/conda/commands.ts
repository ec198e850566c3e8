// The exact argv of every conda-mode step, as swcli 0.6.15 runs them (docs/starwhale-compat.md: Lock files, Restore order),
// for the two command syntaxes we drive: conda (conda itself, or a mamba 1.x front end) and
// micromamba (also mamba 2.x). Pure: nothing here runs anything or touches the disk.
//
// Where micromamba needs something conda does not, the difference is named next to it:
//  - create: micromamba has no default channels, so the runtime's channels are passed (unless the
//    runtime's condarc lists its own `channels`, which then decide, as they do for conda);
//  - env files: micromamba has no reliable `env update` before 2.0 (mamba#1455, #3388), so an env
//    file is applied with `micromamba install --file F`, which reads the same YAML, pip section included.
import { join } from 'node:path';
import { pipArgs, type PipOptions } from '../plan/pip-options.js';

export type CondaFlavor = 'micromamba' | 'conda';

/** The tool that runs the commands: its executable and which syntax it speaks. */
export interface CondaToolRef {
  path: string;
  flavor: CondaFlavor;
}

/**
 * Whether `env export` lists pip-installed packages: conda does; micromamba only from 2.0.4
 * (mamba#2008, #3623). An unknown version is taken to be a recent one.
 */
export function exportListsPip(tool: CondaToolRef & { version?: string }): boolean {
  if (tool.flavor === 'conda' || !tool.version) return true;
  const [a = 0, b = 0, c = 0] = tool.version.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  return a > 2 || (a === 2 && (b > 0 || c >= 4));
}

export interface Argv {
  cmd: string;
  args: string[];
}

/** swcli's default channel when configs.conda.channels is empty (DEFAULT_CONDA_CHANNEL). */
export const DEFAULT_CONDA_CHANNEL = 'conda-forge';

export const prefixPython = (prefix: string) => join(prefix, 'bin', 'python');

/** `python=X.Y` as swcli pins it (trunc to major.minor), or `python=X.Y.Z` when an exact patch is asked for. */
export function pythonSpec(version: string): string {
  const parts = version.trim().split('.').filter(Boolean);
  if (parts.length < 2) throw new Error(`python version "${version}" is not X.Y or X.Y.Z`);
  return `python=${parts.slice(0, 3).join('.')}`;
}

function channelArgs(channels: readonly string[]): string[] {
  const list = channels.filter(Boolean);
  return (list.length ? list : [DEFAULT_CONDA_CHANNEL]).flatMap((c) => ['--channel', c]);
}

/** Whether the runtime's condarc chooses the channels itself (then create passes none). */
export function condarcHasChannels(condarc: Readonly<Record<string, unknown>>): boolean {
  const c = condarc.channels;
  return Array.isArray(c) ? c.length > 0 : typeof c === 'string' && c !== '';
}

/**
 * conda: `conda create --yes --quiet --prefix P python=X.Y` (swcli's conda_setup, verbatim).
 * micromamba: the same plus `--channel c…` from configs.conda.channels unless condarc sets channels.
 */
export function createArgv(tool: CondaToolRef, prefix: string, python: string, conda: { channels: readonly string[]; condarc: Readonly<Record<string, unknown>> }): Argv {
  const args = ['create', '--yes', '--quiet', '--prefix', prefix];
  if (tool.flavor === 'micromamba' && !condarcHasChannels(conda.condarc)) args.push(...channelArgs(conda.channels));
  args.push(pythonSpec(python));
  return { cmd: tool.path, args };
}

/**
 * conda: `conda env update --quiet --file F --prefix P` (swcli's conda_env_update).
 * micromamba: `micromamba install --yes --quiet --prefix P --file F`.
 */
export function envFileArgv(tool: CondaToolRef, prefix: string, file: string): Argv {
  if (tool.flavor === 'conda') return { cmd: tool.path, args: ['env', 'update', '--quiet', '--file', file, '--prefix', prefix] };
  return { cmd: tool.path, args: ['install', '--yes', '--quiet', '--prefix', prefix, '--file', file] };
}

/** `<tool> install --prefix P --channel c1 … --yes --override-channels pkg…` (swcli's conda_install_req, same for both). */
export function condaPkgArgv(tool: CondaToolRef, prefix: string, channels: readonly string[], pkgs: readonly string[]): Argv {
  return { cmd: tool.path, args: ['install', '--prefix', prefix, ...channelArgs(channels), '--yes', '--override-channels', ...pkgs] };
}

/**
 * pip inside the env, through the env's own interpreter: swcli runs
 * `conda run --live-stream --prefix P python3 -m pip install --exists-action w …`; calling
 * `<P>/bin/python -m pip` is the same interpreter without the conda-run wrapper. Files that are not
 * wheels get `-r`, as swcli does. Index options are passed one URL per flag (swcli space-joins them
 * into one argument, which pip reads as a single URL).
 */
export function pipInstallArgv(prefix: string, items: readonly string[], pip: PipOptions, opts: { files?: boolean } = {}): Argv {
  const reqs = opts.files ? items.flatMap((f) => (f.endsWith('.whl') ? [f] : ['-r', f])) : [...items];
  return {
    cmd: prefixPython(prefix),
    args: ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--exists-action', 'w', ...pipArgs(pip), ...reqs],
  };
}

/** conda: `conda env export --prefix P` (swcli adds `--file F`; we read stdout). micromamba: `micromamba env export --prefix P`. */
export function exportArgv(tool: CondaToolRef, prefix: string): Argv {
  return { cmd: tool.path, args: ['env', 'export', '--prefix', prefix] };
}

/** swcli: `conda run --prefix P pip freeze --exclude-editable`; the env's own python runs the same pip. */
export function pipFreezeArgv(prefix: string, opts: { includeEditable?: boolean } = {}): Argv {
  return { cmd: prefixPython(prefix), args: ['-m', 'pip', 'freeze', '--disable-pip-version-check', ...(opts.includeEditable ? [] : ['--exclude-editable'])] };
}

export function pythonVersionArgv(prefix: string): Argv {
  return { cmd: prefixPython(prefix), args: ['-c', 'import platform; print(platform.python_version())'] };
}

export interface CondaEnvVars {
  /** Written condarc file (configs.conda.condarc non-empty): exported as CONDARC. */
  condarcFile?: string;
  /** environment.cuda; set as CONDA_OVERRIDE_CUDA so solves needing __cuda work on GPU-less runners. */
  cuda?: string;
  /** Root prefix: micromamba's MAMBA_ROOT_PREFIX (its pkgs/ is the package cache); for conda, CONDA_PKGS_DIRS=<root>/pkgs. */
  rootPrefix?: string;
}

/** The variables every conda-mode subprocess gets, on top of `base`. */
export function condaEnv(tool: CondaToolRef, vars: CondaEnvVars, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (vars.condarcFile) env.CONDARC = vars.condarcFile; // micromamba reads $CONDARC too
  if (vars.cuda) env.CONDA_OVERRIDE_CUDA = vars.cuda;
  if (vars.rootPrefix) {
    if (tool.flavor === 'micromamba') env.MAMBA_ROOT_PREFIX = vars.rootPrefix;
    else env.CONDA_PKGS_DIRS = join(vars.rootPrefix, 'pkgs');
  }
  if (tool.flavor === 'micromamba') env.MAMBA_NO_BANNER = '1';
  return env;
}

/**
 * PIP_* variables for the pip that conda itself runs for an env file's `pip:` section, so it uses
 * the runtime's index settings too (swcli leaves that pip on its defaults).
 */
export function pipEnvVars(pip: PipOptions): Record<string, string> {
  const out: Record<string, string> = {};
  if (pip.indexUrl) out.PIP_INDEX_URL = pip.indexUrl;
  if (pip.extraIndexUrls.length) out.PIP_EXTRA_INDEX_URL = pip.extraIndexUrls.join(' ');
  if (pip.trustedHosts.length) out.PIP_TRUSTED_HOST = pip.trustedHosts.join(' ');
  return out;
}
