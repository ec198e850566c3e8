// The build, as a list of single-purpose stages: spec -> python -> installer -> env -> lock ->
// version -> bundle -> store. Both front doors (action, CLI) call this with plain values.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, LOCK_DIR, manifestStarwhaleVersion, swcliTime } from '../bundle/manifest.js';
import { writeBundle, type WrittenBundle } from '../bundle/swrt.js';
import { buildEnv, ensurePip } from '../env/build.js';
import { envPython, PipInstaller, UvInstaller, type Installer } from '../env/installer.js';
import { lockedStarwhaleVersion, lockPackageCount, renderVenvLock, VENV_LOCK_NAME } from '../env/lock.js';
import { writeAtomic } from '../util/atomic-write.js';
import { freezeEnv } from '../env/freeze.js';
import { packEnv } from '../env/pack.js';
import { guardCredentials, resolvePipOptions, stripCredentials } from '../plan/pip-options.js';
import { layerRecorder, type LayerRecord } from '../cache/layers.js';
import { downloadsCacheKey, envCacheKey, toolchainCacheKey } from '../plan/cache-keys.js';
import { digestInputs, requirementIncludes, requirementTexts } from '../spec/digests.js';
import { contentVersion, randomVersion } from '../plan/version.js';
import { loadSpec } from '../spec/index.js';
import { checkRequirementVars, requirementVarDigests } from '../spec/vars.js';
import type { LoadedSpec } from '../spec/types.js';
import { LocalStore, checkUserTags } from '../store/store.js';
import type { CudaToolkit } from '../toolchain/cuda.js';
import { planToolchain, provisionToolchain, toolchainContext, type ToolchainRequest } from '../toolchain/provision.js';
import { describeSource, resolvePython, type ResolvedPython } from '../toolchain/python.js';
import { ensureUv, UvUnavailable, type UvTool } from '../toolchain/uv.js';
import { CONDA_LOCK_NAME, condaLockedStarwhaleVersion, condaLockSummary } from '../conda/lock.js';
import { packCondaEnv } from '../conda/pack.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { tmpName } from '../util/tmp.js';
import { prepareCondaEnv } from './conda.js';
import { defaultToolDir } from '../toolchain/context.js';
import { envKeyMatches, markBuilt, reuseEnv } from './env-reuse.js';
import type { BuildOptions } from './options.js';
import { planBuild, type BuildPlan } from '../plan/build-plan.js';
import type { HostFacts } from '../plan/cache-keys.js';
import { hostFacts, ignoreStarwhaleDir, timed, withToolkit, type PreparedEnv } from './prepared-env.js';

export { ENV_KEY_FILE } from './env-reuse.js';
export type { BuildOptions } from './options.js';
export { hostFacts, ignoreStarwhaleDir, timed, type PreparedEnv } from './prepared-env.js';

const condaPackageCount = (lockText: string) => {
  const s = condaLockSummary(lockText);
  return s.conda.length + s.pip.length;
};

export interface BuildResult {
  name: string;
  version: string;
  mode: 'venv' | 'conda';
  uri: string;
  bundle: string;
  sha256: string;
  size: number;
  python: ResolvedPython;
  cuda?: CudaToolkit;
  envPath: string;
  lockFile: string;
  installer: string;
  installerVersion: string;
  packages: number;
  cacheKey: string;
  cacheHit: boolean;
  /** Every cache layer the build met, for the caller to save. */
  layers: LayerRecord[];
  /** The uv binary used, when the installer was uv (its cache is pruned before a save). */
  uvPath?: string;
  /** Seconds per stage. */
  timings: Record<string, number>;
}

/** SOURCE_DATE_EPOCH, else the last commit time of the workdir, else now (seconds). */
export async function buildEpoch(dir: string, log: Log, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const sde = env.SOURCE_DATE_EPOCH;
  if (sde && /^\d+$/.test(sde)) return Number(sde);
  const git = await exec('git', ['log', '-1', '--format=%ct'], { log: quietLog(log), cwd: dir, allowFailure: true }).catch(() => undefined);
  const t = git?.code === 0 ? Number(git.stdout.trim()) : NaN;
  return Number.isFinite(t) && t > 0 ? t : Math.floor(Date.now() / 1000);
}

