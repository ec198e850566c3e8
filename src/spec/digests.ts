// The sha256 of every file a runtime.yaml references, so versions and cache keys change exactly
// when an input changes. Links inside a `files:` directory are hashed as links (their target), never
// followed; a link out or a special file stops the build (the tree may have changed since it was
// validated). A requirements file's `-r`/`-c` includes are inputs too.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { LoadedSpec } from './types.js';
import { readRegular, scanOrThrow, streamRegular } from './tree.js';
import { walkIncludes } from './requirements-includes.js';
import { UserError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';

export interface InputDigest {
  /** Path as referenced (relative to the runtime.yaml directory, '/'-separated). */
  path: string;
  sha256: string;
}


/** The largest requirements file read as text (for cache keys). */
export const MAX_INPUT_TEXT_BYTES = 16 * 1024 * 1024;

function walk(dir: string, ref: string, what: string, dirs: boolean, out: InputDigest[]): void {
  const rel = posix.normalize(ref);
  for (const n of scanOrThrow(dir, ref, what, { dirs })) {
    const path = n.sub ? posix.join(rel, n.sub) : rel;
    if (n.type === 'symlink') out.push({ path, sha256: sha256(`symlink:${n.linkname}`) });
    else if (n.type === 'file') {
      const h = createHash('sha256');
      streamRegular(n.full, (c) => h.update(c), { expect: n, label: path });
      out.push({ path, sha256: h.digest('hex') });
    }
  }
}

/**
 * The files requirements file `ref` includes, recursively (paths relative to the runtime.yaml
 * directory); the first problem stops the build (the files may have changed since validation).
 */
export function requirementIncludes(loaded: LoadedSpec, ref: string): string[] {
  const { files, problems } = walkIncludes(loaded.dir, ref);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    throw new UserError(`requirements file ${first.message}${more}`, { hint: first.hint });
  }
  return files.map((f) => f.path);
}

/** Every referenced file (directories expanded, requirements includes followed), sorted by path, plus runtime.yaml itself. */
export function digestInputs(loaded: LoadedSpec): InputDigest[] {
  const out: InputDigest[] = [{ path: 'runtime.yaml', sha256: sha256(loaded.raw) }];
  for (const dep of loaded.spec.dependencies) {
    if (dep.kind === 'pip_req_file') {
      walk(loaded.dir, dep.deps, 'requirements file', false, out);
      for (const inc of requirementIncludes(loaded, dep.deps)) walk(loaded.dir, inc, 'requirements file', false, out);
    }
    else if (dep.kind === 'conda_env_file') walk(loaded.dir, dep.deps, 'conda env file', false, out);
    else if (dep.kind === 'wheel') dep.deps.forEach((w) => walk(loaded.dir, w, 'wheel', false, out));
    else if (dep.kind === 'native_file') dep.deps.forEach((f) => walk(loaded.dir, f.src, 'files src', true, out));
  }
  const seen = new Map(out.map((d) => [d.path, d]));
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads a referenced file (a requirements file) relative to the runtime.yaml directory, as checked. */
export function readInput(loaded: LoadedSpec, p: string): Buffer {
  const [n] = scanOrThrow(loaded.dir, p, 'requirements file', { dirs: false });
  return readRegular(n!.full, { expect: n, max: MAX_INPUT_TEXT_BYTES, label: p });
}

/** Every requirements file the build reads, top-level and included, with its text (for credentials and cache keys). */
export function requirementTexts(loaded: LoadedSpec): { path: string; text: string }[] {
  return loaded.spec.dependencies.flatMap((d) =>
    d.kind === 'pip_req_file' ? [d.deps, ...requirementIncludes(loaded, d.deps)].map((path) => ({ path, text: readInput(loaded, path).toString('utf8') })) : [],
  );
}
