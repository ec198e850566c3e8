// The one shape both env backends (venv, conda) take, and the restore options they share. The
// build, packing, restore and activation ask the backend a runtime's mode names for each step
// instead of branching on the mode.
import type { Manifest } from '../../bundle/manifest.js';
import type { CondaToolChoice } from '../../conda/micromamba.js';
import type { InstallerChoice } from '../../env/installer.js';
import type { RestoredEnv } from '../../env/restore.js';
import type { BuildPlan } from '../../plan/build-plan.js';
import type { LoadedSpec, Mode } from '../../spec/types.js';
import type { Log } from '../../util/log.js';
import type { BuildOptions } from '../options.js';
import type { PreparedEnv } from '../prepared-env.js';

/** How later steps run inside an env: the directory to put first on PATH and the variables to set. */
export interface Activation {
  path: string;
  env: Record<string, string>;
}

/** What restoring an extracted bundle's env needs, whatever its mode. */
export interface EnvRestoreRequest {
  target?: string;
  /** Replace a non-empty `target`. */
  force?: boolean;
  installer?: InstallerChoice;
  /** Conda bundles: which tool restores them (when there is no packed env). */
  condaTool?: CondaToolChoice;
  condaMirror?: string;
  runCommands?: boolean;
  /** Install starwhale into the env as swcli does (default true). */
  starwhale?: boolean;
  log: Log;
  env?: NodeJS.ProcessEnv;
}

/** The part of a restore request both backends hand to their restore as it is. */
export function sharedRestoreOptions({ log, target, force, runCommands, starwhale, env }: EnvRestoreRequest) {
  return { log, target, force, runCommands, starwhale, env };
}

export interface EnvBackend {
  readonly mode: Mode;
  /** The lock file's name, under `.starwhale/lock/` and in the bundle, as swcli names it. */
  readonly lockName: string;
  /** Toolchain, installer, env (built, or reused when its key matches) and lock, at `plan.envDir`. */
  prepare(opts: BuildOptions, loaded: LoadedSpec, plan: BuildPlan, timings: Record<string, number>): Promise<PreparedEnv>;
  /** Packages the lock pins, for the build's summary. */
  packageCount(lockText: string): number;
  /** The starwhale version the lock pins, if any. */
  lockedStarwhaleVersion(lockText: string): string;
  /** Packs the env as `export/<mode>_env.tar.gz` for an env-packed bundle. */
  pack(envDir: string, path: string, epoch: number): Promise<void>;
  /** Restores the env of an extracted bundle (packed env, or built from its lock). */
  restore(workdir: string, manifest: Manifest, req: EnvRestoreRequest): Promise<RestoredEnv>;
  /** What `source bin/activate` / `conda activate` would set: PATH entry and variables. */
  activate(envPath: string): Activation;
}
