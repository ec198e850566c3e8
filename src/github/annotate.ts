// runtime.yaml diagnostics as workflow annotations on the file and line, so they show in the PR diff.
import * as core from '@actions/core';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../spec/index.js';

/** The path GitHub expects in annotations: relative to the workspace when inside it. */
export function annotationPath(file: string, workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()): string {
  const rel = relative(workspace, resolve(file));
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export function annotate(diagnostics: readonly Diagnostic[], file: string): void {
  const path = annotationPath(file);
  for (const d of diagnostics) {
    const msg = `${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`;
    const props = { file: path, startLine: d.line, startColumn: d.col, title: 'runtime.yaml' };
    if (d.severity === 'error') core.error(msg, props);
    else core.warning(msg, props);
  }
}
