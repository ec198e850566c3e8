// The action's main flow: read the inputs, run one pipeline (build, or restore-from), hand the
// results to later steps, then cache, publish and summarise (the post step: ./post.ts).
import { join } from 'node:path';
import { commandsAllowed, type ActionInputs } from '../github/inputs.js';
import { actionCache } from '../github/cache-choice.js';
import { actionLog } from '../github/log.js';
import { publish } from '../github/publish.js';
import { fetchRestoreBundle } from '../github/restore-from.js';
import { handOff, readActionInputs, reportFailure } from '../github/runner.js';
import { annotate } from '../github/annotate.js';
import { writeBuildSummary, writeRestoreSummary } from '../github/summary.js';
import { buildImage } from '../image/build.js';
import { parseTarget } from '../image/reference.js';
import { build } from '../pipeline/build.js';
import { restore } from '../pipeline/restore.js';
import { errorMessage } from '../util/errors.js';
import { fileSha256 } from '../util/hash.js';
import { activatedEnv, builtOutputs, imageOutputs, publishedOutputs, restoredOutputs, toolchainOutputs } from './outputs.js';

const summaryFailed = (e: unknown) => actionLog.warn(`could not write the job summary: ${errorMessage(e)}`);

async function runRestore(inputs: ActionInputs): Promise<void> {
  const file = await fetchRestoreBundle(inputs, actionLog);
  const r = await restore({
    ref: file,
    installer: inputs.installer,
    condaTool: inputs.condaTool,
    condaMirror: inputs.condaMirror,
    // A bundle from elsewhere is not the workflow author's runtime.yaml: its commands run only when
    // asked for by name, as swcli's restore does.
    runCommands: process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1',
    starwhale: inputs.installStarwhale,
    cuda: { cuda: inputs.cudaVersion, cudnn: inputs.cudnnVersion, components: inputs.cudaComponents, ldLibraryPath: inputs.cudaLdLibraryPath, mirror: inputs.cudaMirror, pythonMirror: inputs.pythonMirror },
    log: actionLog,
  });
  const bundle = { path: file, sha256: await fileSha256(file) };
  handOff(restoredOutputs(r, bundle));
  handOff(toolchainOutputs({ python: r.interpreter, cuda: r.toolchain.cuda }));
  if (inputs.activate) handOff(activatedEnv(r.envDir, r.mode));
  await writeRestoreSummary(r, bundle, inputs.restoreFrom).catch(summaryFailed);
}

/** The image input: the bundle just built, as an OCI image (docs/images.md). */
async function pushImage(bundle: string, inputs: ActionInputs): Promise<void> {
  const token = inputs.imageRegistryToken;
  const r = await buildImage({
    runtime: bundle,
    to: parseTarget(inputs.image),
    base: inputs.imageBase || undefined,
    credentials: token ? { username: inputs.imageRegistryUsername || process.env.GITHUB_ACTOR || 'swrt', password: token } : undefined,
    log: actionLog,
    env: process.env,
  });
  handOff(imageOutputs(r));
}

async function runBuild(inputs: ActionInputs): Promise<void> {
  const { cache, downloadsDir, write } = actionCache(inputs, actionLog);
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
  handOff(builtOutputs(result));
  handOff(toolchainOutputs({ python: result.python, cuda: result.cuda }));
  if (inputs.activate) handOff(activatedEnv(result.envPath, result.mode));
  await cache?.saveAfterBuild(result.layers, inputs.cacheWrite && write, result.uvPath);
  const published = await publish(result, inputs, actionLog, (p) => handOff(publishedOutputs(p)));
  if (inputs.image) await pushImage(result.bundle, inputs);
  await writeBuildSummary(result, cache?.outcomes ?? [], published).catch(summaryFailed);
}

export async function runMain(): Promise<void> {
  try {
    actionLog.secret(process.env.SW_TOKEN ?? '');
    const inputs = readActionInputs();
    for (const token of [inputs.serverToken, inputs.githubToken, inputs.imageRegistryToken]) actionLog.secret(token);
    if (inputs.restoreFrom) await runRestore(inputs);
    else await runBuild(inputs);
  } catch (e) {
    reportFailure(e);
  }
}
