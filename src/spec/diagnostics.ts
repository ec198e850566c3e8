// Problems found in a runtime.yaml, each pointing at a line and column, formatted the way compilers
// do (`FILE:LINE:COL: error: MESSAGE (hint: …)`) so editors and CI logs can jump to them.
import { UserErrors } from '../util/errors.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** The file as the user named it. */
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.hint ? ` (hint: ${d.hint})` : '';
  return `${d.file}:${d.line}:${d.col}: ${d.severity}: ${d.message}${hint}`;
}

/** Thrown when a runtime.yaml has errors; carries every diagnostic (warnings included) for annotations. */
export class SpecError extends UserErrors {
  readonly diagnostics: Diagnostic[];
  readonly file: string;
  constructor(file: string, diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const ordered = [...diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
    super(`${errors.length} problem(s) in ${file}`, ordered.map(formatDiagnostic));
    this.name = 'SpecError';
    this.diagnostics = diagnostics;
    this.file = file;
  }
}

/** Levenshtein distance, for "did you mean" hints on misspelt keys. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a small distance, or undefined. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
