// Errors a user can cause. They carry what happened and what to do, and are printed without a
// stack trace (unless --debug / RUNNER_DEBUG=1). Anything else is a bug and keeps its stack.
import type { SourcePos } from './log.js';

export class UserError extends Error {
  readonly hint?: string;
  readonly where?: SourcePos;
  constructor(message: string, opts: { hint?: string; where?: SourcePos; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'UserError';
    this.hint = opts.hint;
    this.where = opts.where;
  }
  /** `MESSAGE (hint: …)`: what an annotation or a warning shows, without the `error:` prefix. */
  describe(): string {
    return `${this.message}${this.hint ? ` (hint: ${this.hint})` : ''}`;
  }
  /** One line: `FILE:LINE:COL: error: MESSAGE (hint: …)` when it has a position, else `error: MESSAGE …`. */
  format(): string {
    if (!this.where) return `error: ${this.describe()}`;
    const pos = [this.where.file, this.where.line, this.where.col].filter((p) => p !== undefined).join(':');
    return `${pos}: error: ${this.describe()}`;
  }
}

/** Several user errors found together (validation reports all problems at once). */
export class UserErrors extends UserError {
  readonly lines: string[];
  constructor(summary: string, lines: string[]) {
    super(summary);
    this.name = 'UserErrors';
    this.lines = lines;
  }
  override format(): string {
    return this.lines.join('\n');
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
