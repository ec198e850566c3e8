// The action's main and post flows: a list of single-purpose steps over the core pipeline.
import * as core from '@actions/core';
import { join } from 'node:path';
import { loadSpec, SpecError } from '../spec/index.js';
import { errorMessage, isUserError, UserErrors } from '../util/errors.js';
import { annotate } from './annotate.js';
import { parseInputs } from './inputs.js';
import { actionLog } from './log.js';

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
    const loaded = await loadSpec(join(inputs.workdir, inputs.runtimeYaml), {
      overrides: { python: inputs.pythonVersion, cuda: inputs.cudaVersion, cudnn: inputs.cudnnVersion },
      overrideSource: 'input',
    });
    annotate(loaded.diagnostics, loaded.file);
    actionLog.info(`${loaded.spec.name}: ${loaded.spec.mode}, python ${loaded.spec.python || '(default)'}`);
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
