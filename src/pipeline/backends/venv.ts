// The venv backend: the interpreter from the toolchain, uv or pip, the env built (or reused) at the
// plan's env dir and locked from its dist-info; packed as venv_env.tar.gz, restored by relocating a
// packed env or installing the lock, activated as `source bin/activate` would.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../bundle/manifest.js';
import { layerRecorder } from '../../cache/layers.js';
import { buildEnv, ensurePip } from '../../env/build.js';
import { envPython, PipInstaller, UvInstaller, type Installer } from '../../env/installer.js';
import { freezeEnv } from '../../env/freeze.js';
import { lockedStarwhaleVersion, lockPackageCount, renderVenvLock, VENV_LOCK_NAME } from '../../env/lock.js';
import { packEnv } from '../../env/pack.js';
import { restoreEnv } from '../../env/restore.js';
import type { BuildPlan } from '../../plan/build-plan.js';
import { toolchainCacheKey, type HostFacts } from '../../plan/cache-keys.js';
import { planEnv } from '../../plan/env-plan.js';
import { guardCredentials, resolvePipOptions } from '../../plan/pip-options.js';
import type { LoadedSpec } from '../../spec/types.js';
import { defaultToolDir } from '../../toolchain/context.js';
import type { CudaToolkit } from '../../toolchain/cuda.js';
import { planToolchain, provisionToolchain, toolchainContext, type ToolchainRequest } from '../../toolchain/provision.js';
import { describeSource, resolvePython, type ResolvedPython } from '../../toolchain/python.js';
import { ensureUv, findUv, installUv, UvUnavailable, type UvLookup, type UvTool } from '../../toolchain/uv.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { envKeyMatches, markBuilt, reuseEnv } from '../env-reuse.js';
import type { BuildOptions } from '../options.js';
import { hostFacts, ignoreStarwhaleDir, readInputFacts, timed, withToolkit, type PreparedEnv } from '../prepared-env.js';
import { sharedRestoreOptions, type EnvBackend, type EnvRestoreRequest } from './types.js';

/** pip when asked for, or (auto) when uv cannot be had; else uv, as found beforehand or installed now. */
async function chooseInstaller(
  opts: BuildOptions,
  loaded: LoadedSpec,
  python: ResolvedPython,
  found: UvTool | undefined,
  baseEnv: NodeJS.ProcessEnv,
): Promise<{ installer: Installer; installerVersion: string; uvPath?: string }> {
  const pip = async () => {
    const installer = new PipInstaller(opts.log, python.path, opts.downloadsDir, baseEnv);
    return { installer, installerVersion: await installer.version() };
  };
  if (opts.installer === 'pip') return pip();
  let uv: UvTool;
  try {
    uv = found ?? (await installUv(opts.uvVersion ?? '', { ...uvLookup(opts), python: python.path, pip: resolvePipOptions(loaded.spec.configs.pip, opts.env), mirror: opts.uvMirror }));
  } catch (e) {
    // auto never fails for want of uv: pip builds the same env, and the one line says how to get uv back.
    if (opts.installer !== 'auto' || !(e instanceof UvUnavailable)) throw e;
    opts.log.warn(`installer auto: building with pip, since ${e.message}; to build with uv, ${e.hint ?? 'set uv-mirror'}`);
    return pip();
  }
  opts.log.info(`uv ${uv.version} (${uv.source})`);
  return { installer: new UvInstaller(opts.log, uv.path, opts.downloadsDir ?? opts.env?.UV_CACHE_DIR, baseEnv), installerVersion: uv.version, uvPath: uv.path };
}

const uvLookup = (opts: BuildOptions): UvLookup => ({ log: opts.log, toolDir: opts.toolDir ?? defaultToolDir(opts.env), env: opts.env });

/** One line saying which interpreter the build uses and why: the input or flag, runtime.yaml, or the default rule. */
function pythonReason(opts: Pick<BuildOptions, 'python' | 'pythonPath' | 'overrideSource'>, loaded: Pick<LoadedSpec, 'pythonRequest' | 'spec'>, python: ResolvedPython): string {
  const asked = opts.python?.trim()
    ? `${opts.overrideSource === 'input' ? 'the python-version input' : 'the --python flag'} asks for ${opts.python.trim()}`
    : loaded.pythonRequest
      ? `runtime.yaml sets python ${loaded.pythonRequest}`
      : 'runtime.yaml sets no python';
  return `${asked}; using ${describeSource(python)}: ${python.path} (${python.version})`;
}

type RestoreLayer = ReturnType<typeof layerRecorder>['restore'];

/** The interpreter and CUDA toolkit: the toolchain cache layer first (it refills the tool cache), then lookup / download. */
async function venvToolchain(opts: BuildOptions, loaded: LoadedSpec, buildPlan: BuildPlan, host: HostFacts, restore: RestoreLayer, timings: Record<string, number>): Promise<{ python: ResolvedPython; cuda?: CudaToolkit }> {
  const { log } = opts;
  const env = opts.env ?? process.env;
  const request: ToolchainRequest = buildPlan.toolchain;
  const tcOpts = { log, env, pythonMirror: opts.pythonMirror, cudaMirror: opts.cudaMirror, toolCacheDir: opts.toolDir };
  const tc = toolchainContext(tcOpts);
  const plan = planToolchain(request, tc);
  const toolLayer = plan && (await restore('toolchain', { ...toolchainCacheKey({ host, python: { version: plan.python, source: 'plan' }, cuda: plan.cuda, root: tc.toolCacheDir ?? defaultToolDir(env), suffix: buildPlan.cacheSuffix }), paths: plan.paths }));
  const toolchain = await timed(timings, 'toolchain', () => provisionToolchain(request, tcOpts));
  const found = toolchain.python ?? (await log.group('Python', () => resolvePython({ version: '', cwd: loaded.dir }, tc)));
  if (toolLayer) toolLayer.filled = found.source === 'download' || toolchain.cuda?.source === 'download';
  const python: ResolvedPython = { ...found, reason: pythonReason(opts, loaded, found) };
  log.info(python.reason!);
  return { python, cuda: toolchain.cuda };
}

