// Adapts the core's Log to the runner: annotations, groups, masking.
import * as core from '@actions/core';
import type { Log, SourcePos } from '../util/log.js';

function annotation(where?: SourcePos): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.line, startColumn: where.col };
}

export const actionLog: Log = {
  debug: (msg) => core.debug(msg),
  info: (msg) => core.info(msg),
  warn: (msg, where) => core.warning(msg, annotation(where)),
  error: (msg, where) => core.error(msg, annotation(where)),
  group: (title, fn) => core.group(title, fn),
  secret: (value) => {
    if (value) core.setSecret(value);
  },
};
