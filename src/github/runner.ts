// What the action leaves for later steps and for the job, through the runner's file commands:
// outputs (GITHUB_OUTPUT), variables (GITHUB_ENV), PATH entries (GITHUB_PATH), and a failure,
// reported once (runtime.yaml errors as annotations on the file, secrets masked).
import * as core from '@actions/core';
import { SpecError } from '../spec/index.js';
import { errorMessage, isUserError, toUserError, UserErrors } from '../util/errors.js';
import { maskSecrets } from '../util/log.js';
import { annotate } from './annotate.js';
import { parseInputs, type ActionInputs } from './inputs.js';

export interface HandOff {
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  path?: string[];
}

export function handOff(h: HandOff): void {
  for (const [k, v] of Object.entries(h.env ?? {})) core.exportVariable(k, v);
  for (const p of h.path ?? []) core.addPath(p);
  for (const [k, v] of Object.entries(h.outputs ?? {})) core.setOutput(k, v);
}

export function readActionInputs(): ActionInputs {
  return parseInputs((name) => core.getInput(name));
}

export function reportFailure(raw: unknown): void {
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
