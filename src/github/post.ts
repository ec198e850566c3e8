// The action's post step: save the downloads cache layer the main step handed over (uv's cache,
// pruned first). Apart from run.ts so that dist/post.js bundles the cache code only, not the build.
import * as core from '@actions/core';
import { errorMessage, isUserError, toUserError } from '../util/errors.js';
import { maskSecrets } from '../util/log.js';
import { saveDownloadsLayer } from './layer-cache.js';
import { actionLog } from './log.js';

export async function runPost(): Promise<void> {
  try {
    await saveDownloadsLayer(actionLog);
  } catch (raw) {
    const e = toUserError(raw);
    core.setFailed(maskSecrets(isUserError(e) ? e.describe() : `internal error: ${errorMessage(e)}`));
  }
}