async function chooseInstaller(
  opts: BuildOptions,
  loaded: LoadedSpec,
  python: ResolvedPython,
  baseEnv: NodeJS.ProcessEnv,
): Promise<{ installer: Installer; installerVersion: string; uvPath?: string }> {
  if (opts.installer === 'pip') {
    const installer = new PipInstaller(opts.log, python.path, opts.downloadsDir, baseEnv);
    return { installer, installerVersion: await installer.version() };
  }
  let uv: UvTool;
  try {
    uv = await ensureUv(opts.uvVersion ?? '', {
      log: opts.log,
      python: python.path,
      toolDir: opts.toolDir ?? defaultToolDir(opts.env),
      pip: resolvePipOptions(loaded.spec.configs.pip, opts.env),
      mirror: opts.uvMirror,
      env: opts.env,
    });
  } catch (e) {
    // auto never fails for want of uv: pip builds the same env, and the one line says how to get uv back.
    if (opts.installer !== 'auto' || !(e instanceof UvUnavailable)) throw e;
    opts.log.warn(`installer auto: building with pip, since ${e.message}; to build with uv, ${e.hint ?? 'set uv-mirror'}`);
    const installer = new PipInstaller(opts.log, python.path, opts.downloadsDir, baseEnv);
    return { installer, installerVersion: await installer.version() };
  }
  opts.log.info(`uv ${uv.version} (${uv.source})`);
  return { installer: new UvInstaller(opts.log, uv.path, opts.downloadsDir ?? opts.env?.UV_CACHE_DIR, baseEnv), installerVersion: uv.version, uvPath: uv.path };
}

/** One line saying which interpreter the build uses and why: the input or flag, runtime.yaml, or the default rule. */
export function pythonReason(opts: Pick<BuildOptions, 'python' | 'pythonPath' | 'overrideSource'>, loaded: Pick<LoadedSpec, 'pythonRequest' | 'spec'>, python: ResolvedPython): string {
  const asked = opts.python?.trim()
    ? `${opts.overrideSource === 'input' ? 'the python-version input' : 'the --python flag'} asks for ${opts.python.trim()}`
    : loaded.pythonRequest
      ? `runtime.yaml sets python ${loaded.pythonRequest}`
      : 'runtime.yaml sets no python';
  return `${asked}; using ${describeSource(python)}: ${python.path} (${python.version})`;
}

/** spec -> python -> installer -> env -> lock: everything `swrt lock` needs and `build` starts with. */
export async function prepareEnv(opts: BuildOptions): Promise<PreparedEnv> {
  const timings: Record<string, number> = {};
  const loaded = await loadForBuild(opts, timings);
  const buildPlan = planBuild(loaded, opts);
  if (buildPlan.mode === 'conda') return prepareCondaEnv(opts, loaded, buildPlan, timings);
  return prepareVenv(opts, loaded, buildPlan, timings);
}

