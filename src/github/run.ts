// The action's main flow: a list of single-purpose steps over the core pipeline (post: ./post.ts).
import { isFeatureAvailable } from '@actions/cache';
import * as core from '@actions/core';
import { delimiter, join } from 'node:path';
import { parseExtras } from '../image/extras.js';
import { buildImage } from '../image/build.js';
import { parseTarget } from '../image/reference.js';
import { build, type BuildResult } from '../pipeline/build.js';
import { SpecError } from '../spec/index.js';
import { condaActivation } from '../conda/restore.js';
import { cachePolicy } from '../plan/cache-keys.js';
import { errorMessage, isUserError, toUserError, UserError, UserErrors } from '../util/errors.js';
import { maskSecrets } from '../util/log.js';
import { annotate } from './annotate.js';
import { commandsAllowed, parseInputs, type ActionInputs } from './inputs.js';
import { ActionsLayerCache } from './layer-cache.js';
import { actionLog } from './log.js';
import { publish } from './publish.js';
import { restoreDownstream, type Restored } from './restore-downstream.js';
import { writeBuildSummary, writeRestoreSummary } from './summary.js';
import { exportToolchain } from './toolchain-env.js';

function setBuildOutputs(r: BuildResult): void {
  const out: Record<string, string> = {
    name: r.name,
    version: r.version,
    uri: r.uri,
    'bundle-path': r.bundle,
    'bundle-sha256': r.sha256,
    'env-path': r.envPath,
    'lock-file': r.lockFile,
    'cache-hit': String(r.cacheHit),
    'cache-key': r.cacheKey,
  };
  for (const [k, v] of Object.entries(out)) core.setOutput(k, v);
}

/** Later steps run inside the env, as `source bin/activate` (venv) or `conda activate` would arrange. */
function activate(envPath: string, mode: string): void {
  // GITHUB_PATH is one entry per line, and PATH splits on ':': either in the path would add other dirs.
  if (/[\r\n:]/.test(envPath) || envPath.includes(delimiter)) {
    throw new UserError(`cannot activate ${JSON.stringify(envPath)}: the path contains a newline or '${delimiter}'`, { hint: 'build or restore the runtime in a directory whose path has neither, or set activate: false' });
  }
  core.addPath(join(envPath, 'bin'));
  if (mode === 'conda') {
    const a = condaActivation(envPath);
    for (const [k, v] of Object.entries(a.env)) core.exportVariable(k, v);
  } else core.exportVariable('VIRTUAL_ENV', envPath);
}

function fail(raw: unknown): void {
  const e = toUserError(raw);
  const failed = (msg: string) => core.setFailed(maskSecrets(msg));
  if (e instanceof SpecError) {
    annotate(e.diagnostics, e.file);
    failed(e.message);
  } else if (e instanceof UserErrors) {
    for (const line of e.lines) core.error(maskSecrets(line.replace(/^error: /, '')));
    failed(e.message);
  } else if (isUserError(e)) {
    failed(e.where ? e.format() : e.describe());
  } else {
    if (process.env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack) core.debug(maskSecrets(e.stack));
    failed(`internal error: ${errorMessage(e)}`);
  }
}

/** The layer cache when caching is on for this event, with where the installer keeps its downloads. */
function actionCache(inputs: ActionInputs): { cache?: ActionsLayerCache; downloadsDir?: string; write: boolean } {
  const policy = cachePolicy(process.env.GITHUB_EVENT_NAME ?? '', process.env.GITHUB_REF ?? '', inputs.cache);
  if (!policy.enabled) {
    core.info(`caching off: ${policy.reason}`);
    return { write: false };
  }
  if (!isFeatureAvailable()) {
    // One line, not a warning per layer: runners without the service (GHES, act) are common.
    core.info('caching off: this runner has no cache service (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)');
    return { write: false };
  }
  const pip = inputs.installer === 'pip';
  const own = pip ? process.env.PIP_CACHE_DIR : process.env.UV_CACHE_DIR;
  const temp = process.env.RUNNER_TEMP || join(process.cwd(), '.swrt-tmp');
  // uv's or pip's download cache; for a conda runtime the root prefix whose pkgs/ is the package cache.
  if (!policy.write) core.info(policy.reason);
  return { cache: new ActionsLayerCache(actionLog), downloadsDir: own || join(temp, pip ? 'swrt-pip-cache' : 'swrt-downloads'), write: policy.write };
}

