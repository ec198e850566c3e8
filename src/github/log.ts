// Adapts the core's Log to the runner: annotations, groups, masking. Secrets go both to the runner
// (core.setSecret, which masks what other steps print) and to the process-wide registry, which masks
// every line this action prints before it leaves the process.
import * as core from '@actions/core';
import { maskSecrets, registerSecret, type Log, type SourcePos } from '../util/log.js';

function annotation(where?: SourcePos): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.line, startColumn: where.col };
}

export const actionLog: Log = {
  debug: (msg) => core.debug(maskSecrets(msg)),
  info: (msg) => core.info(maskSecrets(msg)),
  warn: (msg, where) => core.warning(maskSecrets(msg), annotation(where)),
  error: (msg, where) => core.error(maskSecrets(msg), annotation(where)),
  notice: (msg) => core.notice(maskSecrets(msg)),
  group: (title, fn) => core.group(maskSecrets(title), fn),
  secret: (value) => {
    // Once per value: exec registers its secrets on every call.
    if (registerSecret(value)) core.setSecret(value);
  },
};
