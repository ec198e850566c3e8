// The normalized runtime.yaml: what every later stage consumes. Field names and shapes follow
// Starwhale 0.6.15's manifest so that the bundle we write matches theirs.

export type Mode = 'venv' | 'conda';

export interface PipConfig {
  index_url: string;
  /** Starwhale's `_list("")` quirk is kept: unset is `['']`. Filter empty strings before use. */
  extra_index_url: string[];
  trusted_host: string[];
}

export interface CondaConfig {
  channels: string[];
  condarc: Record<string, unknown>;
}

export interface Configs {
  docker: { image: string };
  conda: CondaConfig;
  pip: PipConfig;
}

/** A `files:` entry; extra keys (name, pre, post, …) are kept verbatim, never executed. */
export interface NativeFile {
  src: string;
  dest: string;
  [key: string]: unknown;
}

/** One item of the manifest's `dependencies.raw_deps`, in runtime.yaml order. */
export type RawDep =
  | { kind: 'pip_req_file'; deps: string }
  | { kind: 'conda_env_file'; deps: string }
  | { kind: 'pip_pkg'; deps: string[] }
  | { kind: 'conda_pkg'; deps: string[] }
  | { kind: 'wheel'; deps: string[] }
  | { kind: 'native_file'; deps: NativeFile[] }
  | { kind: 'command'; deps: string[] };

export type RawDepKind = RawDep['kind'];

/** Exactly the keys `swrt validate --json` prints. Unset values are '' or [] as in Starwhale's manifest. */
export interface RuntimeSpec {
  name: string;
  mode: Mode;
  /** major.minor, e.g. "3.10". */
  python: string;
  cuda: string;
  cudnn: string;
  arch: string[];
  os: string;
  starwhale_version: string;
  docker_image: string;
  configs: Configs;
  dependencies: RawDep[];
}

/** A parsed runtime.yaml plus where it came from. */
export interface LoadedSpec {
  spec: Readonly<RuntimeSpec>;
  /** Absolute path of the runtime.yaml. */
  file: string;
  /** Absolute directory of the runtime.yaml; every relative path in it resolves here. */
  dir: string;
  /** The file's bytes, copied verbatim into the bundle as runtime.yaml. */
  raw: Buffer;
  /** Warnings found while reading (already formatted `FILE:LINE:COL: warning: …`). */
  warnings: string[];
  /** Every warning with its position, for annotations. */
  diagnostics: readonly import('./diagnostics.js').Diagnostic[];
  /** The python version as asked for (runtime.yaml or override), possibly exact ("3.11.9"); '' when unset. */
  pythonRequest: string;
}
