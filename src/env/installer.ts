// One installer interface, two implementations: uv (fast, the default) and pip (a venv seeded with
// the interpreter's bundled pip, then pip). Both create a venv and install requirement arguments;
// freeze.ts locks either env the same way.
import { join } from 'node:path';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';
import { indexCredentials, pipArgs, uvArgs, uvEnv, type PipOptions } from '../plan/pip-options.js';
import { createPipVenv } from './seed-pip.js';

export type InstallerName = 'uv' | 'pip';
/** What a user may ask for: auto is uv, falling back to pip when uv cannot be had. */
export type InstallerChoice = 'auto' | InstallerName;

export interface Installer {
  readonly name: InstallerName;
  version(): Promise<string>;
  createEnv(python: string, envDir: string): Promise<void>;
  /** `args` are pip-style: requirement specifiers, wheel paths, or `-r FILE`. */
  install(envDir: string, args: string[], opts: PipOptions, cwd: string): Promise<void>;
}

export const envPython = (envDir: string) => join(envDir, 'bin', 'python');

export class PipInstaller implements Installer {
  readonly name = 'pip';
  constructor(
    private readonly log: Log,
    private readonly python: string,
    private readonly cacheDir?: string,
    /** Environment of install subprocesses (e.g. with CUDA_HOME for source builds); default process.env. */
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {}
  async version(): Promise<string> {
    const r = await exec(this.python, ['-m', 'pip', '--version'], { log: this.log, allowFailure: true });
    return r.code === 0 ? (r.stdout.split(' ')[1] ?? 'unknown') : 'bundled';
  }
  async createEnv(python: string, envDir: string): Promise<void> {
    await createPipVenv(python, envDir, this.log);
  }
  async install(envDir: string, args: string[], opts: PipOptions, cwd: string): Promise<void> {
    await exec(envPython(envDir), ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--exists-action', 'w', ...pipArgs(opts), ...args], {
      log: this.log,
      cwd,
      secrets: indexCredentials(opts),
      env: { ...this.baseEnv, ...(this.cacheDir ? { PIP_CACHE_DIR: this.cacheDir } : {}), PIP_NO_INPUT: '1' },
    });
  }
}

export class UvInstaller implements Installer {
  readonly name = 'uv';
  constructor(
    private readonly log: Log,
    private readonly uv: string,
    private readonly cacheDir?: string,
    private readonly baseEnv: NodeJS.ProcessEnv = process.env,
  ) {}
  private env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return { ...this.baseEnv, ...(this.cacheDir ? { UV_CACHE_DIR: this.cacheDir } : {}), UV_NO_PROGRESS: '1', ...extra };
  }
  async version(): Promise<string> {
    const r = await exec(this.uv, ['--version'], { log: this.log });
    return r.stdout.trim().split(/\s+/)[1] ?? 'unknown';
  }
  async createEnv(python: string, envDir: string): Promise<void> {
    await exec(this.uv, ['venv', '--quiet', '--python', python, '--no-python-downloads', envDir], { log: this.log, env: this.env() });
  }
  async install(envDir: string, args: string[], opts: PipOptions, cwd: string): Promise<void> {
    await exec(this.uv, ['pip', 'install', '--python', envPython(envDir), ...uvArgs(opts), ...args], {
      log: this.log,
      cwd,
      secrets: indexCredentials(opts),
      env: this.env(uvEnv(opts)),
    });
  }
}
