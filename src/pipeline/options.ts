// What a build is asked for: the options both front doors fill (action inputs, CLI flags) and
// hand to build() and prepareEnv().
import type { LayerCache } from '../cache/layers.js';
import type { CondaToolChoice } from '../conda/micromamba.js';
import type { InstallerChoice } from '../env/installer.js';
import type { LoadedSpec } from '../spec/types.js';
import type { Log } from '../util/log.js';

export type { CacheMode } from '../plan/cache-keys.js';
export type { CondaToolChoice, InstallerChoice };
/** What --starwhale-version and the starwhale-version input accept: a version or a git+ URL. */
export { STARWHALE_VERSION_RE } from '../env/lock.js';

export interface BuildOptions {
  yaml: string;
  python?: string;
  pythonPath?: string;
  cuda?: string;
  cudnn?: string;
  installer: InstallerChoice;
  uvVersion?: string;
  /** uv-mirror: where uv itself comes from (an index URL or a directory of wheels); default SWRT_UV_MIRROR, else the runtime's index, then PyPI. */
  uvMirror?: string;
  lock: boolean;
  includeEnv: boolean;
  runCommands: boolean;
  tags: string[];
  randomVersion?: boolean;
  /** Where the venv is built (default <runtime.yaml dir>/.starwhale/venv, as swcli's lock env). */
  envDir?: string;
  storeRoot?: string;
  project?: string;
  /** Root of our tool cache (default RUNNER_TOOL_CACHE, else ~/.cache/swrt/tools). */
  toolDir?: string;
  pythonMirror?: string;
  cudaMirror?: string;
  /** CUDA components: a preset (minimal, torch-extension) or a comma list. */
  cudaComponents?: string;
  cudaLdLibraryPath?: boolean;
  /** Restores cache layers before the work they hold (default: none). */
  cache?: LayerCache;
  /** Appended to every cache key. */
  cacheSuffix?: string;
  /** The installer's download cache (UV_CACHE_DIR / PIP_CACHE_DIR; conda: the root prefix holding pkgs/); default the installer's own. */
  downloadsDir?: string;
  /** Conda mode: auto (pinned micromamba), micromamba, or conda (one already on the runner). */
  condaTool?: CondaToolChoice;
  /** Base URL of the micromamba download. */
  condaMirror?: string;
  overrideSource?: string;
  /** Recorded as the manifest's environment.lock.starwhale_version over runtime.yaml's and the lock's. */
  starwhaleVersion?: string;
  /** runtime.yaml keys Starwhale ignores are errors, not warnings. */
  strict?: boolean;
  /** Receives the loaded spec (e.g. to annotate its warnings); without it warnings are logged. */
  onSpec?: (loaded: LoadedSpec) => void;
  log: Log;
  env?: NodeJS.ProcessEnv;
}
