// Builds a conda-mode runtime's env at `prefix` in runtime.yaml order, as swcli does (docs/starwhale-compat.md: Lock files, Restore order): create the prefix with python; then each dependency in order: env files
// (`conda env update`), conda package lists (runtime channels, --override-channels), requirements
// files, pip lists and wheels through the env's own pip; `files` copied into the prefix; `commands`
// run (when allowed) with the env active. configs.conda.condarc is written to a file and passed as
// CONDARC; environment.cuda as CONDA_OVERRIDE_CUDA. Then the env is exported and frozen into
// conda-sw-lock.yaml, and its python checked against the spec.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { copyNativeFile, noticeSkippedCommands } from '../env/build.js';
import { indexCredentials, resolvePipOptions, type PipOptions } from '../plan/pip-options.js';
import type { LoadedSpec, RawDep } from '../spec/types.js';
import { expandPipEntries, secretVarValues } from '../spec/vars.js';
import { UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';
import {
  condaEnv,
  condaPkgArgv,
  createArgv,
  envFileArgv,
  exportArgv,
  exportListsPip,
  pipEnvVars,
  pipFreezeArgv,
  pipInstallArgv,
  prefixPython,
  pythonVersionArgv,
  type Argv,
  type CondaToolRef,
} from './commands.js';
import { renderCondaLock, type CondaLockOptions } from './lock.js';
import { pyyamlSafeDump, type YamlData } from '../util/pyyaml-dump.js';

export interface CondaBuildRequest {
  loaded: LoadedSpec;
  /** Where the env is made; emptied first. */
  prefix: string;
  /** The tool; with its version, an old micromamba's export (no pip item) gets the freeze added as one. */
  tool: CondaToolRef & { version?: string };
  runCommands: boolean;
  log: Log;
  env?: NodeJS.ProcessEnv;
  /** micromamba's MAMBA_ROOT_PREFIX (its pkgs/ is the package cache layer); for conda, <root>/pkgs is CONDA_PKGS_DIRS. Default: none set. */
  rootPrefix?: string;
  /** Where configs.conda.condarc is written when non-empty; default `<dirname(prefix)>/.swrt-condarc`. */
  condarcFile?: string;
  /** The python to pin: default the spec's `pythonRequest` when exact (X.Y.Z), else spec.python (X.Y, as swcli). */
  python?: string;
  lock?: CondaLockOptions;
}

export interface BuiltCondaEnv {
  prefix: string;
  pythonPath: string;
  /** Exact X.Y.Z the env has. */
  pythonVersion: string;
  /** conda-sw-lock.yaml's text. */
  lockText: string;
  /** The condarc file used (and to bundle as configs/condarc), when configs.conda.condarc is non-empty. */
  condarcFile?: string;
  /** Its text (swcli: safe_dump of the dict); '' when empty. */
  condarcText: string;
  pip: PipOptions;
  /** The variables every conda step ran with (CONDARC, CONDA_OVERRIDE_CUDA, MAMBA_ROOT_PREFIX…), without the base env. */
  condaVars: Record<string, string>;
}

/** configs/condarc as swcli writes it: yaml.safe_dump of the dict; '' when the dict is empty. */
export function renderCondarc(condarc: Readonly<Record<string, unknown>>): string {
  return Object.keys(condarc).length ? pyyamlSafeDump(condarc as Record<string, YamlData>) : '';
}

/** What `conda activate <prefix>` sets that matters to commands and later steps. */
export function condaActivatedEnv(prefix: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, CONDA_PREFIX: prefix, CONDA_DEFAULT_ENV: prefix, PATH: `${join(prefix, 'bin')}${delimiter}${base.PATH ?? ''}` };
  delete env.VIRTUAL_ENV;
  return env;
}

/** The python pin for create: an exact request wins, else major.minor as swcli truncates it. */
export function condaPythonPin(loaded: LoadedSpec): string {
  return /^\d+\.\d+\.\d+$/.test(loaded.pythonRequest) ? loaded.pythonRequest : loaded.spec.python;
}

