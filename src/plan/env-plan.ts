// What a build decides once its toolchain and installer are known, as one frozen value: the env
// cache key (which also decides whether an env on disk is reused), the downloads cache key and the
// index URLs both depend on. Pure: the facts of the input files (digests, requirement texts, the
// digests of the ${VAR}s they use) are read by the stage that reads files and handed in here.
import { downloadsCacheKey, envCacheKey, type CacheKey, type HostFacts } from './cache-keys.js';
import type { BuildPlan } from './build-plan.js';
import { stripCredentials, type PipOptions } from './pip-options.js';
import type { InputDigest } from '../spec/digests.js';
import type { RuntimeSpec } from '../spec/types.js';

/** What the input files say, read once by the build's file stage. */
export interface InputFacts {
  inputs: readonly InputDigest[];
  /** The requirements files (and the files they include), as referenced, with their text. */
  requirementFiles: readonly { path: string; text: string }[];
  /** `${VAR}`s the requirements use, name → digest of the value. */
  requirementVars: Readonly<Record<string, string>>;
}

/** What the toolchain and installer stages found. */
export interface EnvFacts {
  python: { version: string; path: string };
  cuda?: { label: string; components: readonly string[] };
  installer: string;
  installerVersion: string;
  host: HostFacts;
  /** Indexes the env also depends on besides pip's (conda: its channels). */
  moreIndexUrls?: readonly string[];
  /** Anything else the env's content depends on (conda: the condarc and the CUDA override). */
  extra?: unknown;
}

export interface EnvPlan {
  readonly envKey: CacheKey;
  readonly downloadsKey: CacheKey;
  /** pip's index URLs (and any more the backend named), credentials stripped. */
  readonly indexUrls: readonly string[];
}

export function planEnv(plan: Pick<BuildPlan, 'envDir' | 'runCommands' | 'cacheSuffix'>, spec: RuntimeSpec, pip: PipOptions, files: InputFacts, facts: EnvFacts, now?: Date): EnvPlan {
  const pipIndexes = [pip.indexUrl, ...pip.extraIndexUrls].map(stripCredentials);
  const indexUrls = [...pipIndexes, ...(facts.moreIndexUrls ?? []).map(stripCredentials)];
  const envKey = envCacheKey({
    spec,
    inputs: files.inputs,
    requirementTexts: files.requirementFiles.map((f) => f.text),
    installer: facts.installer,
    installerVersion: facts.installerVersion,
    indexUrls,
    python: facts.python,
    cuda: facts.cuda,
    envPath: plan.envDir,
    runCommands: plan.runCommands,
    host: facts.host,
    suffix: plan.cacheSuffix,
    requirementVars: files.requirementVars,
    now,
    ...(facts.extra === undefined ? {} : { extra: facts.extra }),
  });
  const downloadsKey = downloadsCacheKey({ host: facts.host, python: facts.python, installer: facts.installer, installerVersion: facts.installerVersion, inputs: files.inputs, indexUrls: pipIndexes, suffix: plan.cacheSuffix });
  return Object.freeze({ envKey, downloadsKey, indexUrls: Object.freeze(indexUrls) });
}
