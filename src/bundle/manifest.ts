// The bundle's _manifest.yaml with every field swcli and the Starwhale server read (docs/starwhale-compat.md: Manifest), dumped as PyYAML's safe_dump(default_flow_style=False) does: sorted keys, block style.
import { stringify } from 'yaml';
import type { RawDep, RuntimeSpec } from '../spec/types.js';
import type { RestoreFacts } from '../env/restore-facts.js';
import { STARWHALE_COMPAT_VERSION } from '../env/lock.js';
import { UserError } from '../util/errors.js';
import { SWRT_VERSION } from '../util/version.js';
import { publicPipConfig, stripUserinfo } from '../plan/pip-options.js';
import { publicCondaConfig, publicDeps } from '../spec/credentials.js';

export const LOCK_DIR = '.starwhale/lock';
const DEFAULT_IMAGE_REPO = 'docker-registry.starwhale.cn/star-whale';
const BASE_IMAGE_VERSION = '0.3.4';
const SETUP_REQUIRES: Record<string, string[]> = { basicsr: ['torch', 'numpy', 'cython'] };

export interface ManifestInput {
  spec: RuntimeSpec;
  version: string;
  createdAt: string;
  /** Lock file names relative to dependencies/ (e.g. `.starwhale/lock/requirements-sw-lock.txt`). */
  lockFiles: string[];
  /** Files the requirements files include (`-r`/`-c`), relative to the runtime.yaml directory. */
  includedFiles?: string[];
  lock: string;
  /** Exact python version of the builder env. */
  pythonVersion: string;
  localPackagedEnv: boolean;
  /** What environment.lock.starwhale_version records; '' means STARWHALE_COMPAT_VERSION. */
  starwhaleVersion: string;
  env?: NodeJS.ProcessEnv;
}

/** A manifest as read back: the fields restore reads are typed (and checked by checkManifest); the rest pass through. */
export type Manifest = RestoreFacts & Record<string, unknown>;

export function dockerImages(spec: RuntimeSpec, env: NodeJS.ProcessEnv = process.env) {
  const repo = env.SW_IMAGE_REPO || DEFAULT_IMAGE_REPO;
  const base = env.SW_CUSTOM_BASE_IMAGE_VERSION || BASE_IMAGE_VERSION;
  const name = spec.cuda ? 'cuda' : 'base';
  const tag = spec.cuda ? `${spec.cuda}${spec.cudnn ? `-cudnn${spec.cudnn}` : ''}-base${base}` : base;
  return { builtin_run_image: { fullname: `${repo}/${name}:${tag}`, name, repo, tag }, custom_run_image: spec.docker_image };
}

/** swcli's basicsr workaround: packages needed before the lock can install. */
export function setupRequires(lock: string): RawDep[] {
  const pinned = new Map(
    lock
      .split('\n')
      .map((l) => /^([A-Za-z0-9_.-]+)==/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.toLowerCase(), m.input.trim()]),
  );
  const out: RawDep[] = [];
  for (const [lib, needs] of Object.entries(SETUP_REQUIRES)) {
    if (pinned.has(lib)) out.push({ kind: 'pip_pkg', deps: needs.map((n) => pinned.get(n) ?? n) });
  }
  return out;
}


/**
 * environment.lock.starwhale_version, never empty (the server and restore install starwhale at this
 * version): an explicit override, else runtime.yaml's environment.starwhale_version, else a
 * `starwhale==X` the lock pins, else the Starwhale release our bundle format targets (swcli records
 * its own version there too).
 */
export function manifestStarwhaleVersion(o: { override?: string; spec?: string; locked?: string }): string {
  // A git+ URL may carry a token for a private fork: the bundle gets the URL without it.
  return stripUserinfo(o.override?.trim() || o.spec || o.locked || STARWHALE_COMPAT_VERSION);
}

export function buildManifest(m: ManifestInput): Manifest {
  return manifestFields(m);
}

