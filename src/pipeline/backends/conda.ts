// The conda backend: the conda tool (pinned micromamba, or one on the runner), the CUDA toolkit
// when asked, the env and conda package cache layers, the env built in runtime.yaml order and
// locked as conda-sw-lock.yaml; packed as conda_env.tar.gz, restored with the tool, activated as
// `conda activate` would. Python comes from conda, not the toolchain.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { layerRecorder } from '../../cache/layers.js';
import { buildCondaEnv } from '../../conda/build.js';
import { condaKeyFacts } from '../../conda/cache.js';
import { prefixPython, pythonVersionArgv } from '../../conda/commands.js';
import { CONDA_LOCK_NAME, condaLockedStarwhaleVersion, condaLockSummary } from '../../conda/lock.js';
import { packCondaEnv } from '../../conda/pack.js';
import { condaActivation, restoreCondaEnv } from '../../conda/restore.js';
import { resolveCondaTool } from '../../conda/micromamba.js';
import { writeAtomic } from '../../util/atomic-write.js';
import { guardCredentials, resolvePipOptions } from '../../plan/pip-options.js';
import { condaPkgsCacheKey } from '../../plan/cache-keys.js';
import { planEnv } from '../../plan/env-plan.js';
import type { LoadedSpec } from '../../spec/types.js';
import { provisionToolchain } from '../../toolchain/provision.js';
import { exec } from '../../util/exec.js';
import { quietLog } from '../../util/log.js';
import { defaultToolDir } from '../../toolchain/context.js';
import { envKeyMatches, markBuilt, reuseEnv } from '../env-reuse.js';
import type { BuildOptions } from '../options.js';
import type { Manifest } from '../../bundle/manifest.js';
import type { BuildPlan } from '../../plan/build-plan.js';
import type { HostFacts } from '../../plan/cache-keys.js';
import type { InputDigest } from '../../spec/digests.js';
import type { CudaToolkit } from '../../toolchain/cuda.js';
import { hostFacts, ignoreStarwhaleDir, readInputFacts, timed, withToolkit, type PreparedEnv } from '../prepared-env.js';
import { sharedRestoreOptions, type EnvBackend, type EnvRestoreRequest } from './types.js';

/** Kept in the prefix next to the key: the lock of the env as built, for a reuse without re-export. */
const ENV_LOCK_FILE = '.swrt-conda-lock.yaml';

