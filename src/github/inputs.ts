// Action inputs: read once into a frozen, typed object. Every rule that fails is reported, then we
// stop (setup-miniconda's RULES model). Inputs declared in action.yml before their feature exists
// fail with a clear message when set to something other than their default.
import { UserError, UserErrors } from '../util/errors.js';
import { parseRestoreFrom } from './restore-from.js';
import { STARWHALE_VERSION_RE } from '../env/lock.js';
import type { CondaToolChoice } from '../conda/micromamba.js';
import type { InstallerChoice } from '../env/installer.js';
import type { CacheMode } from '../plan/cache-keys.js';
import { parseExtras } from '../image/extras.js';
import { parseImageRef, parseTarget } from '../image/reference.js';

export type PublishTarget = 'artifact' | 'server' | 'release';

export interface ActionInputs {
  runtimeYaml: string;
  workdir: string;
  pythonVersion: string;
  cudaVersion: string;
  cudnnVersion: string;
  installer: InstallerChoice;
  cache: CacheMode;
  cacheWrite: boolean;
  cacheSuffix: string;
  lock: boolean;
  includeEnv: boolean;
  runCommands: boolean;
  /** runtime.yaml keys Starwhale ignores are errors, not warnings. */
  strict: boolean;
  activate: boolean;
  publish: PublishTarget[];
  artifactName: string;
  retentionDays: number | undefined;
  serverUrl: string;
  serverProject: string;
  serverToken: string;
  /** Accept a server certificate that does not verify (self-signed); default false. */
  serverInsecure: boolean;
  force: boolean;
  tags: string[];
  releaseTag: string;
  githubToken: string;
  restoreFrom: string;
  /** restore-from: install starwhale into the restored env, as swcli's restore does. */
  installStarwhale: boolean;
  pythonMirror: string;
  cudaMirror: string;
  cudaComponents: string;
  cudaLdLibraryPath: boolean;
  uvVersion: string;
  uvMirror: string;
  condaTool: CondaToolChoice;
  condaMirror: string;
  /** Overrides the manifest's environment.lock.starwhale_version ('' = runtime.yaml, lock, then 0.6.15). */
  starwhaleVersion: string;
  attest: boolean;
  /** swrt image target ('' = no image). */
  image: string;
  imageBase: string;
  /** Also tag `<version>-py<X.Y>[-cu<X.Y>]`. */
  imageTagPerLeg: boolean;
  /** linux/ARCH of the image (and of a multi-arch base's entry). */
  imageArch: string;
  /** Extras for the image's env (`jupyter`). */
  imageWith: string[];
  imageRegistryToken: string;
  imageRegistryUsername: string;
}

/** Reads one raw input by its action.yml name ('' when unset). */
export type InputGetter = (name: string) => string;

/** Inputs whose feature has not landed yet, with their default; setting any other value is an error. */
export const NOT_IMPLEMENTED: Readonly<Record<string, string>> = {
  attest: 'false',
};

const BOOL_TRUE = ['true', 'True', 'TRUE'];
const BOOL_FALSE = ['false', 'False', 'FALSE'];

interface Reader {
  errors: string[];
  str(name: string, dflt?: string): string;
  bool(name: string, dflt: boolean): boolean;
  oneOf<T extends string>(name: string, allowed: readonly T[], dflt: T): T;
  list(name: string): string[];
}

function reader(get: InputGetter): Reader {
  const errors: string[] = [];
  const str = (name: string, dflt = '') => {
    const v = get(name).trim();
    return v === '' ? dflt : v;
  };
  return {
    errors,
    str,
    bool(name, dflt) {
      const v = str(name);
      if (v === '') return dflt;
      if (BOOL_TRUE.includes(v)) return true;
      if (BOOL_FALSE.includes(v)) return false;
      errors.push(`input ${name}: "${v}" is not a boolean (use true or false)`);
      return dflt;
    },
    oneOf(name, allowed, dflt) {
      const v = str(name, dflt);
      if ((allowed as readonly string[]).includes(v)) return v as typeof dflt;
      errors.push(`input ${name}: "${v}" is not one of ${allowed.join(', ')}`);
      return dflt;
    },
    list(name) {
      return str(name)
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    },
  };
}

/** swcli's rule: commands run only when asked (run-commands) or forced by SW_RUNTIME_FORCE_RUN_COMMAND=1. */
export function commandsAllowed(inputs: Pick<ActionInputs, 'runCommands'>, env: NodeJS.ProcessEnv = process.env): boolean {
  return inputs.runCommands || env.SW_RUNTIME_FORCE_RUN_COMMAND === '1';
}

function publishTargets(r: Reader): PublishTarget[] {
  const publish = r.list('publish');
  for (const p of publish) {
    if (!['artifact', 'server', 'release'].includes(p)) r.errors.push(`input publish: "${p}" is not one of artifact, server, release`);
  }
  return publish as PublishTarget[];
}

function retention(r: Reader): number | undefined {
  const raw = r.str('retention-days');
  if (!raw) return undefined;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1 || days > 90) r.errors.push(`input retention-days: "${raw}" must be a whole number of days from 1 to 90`);
  return days;
}

