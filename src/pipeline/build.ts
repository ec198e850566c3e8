// The build, as a list of single-purpose stages: spec -> python -> installer -> env -> lock ->
// version -> bundle -> store. Both front doors (action, CLI) call this with plain values; the
// env stages are the backend's (venv or conda) the runtime's mode names.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildManifest, LOCK_DIR, manifestStarwhaleVersion, swcliTime } from '../bundle/manifest.js';
import { writeBundle, type WrittenBundle } from '../bundle/swrt.js';
import type { LayerRecord } from '../cache/layers.js';
import { planBuild } from '../plan/build-plan.js';
import { contentVersion, randomVersion } from '../plan/version.js';
import { requirementIncludes } from '../spec/digests.js';
import { loadSpec } from '../spec/index.js';
import type { LoadedSpec } from '../spec/types.js';
import { checkRequirementVars } from '../spec/vars.js';
import { LocalStore, checkUserTags } from '../store/store.js';
import type { CudaToolkit } from '../toolchain/cuda.js';
import type { ResolvedPython } from '../toolchain/python.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { tmpName } from '../util/tmp.js';
import { envBackend } from './backends/index.js';
import type { BuildOptions } from './options.js';
import { timed, type PreparedEnv } from './prepared-env.js';

export { ENV_KEY_FILE } from './env-reuse.js';
export type { BuildOptions } from './options.js';
export { hostFacts, ignoreStarwhaleDir, timed, type PreparedEnv } from './prepared-env.js';

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

/** spec -> python -> installer -> env -> lock: everything `swrt lock` needs and `build` starts with. */
export async function prepareEnv(opts: BuildOptions): Promise<PreparedEnv> {
  const timings: Record<string, number> = {};
  const loaded = await loadForBuild(opts, timings);
  const buildPlan = planBuild(loaded, opts);
  return envBackend(buildPlan.mode).prepare(opts, loaded, buildPlan, timings);
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
    packages: envBackend(mode).packageCount(lockText),
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
  return contentVersion({ spec: p.spec, inputs: p.inputs, lock: opts.lock ? p.lockText : '', extra: p.plan.versionExtra });
}

/** The packed env (when asked for), the manifest and the .swrt, written into `at.tmpDir`. */
async function packBundle(opts: BuildOptions, p: PreparedEnv, at: { version: string; epoch: number; tmpDir: string }): Promise<WrittenBundle> {
  const { spec, mode, lockText, envDir, loaded } = p;
  const backend = envBackend(mode);
  const lockName = backend.lockName;
  let packedEnv: { name: string; path: string } | undefined;
  if (opts.includeEnv) {
    const name = `${mode}_env.tar.gz`;
    const path = join(at.tmpDir, `${at.version}.${name}`);
    await backend.pack(envDir, path, at.epoch);
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
      locked: backend.lockedStarwhaleVersion(lockText),
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