async function prepareVenv(opts: BuildOptions, loaded: LoadedSpec, buildPlan: BuildPlan, timings: Record<string, number>): Promise<PreparedEnv> {
  const { log } = opts;
  const env = opts.env ?? process.env;
  const { layers, restore } = layerRecorder(opts.cache);
  const host = hostFacts();
  // uv is looked for (PATH, the tool cache and its digest) while the interpreter is found; installing
  // uv runs pip in that interpreter, so it waits for the installer stage.
  const toolchain = venvToolchain(opts, loaded, buildPlan, host, restore, timings);
  const uvFound = opts.installer === 'pip' ? undefined : findUv(opts.uvVersion ?? '', uvLookup(opts));
  // Both settle before either failure is reported, the interpreter's first: no work is left running behind an error.
  const [found, located] = await Promise.allSettled([toolchain, uvFound]);
  if (found.status === 'rejected') throw found.reason;
  if (located.status === 'rejected') throw located.reason;
  const { python, cuda } = found.value;
  const spec = { ...loaded.spec, python: loaded.spec.python || python.version.split('.').slice(0, 2).join('.') };
  const buildEnvVars = withToolkit(env, cuda);

  const { installer, uvPath, installerVersion } = await timed(timings, 'installer', () => chooseInstaller(opts, loaded, python, located.value, buildEnvVars));
  const { envDir, outputDir: swDir } = buildPlan;
  if (buildPlan.defaultEnvDir) ignoreStarwhaleDir(swDir);
  const pip = resolvePipOptions(spec.configs.pip, env);
  const files = readInputFacts(loaded, env);
  guardCredentials(spec, pip, log, files.requirementFiles);
  const interpreter = { version: python.version, path: python.path };
  const envPlan = planEnv(buildPlan, spec, pip, files, { python: interpreter, cuda: cuda && { label: cuda.label, components: cuda.components }, installer: installer.name, installerVersion, host });
  const cacheKey = envPlan.envKey;
  if (cacheKey.note) log.info(cacheKey.note);
  // A second build of an unchanged runtime reuses the env it built last time (same key, same place).
  const isCurrent = () => envKeyMatches(envDir, cacheKey.key, interpreter) && existsSync(envPython(envDir));
  const reused = await reuseEnv({ dir: envDir, key: cacheKey.key, isCurrent, restore, log, python: interpreter });
  if (!reused) {
    if (opts.downloadsDir) (await restore('downloads', { ...envPlan.downloadsKey, paths: [opts.downloadsDir] })).filled = true;
    await timed(timings, 'install', () => buildEnv({ loaded: { ...loaded, spec }, python: python.path, envDir, installer, installerVersion, runCommands: buildPlan.runCommands, log, env: buildEnvVars }));
  }
  // Starwhale's restore of a packed env installs starwhale into it with bin/pip. The build record
  // is written after the seeding, so a seeded env is still reused as it stands.
  const seeded = opts.includeEnv && (await ensurePip(envDir, installer, pip, loaded.dir, log));
  if (!reused || seeded) markBuilt(envDir, cacheKey.key, interpreter);

  const lockText = await timed(timings, 'lock', async () => renderVenvLock(freezeEnv(envDir)));
  const lockFile = join(swDir, 'lock', VENV_LOCK_NAME);
  if (opts.lock) writeAtomic(lockFile, lockText);
  return { mode: 'venv', loaded, spec, python, cuda, envDir, installer: installer.name, installerVersion, uvPath, lockText, lockFile, timings, cacheKey: cacheKey.key, cacheHit: reused, layers, inputs: files.inputs, plan: buildPlan };
}
/** A packed env needs an interpreter of its exact version; a lock needs the bundle's python and an installer. */
function restoreVenv(workdir: string, manifest: Manifest, req: EnvRestoreRequest) {
  const { log } = req;
  const tc = () => toolchainContext({ log, env: req.env });
  return restoreEnv(workdir, manifest, {
    ...sharedRestoreOptions(req),
    pythonFor: async (exactVersion) => (await resolvePython({ version: exactVersion }, tc())).path,
    installerFor: async (pythonVersion) => {
      // The bundle's python, found here or downloaded (a downstream job may not have it).
      const py = await resolvePython({ version: pythonVersion }, tc());
      if (req.installer === 'pip') return { installer: new PipInstaller(log, py.path), python: py.path };
      const uv = await ensureUv('', { log, python: py.path, toolDir: defaultToolDir(req.env), pip: resolvePipOptions({ index_url: '', extra_index_url: [], trusted_host: [] }, req.env), env: req.env });
      return { installer: new UvInstaller(log, uv.path), python: py.path };
    },
  });
}

export const venvBackend: EnvBackend = {
  mode: 'venv',
  lockName: VENV_LOCK_NAME,
  prepare: prepareVenv,
  packageCount: lockPackageCount,
  lockedStarwhaleVersion,
  pack: packEnv,
  restore: restoreVenv,
  activate: (envPath) => ({ path: join(envPath, 'bin'), env: { VIRTUAL_ENV: envPath } }),
};