/** Rules over more than one input, and inputs declared before their feature exists. */
function crossChecks(inputs: ActionInputs, r: Reader, get: InputGetter): void {
  if (inputs.image) {
    try {
      parseTarget(inputs.image);
      if (inputs.imageBase) parseImageRef(inputs.imageBase);
    } catch (e) {
      r.errors.push(`input image${inputs.imageBase ? '/image-base' : ''}: ${e instanceof UserError ? e.describe() : String(e)}`);
    }
    try {
      parseExtras(inputs.imageWith);
    } catch (e) {
      r.errors.push(`input image-with: ${e instanceof UserError ? e.describe() : String(e)}`);
    }
    if (!/^[a-z0-9_]{1,32}$/.test(inputs.imageArch)) r.errors.push(`input image-arch: ${JSON.stringify(inputs.imageArch.slice(0, 40))} is not an architecture name (amd64, arm64, …)`);
    if (!inputs.includeEnv) r.errors.push('input image needs include-env: true (the image carries the packed env)');
    if (inputs.restoreFrom) r.errors.push('inputs restore-from and image exclude each other: restore-from skips the build');
  }
  if (inputs.starwhaleVersion && !STARWHALE_VERSION_RE.test(inputs.starwhaleVersion)) {
    r.errors.push(`input starwhale-version: "${inputs.starwhaleVersion}" is neither a version (0.6.15) nor a git+https:// or git+ssh:// URL`);
  }
  if (inputs.publish.includes('server') && !inputs.serverUrl) r.errors.push('input publish: server needs server-url (http(s)://HOST[:PORT] or cloud://ALIAS)');
  if (inputs.restoreFrom) {
    try {
      parseRestoreFrom(inputs.restoreFrom);
    } catch (e) {
      r.errors.push(e instanceof UserError ? e.describe() : String(e));
    }
    if (inputs.publish.length) r.errors.push('inputs restore-from and publish exclude each other: restore-from skips the build, so there is nothing new to publish');
  }
  for (const [name, dflt] of Object.entries(NOT_IMPLEMENTED)) {
    const v = get(name).trim();
    if (v !== '' && v !== dflt) {
      r.errors.push(`input ${name} is declared but not implemented yet in this release; remove it or set it to "${dflt}"`);
    }
  }
}

export function parseInputs(get: InputGetter): Readonly<ActionInputs> {
  const r = reader(get);
  const publish = publishTargets(r);
  const retentionDays = retention(r);
  const inputs: ActionInputs = {
    runtimeYaml: r.str('runtime-yaml', 'runtime.yaml'),
    workdir: r.str('workdir', '.'),
    pythonVersion: r.str('python-version'),
    cudaVersion: r.str('cuda-version'),
    cudnnVersion: r.str('cudnn-version'),
    installer: r.oneOf('installer', ['auto', 'uv', 'pip'] as const, 'auto'),
    cache: r.oneOf('cache', ['auto', 'true', 'false'] as const, 'auto'),
    cacheWrite: r.bool('cache-write', true),
    cacheSuffix: r.str('cache-suffix'),
    lock: r.bool('lock', true),
    includeEnv: r.bool('include-env', false),
    runCommands: r.bool('run-commands', false),
    strict: r.bool('strict', false),
    activate: r.bool('activate', true),
    publish,
    artifactName: r.str('artifact-name'),
    retentionDays,
    serverUrl: r.str('server-url'),
    serverProject: r.str('server-project', 'self'),
    serverToken: r.str('server-token'),
    serverInsecure: r.bool('server-insecure', false),
    force: r.bool('force', false),
    tags: r.list('tags'),
    releaseTag: r.str('release-tag'),
    githubToken: r.str('github-token'),
    restoreFrom: r.str('restore-from'),
    installStarwhale: r.bool('install-starwhale', true),
    pythonMirror: r.str('python-mirror'),
    cudaMirror: r.str('cuda-mirror'),
    cudaComponents: r.str('cuda-components', 'minimal'),
    cudaLdLibraryPath: r.bool('cuda-ld-library-path', false),
    uvVersion: r.str('uv-version'),
    uvMirror: r.str('uv-mirror'),
    condaTool: r.oneOf('conda-tool', ['auto', 'micromamba', 'conda'] as const, 'auto'),
    condaMirror: r.str('conda-mirror'),
    starwhaleVersion: r.str('starwhale-version'),
    attest: r.bool('attest', false),
    image: r.str('image'),
    imageBase: r.str('image-base'),
    imageTagPerLeg: r.bool('image-tag-per-leg', false),
    imageArch: r.str('image-arch') || 'amd64',
    imageWith: r.str('image-with').split(/[\s,]+/).filter(Boolean),
    imageRegistryToken: r.str('image-registry-token'),
    imageRegistryUsername: r.str('image-registry-username'),
  };
  crossChecks(inputs, r, get);
  if (r.errors.length) throw new UserErrors(`${r.errors.length} invalid input(s)`, r.errors.map((e) => `error: ${e}`));
  return Object.freeze(inputs);
}
