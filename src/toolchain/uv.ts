// Provides uv: the pinned version from the package index, installed once into a tool venv under
// the tool cache and reused, or a `uv` already on PATH when it is that version.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../util/errors.js';
import { exec, onPath } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { indexCredentials, pipArgs, type PipOptions } from '../env/pip-options.js';

/** The uv release we test against; `uv-version` overrides it. */
export const UV_PINNED = '0.13.9';

export interface UvContext {
  log: Log;
  /** A python (>=3.8) to host the tool venv. */
  python: string;
  /** Root of our tool cache (RUNNER_TOOL_CACHE or ~/.cache/swrt/tools). */
  toolDir: string;
  pip: PipOptions;
  env?: NodeJS.ProcessEnv;
}

export interface UvTool {
  path: string;
  version: string;
  source: 'path' | 'tool-cache' | 'installed';
}

async function versionOf(uv: string, log: Log): Promise<string | undefined> {
  const r = await exec(uv, ['--version'], { log: quietLog(log), allowFailure: true }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim().split(/\s+/)[1] : undefined;
}


export async function ensureUv(version: string, ctx: UvContext): Promise<UvTool> {
  const want = version || UV_PINNED;
  const found = onPath('uv', ctx.env ?? process.env);
  if (found && (await versionOf(found, ctx.log)) === want) return { path: found, version: want, source: 'path' };

  const home = join(ctx.toolDir, 'swrt-uv', want, process.arch);
  const bin = join(home, 'bin', 'uv');
  const usable = async () => existsSync(bin) && (await versionOf(bin, ctx.log)) === want;
  if (existsSync(`${home}.complete`) && existsSync(bin)) return { path: bin, version: want, source: 'tool-cache' };
  // A home without its marker is either a finished install whose marker was not yet written, or debris.
  if (existsSync(home)) {
    if (await usable()) {
      writeFileSync(`${home}.complete`, '');
      return { path: bin, version: want, source: 'tool-cache' };
    }
    rmSync(home, { recursive: true, force: true });
  }

  // Install into a private temp dir and rename it into place: parallel builds (matrix legs sharing a
  // tool cache, parallel test workers) never see a half-installed uv, and the first rename wins.
  const tmp = `${home}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(dirname(home), { recursive: true });
  try {
    await exec(ctx.python, ['-m', 'venv', tmp], { log: ctx.log });
    await exec(join(tmp, 'bin', 'python'), ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--only-binary', ':all:', ...pipArgs(ctx.pip), `uv==${want}`], {
      log: ctx.log,
      secrets: indexCredentials(ctx.pip),
    });
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw new UserError(`could not install uv ${want} from the package index`, { hint: 'set installer: pip, put uv on PATH, or check the index settings', cause: e });
  }
  try {
    renameSync(tmp, home);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || !(await usable())) throw e;
    return { path: bin, version: want, source: 'tool-cache' };
  }
  // The tool venv's scripts point at the temp path; bin/uv is a static binary and does not care.
  const got = await versionOf(bin, ctx.log);
  if (got !== want) throw new UserError(`installed uv reports version ${got ?? 'nothing'}, expected ${want}`);
  writeFileSync(`${home}.complete`, '');
  return { path: bin, version: want, source: 'installed' };
}