async function runRestore(inputs: ActionInputs): Promise<void> {
  const r: Restored = await restoreDownstream(inputs, actionLog);
  const out: Record<string, string> = { name: r.name, version: r.version, 'bundle-path': r.bundle, 'bundle-sha256': r.sha256, 'env-path': r.envPath, 'cache-hit': 'false', 'cache-key': '' };
  for (const [k, v] of Object.entries(out)) core.setOutput(k, v);
  exportToolchain({ python: r.python, cuda: r.toolchain.cuda });
  if (inputs.activate) activate(r.envPath, r.mode);
  await writeRestoreSummary(r, inputs.restoreFrom).catch((e: unknown) => core.warning(`could not write the job summary: ${errorMessage(e)}`));
}

/** The image input: the bundle just built, as an OCI image (docs/images.md). */
async function pushImage(bundle: string, inputs: ActionInputs): Promise<void> {
  const token = inputs.imageRegistryToken;
  const r = await buildImage({
    runtime: bundle,
    to: parseTarget(inputs.image),
    base: inputs.imageBase || undefined,
    arch: inputs.imageArch,
    tagPerLeg: inputs.imageTagPerLeg,
    extras: parseExtras(inputs.imageWith),
    credentials: token ? { username: inputs.imageRegistryUsername || process.env.GITHUB_ACTOR || 'swrt', password: token } : undefined,
    log: actionLog,
    env: process.env,
  });
  core.setOutput('image', r.image);
  core.setOutput('image-digest', r.digest);
}

export async function runMain(): Promise<void> {
  try {
    actionLog.secret(process.env.SW_TOKEN ?? '');
    const inputs = parseInputs((name) => core.getInput(name));
    for (const token of [inputs.serverToken, inputs.githubToken, inputs.imageRegistryToken]) actionLog.secret(token);
    if (inputs.restoreFrom) return await runRestore(inputs);
    const { cache, downloadsDir, write } = actionCache(inputs);
    const result = await build({
      yaml: join(inputs.workdir, inputs.runtimeYaml),
      python: inputs.pythonVersion,
      cuda: inputs.cudaVersion,
      cudnn: inputs.cudnnVersion,
      installer: inputs.installer,
      uvVersion: inputs.uvVersion,
      uvMirror: inputs.uvMirror || undefined,
      pythonMirror: inputs.pythonMirror,
      cudaMirror: inputs.cudaMirror,
      cudaComponents: inputs.cudaComponents,
      cudaLdLibraryPath: inputs.cudaLdLibraryPath,
      condaTool: inputs.condaTool,
      condaMirror: inputs.condaMirror,
      cache,
      cacheSuffix: inputs.cacheSuffix,
      downloadsDir,
      lock: inputs.lock,
      includeEnv: inputs.includeEnv,
      runCommands: commandsAllowed(inputs),
      tags: inputs.tags,
      starwhaleVersion: inputs.starwhaleVersion,
      overrideSource: 'input',
      strict: inputs.strict,
      onSpec: (loaded) => annotate(loaded.diagnostics, loaded.file),
      log: actionLog,
    });
    setBuildOutputs(result);
    exportToolchain({ python: result.python, cuda: result.cuda });
    if (inputs.activate) activate(result.envPath, result.mode);
    await cache?.saveAfterBuild(result.layers, inputs.cacheWrite && write, result.uvPath);
    const published = await publish(result, inputs, actionLog);
    if (inputs.image) await pushImage(result.bundle, inputs);
    await writeBuildSummary(result, cache?.outcomes ?? [], published).catch((e: unknown) => core.warning(`could not write the job summary: ${errorMessage(e)}`));
  } catch (e) {
    fail(e);
  }
}
