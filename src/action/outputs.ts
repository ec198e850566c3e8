// Everything the action hands to later steps, in one place: the outputs action.yml declares, and the
// variables and PATH entries of the toolchain and of an env it activates. The runner adapter
// (github/runner.ts) writes them.
import type { Published } from '../github/publish.js';
import type { HandOff } from '../github/runner.js';
import { activation } from '../pipeline/activation.js';
import type { BuildResult } from '../pipeline/build.js';
import type { RestoredRuntime } from '../pipeline/restore.js';

export function builtOutputs(r: BuildResult): HandOff {
  return {
    outputs: {
      name: r.name,
      version: r.version,
      uri: r.uri,
      'bundle-path': r.bundle,
      'bundle-sha256': r.sha256,
      'env-path': r.envPath,
      'lock-file': r.lockFile,
      'cache-hit': String(r.cacheHit),
      'cache-key': r.cacheKey,
    },
  };
}

export function restoredOutputs(r: RestoredRuntime, bundle: { path: string; sha256: string }): HandOff {
  return {
    outputs: { name: r.name, version: r.version, 'bundle-path': bundle.path, 'bundle-sha256': bundle.sha256, 'env-path': r.envDir, 'cache-hit': 'false', 'cache-key': '' },
  };
}

/** python-version / python-path / cuda-version / cuda-path, and the CUDA variables and bin dir. */
export function toolchainOutputs(t: { python?: { version: string; path: string }; cuda?: BuildResult['cuda'] }): HandOff {
  const python: Record<string, string> = t.python ? { 'python-version': t.python.version, 'python-path': t.python.path } : {};
  if (!t.cuda) return { outputs: { ...python, 'cuda-version': '', 'cuda-path': '' } };
  return { env: t.cuda.env, path: [t.cuda.binDir], outputs: { ...python, 'cuda-version': t.cuda.label, 'cuda-path': t.cuda.home } };
}

/** Later steps run inside the env. */
export function activatedEnv(envPath: string, mode: string): HandOff {
  const a = activation(envPath, mode);
  return { path: [a.path], env: a.env };
}

export function publishedOutputs(p: Published): HandOff {
  return { outputs: p.outputs };
}

export function imageOutputs(r: { image: string; digest: string }): HandOff {
  return { outputs: { image: r.image, 'image-digest': r.digest } };
}