async function prepareCondaEnv(opts: BuildOptions, loaded: LoadedSpec, plan: BuildPlan, timings: Record<string, number>): Promise<PreparedEnv> {
  const { log } = opts;
  const env = opts.env ?? process.env;
  const spec = loaded.spec;
  const { layers, restore } = layerRecorder(opts.cache);
  const host = hostFacts();

  const toolchain = plan.toolchain.cuda
    ? await timed(timings, 'toolchain', () => provisionToolchain(plan.toolchain, { log, env, cudaMirror: opts.cudaMirror, toolCacheDir: opts.toolDir }))
    : {};
  const tool = await timed(timings, 'installer', () =>
    log.group('Conda tool', () => resolveCondaTool(opts.condaTool ?? 'auto', { log, env, toolCacheDir: opts.toolDir ?? defaultToolDir(env), mirror: opts.condaMirror })),
  );
  log.info(`${tool.flavor} ${tool.version} (${tool.source}) at ${tool.path}`);
  const { envDir: prefix, outputDir: swDir } = plan;
  if (plan.defaultEnvDir) ignoreStarwhaleDir(swDir);

  const facts = condaKeyFacts(tool, spec);
  const { key: cacheKey, inputs } = condaEnvKey(opts, loaded, plan, { facts, tool, cuda: toolchain.cuda, host });
  const lockCopy = join(prefix, ENV_LOCK_FILE);
  const isCurrent = () => envKeyMatches(prefix, cacheKey) && existsSync(prefixPython(prefix)) && existsSync(lockCopy);
  let lockText: string;
  let pythonVersion: string;
  const reused = await reuseEnv({ dir: prefix, key: cacheKey, isCurrent, restore, log });
  if (reused) {
    lockText = readFileSync(lockCopy, 'utf8');
    const py = pythonVersionArgv(prefix);
    pythonVersion = (await exec(py.cmd, py.args, { log: quietLog(log) })).stdout.trim();
  } else {
    if (opts.downloadsDir) {
      const pkgs = condaPkgsCacheKey({ host, python: { version: spec.python }, inputs, channels: facts.channelUrls, tool: facts.installerVersion, suffix: plan.cacheSuffix });
      (await restore('conda-pkgs', { ...pkgs, paths: [join(opts.downloadsDir, 'pkgs')] })).filled = true;
    }
    const built = await timed(timings, 'install', () =>
      buildCondaEnv({ loaded, prefix, tool, runCommands: plan.runCommands, log, env: withToolkit(env, toolchain.cuda), rootPrefix: opts.downloadsDir }),
    );
    ({ lockText, pythonVersion } = built);
    writeFileSync(lockCopy, lockText);
    markBuilt(prefix, cacheKey);
  }
  const lockFile = join(swDir, 'lock', CONDA_LOCK_NAME);
  if (opts.lock) writeAtomic(lockFile, lockText);
  return {
    mode: 'conda',
    loaded,
    spec,
    python: { version: pythonVersion, path: prefixPython(prefix), root: prefix, source: 'conda' },
    cuda: toolchain.cuda,
    envDir: prefix,
    installer: tool.flavor,
    installerVersion: tool.version,
    lockText,
    lockFile,
    timings,
    cacheKey,
    cacheHit: reused,
    layers,
    inputs,
    plan,
  };
}

/** The env cache key of a conda prefix: the spec, its inputs, the tool, the channels and index, CUDA, the place and the host. */
function condaEnvKey(opts: BuildOptions, loaded: LoadedSpec, plan: BuildPlan, k: { facts: ReturnType<typeof condaKeyFacts>; tool: { path: string }; cuda?: CudaToolkit; host: HostFacts }): { key: string; inputs: readonly InputDigest[] } {
  const { spec } = loaded;
  const env = opts.env ?? process.env;
  const pip = resolvePipOptions(spec.configs.pip, env);
  const files = readInputFacts(loaded, env);
  guardCredentials(spec, pip, opts.log, files.requirementFiles);
  const { envKey } = planEnv(plan, spec, pip, files, {
    python: { version: spec.python, path: k.tool.path },
    cuda: k.cuda && { label: k.cuda.label, components: k.cuda.components },
    installer: k.facts.installer,
    installerVersion: k.facts.installerVersion,
    host: k.host,
    moreIndexUrls: k.facts.channelUrls,
    extra: k.facts.extra,
  });
  if (envKey.note) opts.log.info(envKey.note);
  return { key: envKey.key, inputs: files.inputs };
}

function restoreConda(workdir: string, manifest: Manifest, req: EnvRestoreRequest) {
  const { log } = req;
  return restoreCondaEnv(workdir, manifest, {
    ...sharedRestoreOptions(req),
    tool: () => resolveCondaTool(req.condaTool ?? 'auto', { log, env: req.env, toolCacheDir: defaultToolDir(req.env), mirror: req.condaMirror }),
  });
}

export const condaBackend: EnvBackend = {
  mode: 'conda',
  lockName: CONDA_LOCK_NAME,
  prepare: prepareCondaEnv,
  packageCount: (lockText) => {
    const s = condaLockSummary(lockText);
    return s.conda.length + s.pip.length;
  },
  lockedStarwhaleVersion: condaLockedStarwhaleVersion,
  pack: async (envDir, path, epoch) => void (await packCondaEnv(envDir, path, epoch)),
  restore: restoreConda,
  activate: (envPath) => condaActivation(envPath),
};
