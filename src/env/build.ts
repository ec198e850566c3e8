// Builds a runtime's venv in runtime.yaml order: requirements files, pip lists and wheels are
// installed, `files` copied into the env root, `commands` run (when allowed) with the env active.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, delimiter, dirname, join, posix, resolve } from 'node:path';
import { copyNodes, scanOrThrow } from '../spec/tree.js';
import type { LoadedSpec } from '../spec/types.js';
import { expandPipEntries, expandVars, secretVarValues } from '../spec/vars.js';
import { UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';
import { seedBundledPip } from './seed-pip.js';
import { envPython, type Installer } from './installer.js';
import { indexCredentials, resolvePipOptions, type PipOptions } from '../plan/pip-options.js';

export interface BuildEnvRequest {
  loaded: LoadedSpec;
  /** The interpreter the env is made from. */
  python: string;
  envDir: string;
  installer: Installer;
  /** The installer's version when the caller knows it already (saves a subprocess). */
  installerVersion?: string;
  runCommands: boolean;
  log: Log;
  env?: NodeJS.ProcessEnv;
}

export interface BuiltEnv {
  envDir: string;
  pythonPath: string;
  installer: string;
  installerVersion: string;
  pip: PipOptions;
}

/** Environment for commands and subprocesses "inside" the env, as `source bin/activate` would set. */
export function activatedEnv(envDir: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...base, VIRTUAL_ENV: envDir, PATH: `${join(envDir, 'bin')}${delimiter}${base.PATH ?? ''}` };
}

/**
 * Copies a `files` entry (`src` relative to `srcDir`) into `root/<dest>`, refusing a dest that
 * escapes `root`. Nothing is followed out of `srcDir`: links inside are copied as links (refused
 * when they would lead out of `root` at dest), links out and special files are refused.
 */
export function copyNativeFile(srcDir: string, src: string, root: string, dest: string): void {
  const target = resolve(root, dest.replace(/^\/+/, ''));
  if (!target.startsWith(`${resolve(root)}/`)) {
    throw new UserError(`files dest "${dest}" escapes ${root}`, { hint: 'make dest a path inside the environment, e.g. bin/tool.sh' });
  }
  const nodes = scanOrThrow(srcDir, src, 'files src', { dirs: true });
  mkdirSync(dirname(target), { recursive: true });
  const shown = posix.normalize(src.replace(/\\/g, '/')).replace(/\/+$/, '');
  copyNodes(nodes, target, root, (sub) => `files src "${sub ? `${shown}/${sub}` : shown}"`);
}

export async function runCommands(commands: readonly string[], cwd: string, envDir: string, log: Log, base?: NodeJS.ProcessEnv): Promise<void> {
  for (const c of commands) await exec('sh', ['-c', c], { log, cwd, env: activatedEnv(envDir, base), stream: true });
}

/**
 * Runs `fn` with a requirements file whose `${VAR}`s are expanded, as pip would (uv does not expand
 * them in version specifiers): a private copy beside the file, so its relative references still
 * resolve, removed afterwards; the file itself when nothing expands.
 */
export async function withExpandedRequirements<T>(file: string, env: NodeJS.ProcessEnv, log: Log, fn: (path: string) => Promise<T>): Promise<T> {
  const text = readFileSync(file, 'utf8');
  const expanded = expandVars(text, env).text;
  if (expanded === text) return fn(file);
  for (const s of secretVarValues(text, env)) log.secret(s);
  const copy = join(dirname(file), `.swrt-expanded-${basename(file)}`);
  writeFileSync(copy, expanded, { mode: 0o600 });
  try {
    return await fn(copy);
  } finally {
    rmSync(copy, { force: true });
  }
}

/** One notice listing every `commands:` entry a build left out because run-commands is off. */
export function noticeSkippedCommands(log: Log, commands: readonly string[]): void {
  if (!commands.length) return;
  const msg = `${commands.length} command${commands.length === 1 ? '' : 's'} from runtime.yaml not run (run-commands is off; enable with run-commands: true, --run-commands or SW_RUNTIME_FORCE_RUN_COMMAND=1):\n${commands.map((c) => `  ${c}`).join('\n')}`;
  if (log.notice) log.notice(msg);
  else log.info(msg);
}

export async function buildEnv(req: BuildEnvRequest): Promise<BuiltEnv> {
  const { loaded, installer, log, envDir } = req;
  const pip = resolvePipOptions(loaded.spec.configs.pip, req.env);
  for (const secret of indexCredentials(pip)) log.secret(secret);
  rmSync(envDir, { recursive: true, force: true });
  mkdirSync(dirname(envDir), { recursive: true });
  await log.group(`Create ${installer.name} venv`, () => installer.createEnv(req.python, envDir));
  const cwd = loaded.dir;
  const vars = req.env ?? process.env;
  const skipped: string[] = [];
  await log.group('Install dependencies', async () => {
    for (const dep of loaded.spec.dependencies) {
      switch (dep.kind) {
        case 'pip_req_file':
          await withExpandedRequirements(resolve(cwd, dep.deps), vars, log, (file) => installer.install(envDir, ['-r', file], pip, cwd));
          break;
        case 'pip_pkg':
          for (const s of dep.deps.flatMap((d) => secretVarValues(d, vars))) log.secret(s);
          if (dep.deps.length) await installer.install(envDir, expandPipEntries(dep.deps, vars), pip, cwd);
          break;
        case 'wheel':
          if (dep.deps.length) await installer.install(envDir, dep.deps.map((w) => resolve(cwd, w)), pip, cwd);
          break;
        case 'native_file':
          for (const f of dep.deps) copyNativeFile(cwd, f.src, envDir, f.dest);
          break;
        case 'command':
          if (req.runCommands) await runCommands(dep.deps, cwd, envDir, log, req.env);
          else skipped.push(...dep.deps);
          break;
        case 'conda_env_file':
        case 'conda_pkg':
          log.warn(`${dep.kind} ignored in venv mode`);
          break;
      }
    }
  });
  noticeSkippedCommands(log, skipped);
  if (!existsSync(envPython(envDir))) throw new Error(`venv at ${envDir} has no bin/python`);
  return { envDir, pythonPath: envPython(envDir), installer: installer.name, installerVersion: req.installerVersion ?? (await installer.version()), pip };
}

/**
 * Makes sure a venv that is to be packed has pip, as Starwhale's restore runs `bin/pip install` in
 * it (a uv env has none). pip comes from the runtime's index like every other package, and a pip the
 * runtime already installed is kept; when the index has no pip, the interpreter's own (ensurepip) is
 * used, with a warning. The lock never lists pip, so its text does not change. True when it seeded.
 */
export async function ensurePip(envDir: string, installer: Installer, pip: PipOptions, cwd: string, log: Log): Promise<boolean> {
  if (existsSync(join(envDir, 'bin', 'pip'))) return false;
  await log.group('Seed pip into the env', async () => {
    try {
      await installer.install(envDir, ['pip'], pip, cwd);
    } catch (e) {
      log.warn(`pip is not installable from the runtime's index (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); seeding the interpreter's bundled pip instead`);
      await seedBundledPip(envDir, log);
    }
  });
  if (!existsSync(join(envDir, 'bin', 'pip'))) throw new Error(`pip was installed into ${envDir} but it has no bin/pip`);
  return true;
}
