// The one way the project runs a subprocess: logs the command (secrets masked), streams output into
// the log, keeps a tail for the error, and turns a non-zero exit into a UserError naming the command.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { UserError } from './errors.js';
import { maskSecrets, type Log } from './log.js';

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

export function quoteArg(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

export function commandLine(cmd: string, args: readonly string[]): string {
  return [cmd, ...args].map(quoteArg).join(' ');
}

export async function exec(cmd: string, args: readonly string[], opts: ExecOptions): Promise<ExecResult> {
  const secrets = opts.secrets ?? [];
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
  const onLines = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      const masked = maskSecrets(line, secrets);
      tail.push(masked);
      if (tail.length > tailMax) tail.shift();
      if (opts.stream) opts.log.info(masked);
      else opts.log.debug(masked);
    }
  };
  child.stdout?.on('data', (c: Buffer) => {
    out.push(c);
    onLines(c);
  });
  child.stderr?.on('data', (c: Buffer) => {
    err.push(c);
    onLines(c);
  });
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') reject(new UserError(`command not found: ${cmd}`, { hint: 'is it installed and on PATH?' }));
      else reject(e);
    });
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
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