function manifestFields(m: ManifestInput) {
  const { spec } = m;
  // The build used any credentials in URLs; the published copy never carries them.
  const deps = publicDeps(spec.dependencies);
  const files = <K extends RawDep['kind']>(kind: K) => deps.filter((d): d is Extract<RawDep, { kind: K }> => d.kind === kind);
  const pipFiles = files('pip_req_file').map((d) => d.deps);
  const condaFiles = files('conda_env_file').map((d) => d.deps);
  const included = [...new Set(m.includedFiles ?? [])].filter((f) => !pipFiles.includes(f));
  const docker = dockerImages(spec, m.env);
  return {
    artifacts: {
      dependencies: [...condaFiles, ...pipFiles, ...included].map((f) => `dependencies/${f.replace(/^\/+/, '')}`).concat(m.lockFiles.map((f) => `dependencies/${f}`)),
      files: files('native_file').flatMap((d) => d.deps),
      runtime_yaml: 'runtime.yaml',
      wheels: files('wheel').flatMap((d) => d.deps.map((w) => `wheels/${w.replace(/^\/+/, '')}`)),
    },
    base_image: docker.custom_run_image || docker.builtin_run_image.fullname,
    build: { os: 'Linux', sw_version: STARWHALE_COMPAT_VERSION, swrt_version: SWRT_VERSION },
    configs: { ...spec.configs, conda: publicCondaConfig(spec.configs.conda), pip: publicPipConfig(spec.configs.pip) },
    created_at: m.createdAt,
    dependencies: {
      conda_files: condaFiles,
      conda_pkgs: files('conda_pkg').flatMap((d) => d.deps),
      local_packaged_env: m.localPackagedEnv,
      pip_files: pipFiles,
      pip_pkgs: files('pip_pkg').flatMap((d) => d.deps),
      raw_deps: deps,
      setup_requires: setupRequires(m.lock),
    },
    docker,
    environment: {
      arch: spec.arch,
      auto_lock_dependencies: m.lockFiles.length > 0,
      lock: {
        env_name: '',
        env_prefix_path: '',
        env_use_shell: false,
        files: m.lockFiles,
        shell: { python_env: spec.mode, python_version: m.pythonVersion, use_conda: spec.mode === 'conda', use_venv: spec.mode === 'venv' },
        starwhale_version: manifestStarwhaleVersion({ override: m.starwhaleVersion }),
        system: 'Linux',
      },
      mode: spec.mode,
      python: spec.python,
    },
    name: spec.name,
    version: m.version,
  };
}

export function dumpManifest(m: Manifest): string {
  // No anchors/aliases (a files[] dict appears in both artifacts and raw_deps; PyYAML's dump of
  // swcli's separate dicts has none, and not every reader resolves them); '' quoted as PyYAML does.
  return stringify(m, { sortMapEntries: true, indentSeq: false, lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', aliasDuplicateObjects: false, singleQuote: true });
}

/** swcli's created_at: `%Y-%m-%d %H:%M:%S %Z`, in UTC so that reproducible builds agree everywhere. */
export function swcliTime(d: Date): string {
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

type Check = (v: unknown) => boolean;
const isStr: Check = (v) => typeof v === 'string';
const isBool: Check = (v) => typeof v === 'boolean';
const listOf = (c: Check): Check => (v) => Array.isArray(v) && v.every(c);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const DEP_SHAPES: Record<string, Check> = {
  pip_pkg: listOf(isStr),
  pip_req_file: isStr,
  conda_pkg: listOf(isStr),
  conda_env_file: isStr,
  wheel: listOf(isStr),
  command: listOf(isStr),
  native_file: listOf((f) => isObj(f) && isStr(f.src) && (f.dest === undefined || isStr(f.dest))),
};
const isDep: Check = (d) => isObj(d) && isStr(d.kind) && (DEP_SHAPES[d.kind as string] ?? (() => true))(d.deps);

/** The fields restore and info read, each with the type it must have when present. */
const SHAPE: [string[], Check, string][] = [
  [['name'], isStr, 'a string'],
  [['version'], isStr, 'a string'],
  [['environment'], isObj, 'a mapping'],
  // It becomes a path (export/<mode>) and a Dockerfile word: only the modes there are.
  [['environment', 'mode'], (v) => v === 'venv' || v === 'conda', 'venv or conda'],
  [['environment', 'python'], (v) => isStr(v) || typeof v === 'number', 'a string'],
  [['environment', 'arch'], listOf(isStr), 'a list of strings'],
  [['environment', 'lock'], isObj, 'a mapping'],
  [['environment', 'lock', 'files'], listOf(isStr), 'a list of strings'],
  [['environment', 'lock', 'env_prefix_path'], isStr, 'a string'],
  [['dependencies'], isObj, 'a mapping'],
  [['dependencies', 'raw_deps'], listOf(isDep), 'a list of {kind, deps} items'],
  [['dependencies', 'setup_requires'], listOf(isDep), 'a list of {kind, deps} items'],
  [['dependencies', 'local_packaged_env'], isBool, 'true or false'],
  [['configs'], isObj, 'a mapping'],
  [['configs', 'pip'], isObj, 'a mapping'],
  [['configs', 'pip', 'index_url'], isStr, 'a string'],
  [['configs', 'pip', 'extra_index_url'], listOf(isStr), 'a list of strings'],
  [['configs', 'pip', 'trusted_host'], listOf(isStr), 'a list of strings'],
];

/** Checks a manifest read from a bundle: a field of the wrong type is a one-line UserError, not a crash later. */
export function checkManifest(m: unknown, where: string): Manifest {
  if (!isObj(m)) throw new UserError(`${where}: _manifest.yaml is not a mapping`, { hint: 'the bundle is corrupt or not a Starwhale runtime' });
  for (const [path, ok, what] of SHAPE) {
    let v: unknown = m;
    for (const k of path) v = isObj(v) ? v[k] : undefined;
    if (v !== undefined && v !== null && !ok(v)) {
      throw new UserError(`${where}: malformed _manifest.yaml: ${path.join('.')} is not ${what}`, { hint: 'the bundle is corrupt or was not written by swcli or swrt' });
    }
  }
  return m;
}
