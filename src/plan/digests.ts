// The sha256 of every file a runtime.yaml references, so versions and cache keys change exactly
// when an input changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import type { LoadedSpec } from '../spec/types.js';

export interface InputDigest {
  /** Path as referenced (relative to the runtime.yaml directory, '/'-separated). */
  path: string;
  sha256: string;
}

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function walk(dir: string, rel: string, out: InputDigest[]): void {
  const full = join(dir, rel);
  if (statSync(full).isDirectory()) {
    for (const e of readdirSync(full).sort()) walk(dir, posix.join(rel, e), out);
  } else {
    out.push({ path: rel, sha256: sha256(readFileSync(full)) });
  }
}

/** Every referenced file (directories expanded), sorted by path, plus runtime.yaml itself. */
export function digestInputs(loaded: LoadedSpec): InputDigest[] {
  const out: InputDigest[] = [{ path: 'runtime.yaml', sha256: sha256(loaded.raw) }];
  const add = (p: string) => walk(loaded.dir, posix.normalize(p), out);
  for (const dep of loaded.spec.dependencies) {
    if (dep.kind === 'pip_req_file' || dep.kind === 'conda_env_file') add(dep.deps);
    else if (dep.kind === 'wheel') dep.deps.forEach(add);
    else if (dep.kind === 'native_file') dep.deps.forEach((f) => add(f.src));
  }
  const seen = new Map(out.map((d) => [d.path, d]));
  return [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads a referenced file relative to the runtime.yaml directory. */
export const readInput = (loaded: LoadedSpec, p: string) => readFileSync(resolve(loaded.dir, p));
