// The logging seam between the core and its two front doors: the action adapts it to @actions/core,
// the CLI to a terminal. The core never prints directly. Every secret the process learns goes into
// one registry here, and every printed line (either front door, subprocess output, the last error)
// is masked against it.

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
  /** Something worth seeing that is not a problem (a notice annotation in the action); info without it. */
  notice?(msg: string): void;
  /** Runs `fn` inside a collapsible group (action) or under a heading (CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a value that must never be printed. */
  secret(value: string): void;
}

const registry = new Set<string>();

/** Adds a value to the process-wide set of secrets that no printed line may contain; true when it is new. */
export function registerSecret(value: string | undefined): boolean {
  if (!value || !value.trim() || registry.has(value)) return false;
  registry.add(value);
  // The same value as it appears inside a URL (percent-encoded), so `user:p%40ss@host` is masked too.
  const encoded = encodeURIComponent(value);
  if (encoded !== value) registry.add(encoded);
  return true;
}

/** Every registered secret (longest first, so one that contains another is masked whole). */
export function registeredSecrets(): string[] {
  return [...registry].sort((a, b) => b.length - a.length);
}

/** Forgets every registered secret: for tests only. */
export function clearSecrets(): void {
  registry.clear();
}

/** A Log that records everything; used by tests and by callers that want to replay messages. */
export class MemoryLog implements Log {
  readonly lines: { level: 'debug' | 'info' | 'warn' | 'error'; msg: string; where?: SourcePos }[] = [];
  readonly secrets: string[] = [];
  debug(msg: string): void {
    this.lines.push({ level: 'debug', msg: maskSecrets(msg) });
  }
  info(msg: string): void {
    this.lines.push({ level: 'info', msg: maskSecrets(msg) });
  }
  warn(msg: string, where?: SourcePos): void {
    this.lines.push({ level: 'warn', msg: maskSecrets(msg), where });
  }
  error(msg: string, where?: SourcePos): void {
    this.lines.push({ level: 'error', msg: maskSecrets(msg), where });
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'info', msg: maskSecrets(`## ${title}`) });
    return fn();
  }
  secret(value: string): void {
    if (!value) return;
    this.secrets.push(value);
    registerSecret(value);
  }
  text(level?: 'debug' | 'info' | 'warn' | 'error'): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.msg)
      .join('\n');
  }
}

/** Replaces every registered secret (and each of `extra`) in `text` with `***`. */
export function maskSecrets(text: string, extra: readonly string[] = []): string {
  const all = extra.length ? [...new Set([...registry, ...extra])].sort((a, b) => b.length - a.length) : registeredSecrets();
  let out = text;
  for (const s of all) if (s && out.includes(s)) out = out.split(s).join('***');
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
