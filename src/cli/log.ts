// Adapts the core's Log to a terminal: messages on stderr (stdout is reserved for --json output),
// each masked against the process-wide secret registry.
import { maskSecrets, registerSecret, type Log, type SourcePos } from '../util/log.js';

function pos(where?: SourcePos): string {
  if (!where) return '';
  return `${[where.file, where.line, where.col].filter((p) => p !== undefined).join(':')}: `;
}

export class TerminalLog implements Log {
  constructor(
    private readonly verbose = false,
    private readonly quiet = false,
    private readonly out: NodeJS.WritableStream = process.stderr,
  ) {}
  private write(text: string): void {
    this.out.write(`${maskSecrets(text)}\n`);
  }
  debug(msg: string): void {
    if (this.verbose) this.write(msg);
  }
  info(msg: string): void {
    if (!this.quiet) this.write(msg);
  }
  warn(msg: string, where?: SourcePos): void {
    this.write(`${pos(where)}warning: ${msg}`);
  }
  error(msg: string, where?: SourcePos): void {
    this.write(`${pos(where)}error: ${msg}`);
  }
  /** A step with its outcome and duration, so long installs, packs and restores show progress. */
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.info(`==> ${title} …`);
    const t0 = performance.now();
    try {
      const r = await fn();
      this.info(`==> ${title}: done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      return r;
    } catch (e) {
      this.info(`==> ${title}: failed after ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      throw e;
    }
  }
  secret(value: string): void {
    registerSecret(value);
  }
}
