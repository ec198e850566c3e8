// The logging seam between the core and its two front doors: the action adapts it to @actions/core,
// the CLI to a terminal. The core never prints directly.

/** Where in a file a message points (1-based line and column). */
export interface SourcePos {
  file: string;
  line?: number;
  col?: number;
}

export interface Log {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string, where?: SourcePos): void;
  error(msg: string, where?: SourcePos): void;
  /** Runs `fn` inside a collapsible group (action) or under a heading (CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
}

/** A Log that records everything; used by tests and by callers that want to replay messages. */
export class MemoryLog implements Log {
  readonly lines: { level: 'debug' | 'info' | 'warn' | 'error'; msg: string; where?: SourcePos }[] = [];
  readonly secrets: string[] = [];
  debug(msg: string): void {
    this.lines.push({ level: 'debug', msg });
  }
  info(msg: string): void {
    this.lines.push({ level: 'info', msg });
  }
  warn(msg: string, where?: SourcePos): void {
    this.lines.push({ level: 'warn', msg, where });
  }
  error(msg: string, where?: SourcePos): void {
    this.lines.push({ level: 'error', msg, where });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', msg: `## ${title}` });
    return fn();
  }
  secret(value: string): void {
    if (value) this.secrets.push(value);
  }
  text(level?: 'debug' | 'info' | 'warn' | 'error'): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.msg)
      .join('\n');
  }
}

/** Replaces every registered secret in `text` with `***`. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return out;
}

/** The same log with info demoted to debug: for probes whose commands are noise. */
export function quietLog(log: Log): Log {
  return {
    debug: (m) => log.debug(m),
    info: (m) => log.debug(m),
    warn: (m, w) => log.warn(m, w),
    error: (m, w) => log.error(m, w),
    group: (t, fn) => log.group(t, fn),
    secret: (v) => log.secret(v),
  };
}
