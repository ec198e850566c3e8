// What every CLI verb shares: global flags, the terminal log, and the error boundary that turns
// user errors into one line each on stderr and exit code 1 (a stack trace only with --debug).
import type { Command } from 'commander';
import { errorMessage, isUserError, toUserError } from '../util/errors.js';
import { maskSecrets, registerSecret } from '../util/log.js';
import { TerminalLog } from './log.js';

export interface GlobalOptions {
  debug?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export interface CliContext {
  log: TerminalLog;
  debug: boolean;
  /** Prints a value as one JSON document on stdout. */
  json(value: unknown): void;
  /** Prints human output on stdout. */
  print(text: string): void;
}

export function makeContext(cmd: Command): CliContext {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const debug = Boolean(g.debug) || process.env.RUNNER_DEBUG === '1';
  // A token in the environment is masked whatever the verb (a `commands:` entry may print the env).
  registerSecret(process.env.SW_TOKEN);
  return {
    log: new TerminalLog(debug || Boolean(g.verbose), Boolean(g.quiet)),
    debug,
    json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    print: (text) => process.stdout.write(`${text}\n`),
  };
}

/** The error boundary: a user error (or one the outside world caused) as one line, a bug as `internal error`; every line masked. */
export function reportError(e: unknown, debug: boolean, out: NodeJS.WritableStream = process.stderr): number {
  const write = (text: string) => out.write(`${maskSecrets(text)}\n`);
  const mapped = toUserError(e);
  if (isUserError(mapped)) {
    write(mapped.format());
  } else {
    write(`error: internal error: ${errorMessage(e)}`);
    if (!debug) write('(run with --debug for a stack trace)');
  }
  if (debug && e instanceof Error && e.stack) write(e.stack);
  return 1;
}

/** Wraps a verb's action: runs it with a context and maps errors to exit code 1. */
export function action<A extends unknown[]>(fn: (ctx: CliContext, ...args: A) => Promise<void | number>) {
  return async (...args: unknown[]): Promise<void> => {
    const cmd = args[args.length - 1] as Command;
    const ctx = makeContext(cmd);
    try {
      const code = await fn(ctx, ...(args.slice(0, -1) as A));
      if (typeof code === 'number') process.exitCode = code;
    } catch (e) {
      process.exitCode = reportError(e, ctx.debug);
    }
  };
}