/** The spec stage: runtime.yaml read and checked, its warnings handed on, the tags and ${VAR}s checked. */
async function loadForBuild(opts: BuildOptions, timings: Record<string, number>): Promise<LoadedSpec> {
  checkUserTags(opts.tags);
  const loaded = await timed(timings, 'spec', () =>
    loadSpec(opts.yaml, { overrides: { python: opts.python, cuda: opts.cuda, cudnn: opts.cudnn }, overrideSource: opts.overrideSource ?? 'flag', strict: opts.strict }),
  );
  if (opts.onSpec) opts.onSpec(loaded);
  else for (const w of loaded.warnings) opts.log.warn(w);
  checkRequirementVars(loaded, opts.env ?? process.env);
  return loaded;
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
  const toolLayer = plan && (await restore('toolchain', { ...toolchainCacheKey({ host, python: { version: plan.python, source: 'plan' }, cuda: plan.cuda, root: tc.toolCacheDir ?? defaultToolDir(env), suffix: opts.cacheSuffix }), paths: plan.paths }));
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
  const { python, cuda } = await venvToolchain(opts, loaded, buildPlan, host, restore, timings);
  const spec = { ...loaded.spec, python: loaded.spec.python || python.version.split('.').slice(0, 2).join('.') };
  const buildEnvVars = withToolkit(env, cuda);

  const { installer, uvPath, installerVersion } = await timed(timings, 'installer', () => chooseInstaller(opts, loaded, python, buildEnvVars));
  const { envDir, outputDir: swDir } = buildPlan;
  if (buildPlan.defaultEnvDir) ignoreStarwhaleDir(swDir);
  const pip = resolvePipOptions(spec.configs.pip, env);
  const requirementFiles = requirementTexts({ ...loaded, spec });
  guardCredentials(spec, pip, log, requirementFiles);
  const inputs = digestInputs(loaded);
  const indexUrls = [pip.indexUrl, ...pip.extraIndexUrls].map(stripCredentials);
  const cacheKey = envCacheKey({
    spec,
    inputs,
    requirementTexts: requirementFiles.map((f) => f.text),
    installer: installer.name,
    installerVersion,
    indexUrls,
    python: { version: python.version, path: python.path },
    cuda: cuda ? { label: cuda.label, components: cuda.components } : undefined,
    envPath: envDir,
    runCommands: opts.runCommands,
    host,
    suffix: opts.cacheSuffix,
    requirementVars: requirementVarDigests(loaded, env),
  });
  if (cacheKey.note) log.info(cacheKey.note);
  // A second build of an unchanged runtime reuses the env it built last time (same key, same place).
  const interpreter = { version: python.version, path: python.path };
  const isCurrent = () => envKeyMatches(envDir, cacheKey.key, interpreter) && existsSync(envPython(envDir));
  const reused = await reuseEnv({ dir: envDir, key: cacheKey.key, isCurrent, restore, log, python: interpreter });
  if (!reused) {
    if (opts.downloadsDir) {
      const dl = downloadsCacheKey({ host, python, installer: installer.name, installerVersion, inputs, indexUrls, suffix: opts.cacheSuffix });
      (await restore('downloads', { ...dl, paths: [opts.downloadsDir] })).filled = true;
    }
    await timed(timings, 'install', () => buildEnv({ loaded: { ...loaded, spec }, python: python.path, envDir, installer, installerVersion, runCommands: opts.runCommands, log, env: buildEnvVars }));
  }
  // Starwhale's restore of a packed env installs starwhale into it with bin/pip. The build record
  // is written after the seeding, so a seeded env is still reused as it stands.
  const seeded = opts.includeEnv && (await ensurePip(envDir, installer, pip, loaded.dir, log));
  if (!reused || seeded) markBuilt(envDir, cacheKey.key, interpreter);

  const lockText = await timed(timings, 'lock', async () => renderVenvLock(freezeEnv(envDir)));
  const lockFile = join(swDir, 'lock', VENV_LOCK_NAME);
  if (opts.lock) writeAtomic(lockFile, lockText);
  return { mode: 'venv', loaded, spec, python, cuda, envDir, installer: installer.name, installerVersion, uvPath, lockText, lockFile, timings, cacheKey: cacheKey.key, cacheHit: reused, layers, inputs };
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const { log } = opts;
  const prepared = await prepareEnv(opts);
  const { spec, mode, lockText, timings } = prepared;
  const epoch = await buildEpoch(prepared.loaded.dir, log, opts.env ?? process.env);
  const version = bundleVersion(opts, prepared);
  const store = new LocalStore(opts.storeRoot, opts.project);
  // A scratch dir of this build's own: two builds of one runtime have the same version and must
  // not share the packed env or the bundle they write before store.add moves it into place.
  const tmpDir = tmpName(join(store.tmpDir(), version.slice(0, 12)));
  mkdirSync(tmpDir);
  let written: WrittenBundle;
  let bundle: string;
  try {
    written = await timed(timings, 'pack', () => log.group('Pack bundle', () => packBundle(opts, prepared, { version, epoch, tmpDir })));
    bundle = store.add(written.path, spec.name, version, opts.tags);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  log.info(`built ${spec.name}/version/${version.slice(0, 12)} (${(written.size / 1048576).toFixed(1)} MiB) -> ${bundle}`);
  return {
    name: spec.name,
    version,
    mode,
    uri: store.uri(spec.name, version),
    bundle,
    sha256: written.sha256,
    size: written.size,
    python: prepared.python,
    cuda: prepared.cuda,
    envPath: prepared.envDir,
    lockFile: opts.lock ? prepared.lockFile : '',
    installer: prepared.installer,
    installerVersion: prepared.installerVersion,
    packages: mode === 'conda' ? condaPackageCount(lockText) : lockPackageCount(lockText),
    cacheKey: prepared.cacheKey,
    cacheHit: prepared.cacheHit,
    layers: prepared.layers,
    uvPath: prepared.uvPath,
    timings,
  };
}

/** The content-addressed version (or swcli's random one): the spec, the input digests, the lock, and what else goes in. */
function bundleVersion(opts: BuildOptions, p: PreparedEnv): string {
  if (opts.randomVersion) return randomVersion();
  const extra = { includeEnv: opts.includeEnv, env: opts.includeEnv ? p.envDir : '', ...(opts.starwhaleVersion ? { starwhaleVersion: opts.starwhaleVersion } : {}) };
  return contentVersion({ spec: p.spec, inputs: p.inputs, lock: opts.lock ? p.lockText : '', extra });
}

/** The packed env (when asked for), the manifest and the .swrt, written into `at.tmpDir`. */
async function packBundle(opts: BuildOptions, p: PreparedEnv, at: { version: string; epoch: number; tmpDir: string }): Promise<WrittenBundle> {
  const { spec, mode, lockText, envDir, loaded } = p;
  const lockName = mode === 'conda' ? CONDA_LOCK_NAME : VENV_LOCK_NAME;
  let packedEnv: { name: string; path: string } | undefined;
  if (opts.includeEnv) {
    const name = `${mode}_env.tar.gz`;
    const path = join(at.tmpDir, `${at.version}.${name}`);
    if (mode === 'conda') await packCondaEnv(envDir, path, at.epoch);
    else await packEnv(envDir, path, at.epoch);
    packedEnv = { name, path };
  }
  const manifest = buildManifest({
    spec,
    version: at.version,
    createdAt: swcliTime(new Date(at.epoch * 1000)),
    lockFiles: opts.lock ? [`${LOCK_DIR}/${lockName}`] : [],
    includedFiles: spec.dependencies.flatMap((d) => (d.kind === 'pip_req_file' ? requirementIncludes(loaded, d.deps) : [])),
    lock: opts.lock ? lockText : '',
    pythonVersion: p.python.version,
    localPackagedEnv: opts.includeEnv,
    starwhaleVersion: manifestStarwhaleVersion({
      override: opts.starwhaleVersion,
      spec: spec.starwhale_version,
      locked: mode === 'conda' ? condaLockedStarwhaleVersion(lockText) : lockedStarwhaleVersion(lockText),
    }),
    env: opts.env ?? process.env,
  });
  // An env-packed bundle records where the env was built so restore can move its paths.
  if (opts.includeEnv) (manifest.environment as { lock: Record<string, unknown> }).lock.env_prefix_path = envDir;
  try {
    return await writeBundle({ loaded: { ...loaded, spec }, manifest, lock: opts.lock ? { name: lockName, text: lockText } : undefined, packedEnv, mtime: at.epoch }, join(at.tmpDir, `${at.version}.swrt`));
  } finally {
    if (packedEnv) rmSync(packedEnv.path, { force: true });
  }
}