export async function buildCondaEnv(req: CondaBuildRequest): Promise<BuiltCondaEnv> {
  const { loaded, tool, log } = req;
  const prefix = resolve(req.prefix);
  const spec = loaded.spec;
  const cwd = loaded.dir;
  const base = req.env ?? process.env;
  const pip = resolvePipOptions(spec.configs.pip, base);
  const secrets = indexCredentials(pip);
  for (const s of secrets) log.secret(s);

  const condarcText = renderCondarc(spec.configs.conda.condarc);
  const condarcFile = condarcText ? writeCondarc(resolve(req.condarcFile ?? join(dirname(prefix), '.swrt-condarc')), condarcText) : undefined;
  const env = condaEnv(tool, { condarcFile, cuda: spec.cuda || undefined, rootPrefix: req.rootPrefix }, { ...base, ...pipEnvVars(pip) });
  const condaVars: Record<string, string> = {};
  for (const k of ['CONDARC', 'CONDA_OVERRIDE_CUDA', 'MAMBA_ROOT_PREFIX', 'CONDA_PKGS_DIRS', 'MAMBA_NO_BANNER']) if (env[k] !== undefined && env[k] !== base[k]) condaVars[k] = env[k]!;
  const run = (a: Argv, opts: { stream?: boolean } = {}) => exec(a.cmd, a.args, { log, cwd, env, secrets, stream: opts.stream });

  rmSync(prefix, { recursive: true, force: true });
  mkdirSync(dirname(prefix), { recursive: true });
  const python = req.python ?? condaPythonPin(loaded);
  await log.group(`Create conda env (python ${python}) with ${tool.flavor}`, () => run(createArgv(tool, prefix, python, spec.configs.conda), { stream: true }));

  const skipped: string[] = [];
  const ctx: DepContext = { tool, prefix, cwd, channels: spec.configs.conda.channels, pip, base, env, secrets, log, runCommands: Boolean(req.runCommands), skipped, run };
  await log.group('Install dependencies', async () => {
    for (const dep of spec.dependencies) await installDep(dep, ctx);
  });
  noticeSkippedCommands(log, skipped);

  const lockText = await log.group('Lock (conda-sw-lock.yaml)', async () => {
    const exported = await run(exportArgv(tool, prefix));
    const frozen = await run(pipFreezeArgv(prefix));
    return renderCondaLock(exported.stdout, frozen.stdout, { addPipWhenMissing: !exportListsPip(tool), ...req.lock });
  });

  const pythonVersion = (await run(pythonVersionArgv(prefix))).stdout.trim();
  if (!(pythonVersion === spec.python || pythonVersion.startsWith(`${spec.python}.`))) {
    throw new UserError(`the conda env has python ${pythonVersion || '(none)'}, but runtime.yaml asks for ${spec.python}`, {
      hint: 'an env file or package list pinned another python; make them agree with environment.python',
    });
  }
  return { prefix, pythonPath: prefixPython(prefix), pythonVersion, lockText, condarcFile, condarcText, pip, condaVars };
}

function writeCondarc(file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

interface DepContext {
  tool: CondaBuildRequest['tool'];
  prefix: string;
  cwd: string;
  channels: string[];
  pip: PipOptions;
  /** The caller's environment (for ${VAR} in requirements) and the one the tool runs in. */
  base: NodeJS.ProcessEnv;
  env: NodeJS.ProcessEnv;
  secrets: string[];
  log: Log;
  runCommands: boolean;
  /** Commands not run (run-commands off), for one notice at the end. */
  skipped: string[];
  run: (a: Argv, opts?: { stream?: boolean }) => Promise<unknown>;
}

/** One runtime.yaml dependency into the prefix, the way swcli installs its kind. */
async function installDep(dep: RawDep, c: DepContext): Promise<void> {
  const { tool, prefix, cwd, pip, base } = c;
  const stream = { stream: true };
  switch (dep.kind) {
    case 'conda_env_file':
      await c.run(envFileArgv(tool, prefix, resolve(cwd, dep.deps)), stream);
      break;
    case 'conda_pkg':
      if (dep.deps.length) await c.run(condaPkgArgv(tool, prefix, c.channels, dep.deps), stream);
      break;
    case 'pip_req_file':
      await c.run(pipInstallArgv(prefix, [resolve(cwd, dep.deps)], pip, { files: true }), stream);
      break;
    case 'pip_pkg':
      for (const s of dep.deps.flatMap((d) => secretVarValues(d, base))) c.log.secret(s);
      if (dep.deps.length) await c.run(pipInstallArgv(prefix, expandPipEntries(dep.deps, base), pip), stream);
      break;
    case 'wheel':
      if (dep.deps.length) await c.run(pipInstallArgv(prefix, dep.deps.map((w) => resolve(cwd, w)), pip, { files: true }), stream);
      break;
    case 'native_file':
      for (const f of dep.deps) copyNativeFile(cwd, f.src, prefix, f.dest);
      break;
    case 'command':
      if (!c.runCommands) c.skipped.push(...dep.deps);
      else for (const cmd of dep.deps) await exec('sh', ['-c', cmd], { log: c.log, cwd, env: condaActivatedEnv(prefix, c.env), secrets: c.secrets, stream: true });
      break;
  }
}
