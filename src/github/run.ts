// The action's main and post flows: a list of single-purpose steps over the core pipeline.
import * as core from '@actions/core';
import { join } from 'node:path';
import { build, type BuildResult } from '../pipeline/build.js';
import { SpecError } from '../spec/index.js';
import { errorMessage, isUserError, UserErrors } from '../util/errors.js';
import { annotate } from './annotate.js';
import { parseInputs } from './inputs.js';
import { actionLog } from './log.js';
import { writeBuildSummary } from './summary.js';

function setBuildOutputs(r: BuildResult): void {
  const out: Record<string, string> = {
    name: r.name,
    version: r.version,
    uri: r.uri,
    'bundle-path': r.bundle,
    'bundle-sha256': r.sha256,
    'python-version': r.python.version,
    'python-path': r.python.path,
    'env-path': r.envPath,
    'lock-file': r.lockFile,
    'cache-hit': String(r.cacheHit),
    'cache-key': r.cacheKey,
  };
  for (const [k, v] of Object.entries(out)) core.setOutput(k, v);
}

/** Later steps run inside the env, as `source bin/activate` would arrange. */
function activate(envPath: string): void {
  core.addPath(join(envPath, 'bin'));
  core.exportVariable('VIRTUAL_ENV', envPath);
}

function fail(e: unknown): void {
  if (e instanceof SpecError) {
    annotate(e.diagnostics, e.file);
    core.setFailed(e.message);
  } else if (e instanceof UserErrors) {
    for (const line of e.lines) core.error(line.replace(/^error: /, ''));
    core.setFailed(e.message);
  } else if (isUserError(e)) {
    core.setFailed(e.format());
  } else {
    if (process.env.RUNNER_DEBUG === '1' && e instanceof Error && e.stack) core.debug(e.stack);
    core.setFailed(`internal error: ${errorMessage(e)}`);
  }
}

export async function runMain(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const result = await build({
      yaml: join(inputs.workdir, inputs.runtimeYaml),
      python: inputs.pythonVersion,
      cuda: inputs.cudaVersion,
      cudnn: inputs.cudnnVersion,
      installer: inputs.installer,
      uvVersion: inputs.uvVersion,
      lock: inputs.lock,
      includeEnv: inputs.includeEnv,
      runCommands: inputs.runCommands,
      tags: inputs.tags,
      overrideSource: 'input',
      onSpec: (loaded) => annotate(loaded.diagnostics, loaded.file),
      log: actionLog,
    });
    setBuildOutputs(result);
    if (inputs.activate) activate(result.envPath);
    await writeBuildSummary(result).catch((e: unknown) => core.warning(`could not write the job summary: ${errorMessage(e)}`));
  } catch (e) {
    fail(e);
  }
}

export async function runPost(): Promise<void> {
  try {
    // Post-job work (cache saves) lands with the cache issue.
  } catch (e) {
    fail(e);
  }
}
