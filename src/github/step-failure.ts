// A step's failure, reported once with secrets masked: a user's error as its one line and hint, any
// other as an internal error. Small on purpose: the post step bundles it without the build.
import * as core from '@actions/core';
import { errorMessage, isUserError, toUserError } from '../util/errors.js';
import { maskSecrets } from '../util/log.js';

export function failStep(raw: unknown): void {
  const e = toUserError(raw);
  core.setFailed(maskSecrets(isUserError(e) ? e.describe() : `internal error: ${errorMessage(e)}`));
}
