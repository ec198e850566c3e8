// The one way the project runs a subprocess: logs the command (secrets masked), streams output into
// the log line by line (a line split across chunks is put back together before it is masked), keeps
// a tail for the error, and turns a non-zero exit into a UserError naming the command.
// Over node:child_process rather than @actions/exec: the core runs in the CLI too and imports no
// @actions/*, and the masking and the error tail are ours either way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { UserError } from './errors.js';
import { maskSecrets, registeredSecrets, type Log } from './log.js';
import { shQuote } from './shell.js';

export interface ExecOptions {
  log: Log;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Values masked in the logged command line and in error messages. */
  secrets?: readonly string[];
  /** Stream output lines to the log at info level (default: debug level). */
  stream?: boolean;
  /** Do not throw on a non-zero exit; return the code instead. */
  allowFailure?: boolean;
  input?: string;
  /** How many trailing output lines an error carries (default 25). */
  tailLines?: number;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

const TAIL_DEFAULT = 25;
/** A "line" longer than this (progress output without newlines) is emitted in pieces. */
const MAX_LINE = 64 * 1024;

/**
 * Where to cut an over-long line near `at` so that no occurrence of a secret straddles the cut (the
 * pieces are masked one by one): moved back to the start of a straddling occurrence; when that walks
 * back to the beginning of the line, moved forward past every straddling occurrence instead.
 */
export function safeCut(text: string, at: number, secrets: readonly string[]): number {
  const straddling = (cut: number): { start: number; end: number } | undefined => {
    for (const s of secrets) {
      if (s.length < 2) continue;
      const from = Math.max(0, cut - s.length + 1);
      const i = text.slice(from, cut + s.length - 1).indexOf(s);
      if (i >= 0 && from + i < cut) return { start: from + i, end: from + i + s.length };
    }
    return undefined;
  };
  let cut = at;
  for (let hit = straddling(cut); hit; hit = straddling(cut)) {
    if (hit.start === 0) {
      cut = hit.end;
      for (let next = straddling(cut); next; next = straddling(cut)) cut = next.end;
      return cut;
    }
    cut = hit.start;
  }
  return cut;
}

/** Splits a byte stream into whole lines: carries the partial last line (and a split UTF-8 character) to the next chunk. */
export class LineSplitter {
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  constructor(
    private readonly onLine: (line: string) => void,
    /** Values an over-long line is never cut inside of (default: the registered secrets). */
    private readonly secrets: () => readonly string[] = registeredSecrets,
  ) {}
  push(chunk: Buffer): void {
    const parts = (this.rest + this.decoder.write(chunk)).split('\n');
    this.rest = parts.pop() ?? '';
    for (const p of parts) this.emit(p);
    if (this.rest.length <= MAX_LINE) return;
    const secrets = this.secrets();
    // Hold back enough that a secret starting before the cut is wholly here to be seen.
    const hold = Math.max(0, ...secrets.map((s) => s.length - 1));
    while (this.rest.length > MAX_LINE + hold) {
      const cut = safeCut(this.rest, MAX_LINE, secrets);
      this.emit(this.rest.slice(0, cut));
      this.rest = this.rest.slice(cut);
    }
  }
  /** The last line, when the stream ends without a newline. */
  end(): void {
    const last = this.rest + this.decoder.end();
    this.rest = '';
    if (last) this.emit(last);
  }
  private emit(line: string): void {
    // Progress bars redraw with \r: the last state is the line.
    const text = line.replace(/\r+$/, '').split('\r').pop() ?? '';
    if (text) this.onLine(text);
  }
}

/** One argument as a POSIX shell would need it (for the logged command line). */
export const quoteArg = shQuote;

export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quoteArg).join(' ');
}

export async function exec(cmd: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const secrets = opts.secrets ?? [];
  for (const sec of secrets) opts.log.secret(sec);
  const shown = maskSecrets(commandLine(cmd, args), secrets);
  opts.log.info(`$ ${shown}`);
  const child = spawn(cmd, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (opts.input !== undefined) child.stdin?.end(opts.input);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const tail: string[] = [];
  const tailMax = opts.tailLines ?? TAIL_DEFAULT;
  const onLine = (line: string) => {
    const masked = maskSecrets(line, secrets);
    tail.push(masked);
    if (tail.length > tailMax) tail.shift();
    if (opts.stream) opts.log.info(masked);
    else opts.log.debug(masked);
  };
  const cutSecrets = () => [...registeredSecrets(), ...secrets];
  const outLines = new LineSplitter(onLine, cutSecrets);
  const errLines = new LineSplitter(onLine, cutSecrets);
  child.stdout?.on('data', (c: Buffer) => {
    out.push(c);
    outLines.push(c);
  });
  child.stderr?.on('data', (c: Buffer) => {
    err.push(c);
    errLines.push(c);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new UserError(`command not found: ${cmd}`, { hint: 'is it installed and on PATH?' }));
      else reject(e);
    });
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  outLines.end();
  errLines.end();
  const result = { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  if (code !== 0 && !opts.allowFailure) {
    throw new UserError(`command failed with exit code ${code}: ${shown}\n${tail.join('\n')}`);
  }
  return result;
}

/** The first `name` in a directory of env.PATH, as `command -v` finds it. */
export function onPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}
