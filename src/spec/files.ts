// Referenced files must exist inside the runtime.yaml directory. Starwhale silently skips missing
// ones and follows `..`; we refuse both, because a bundle missing its requirements is a broken bundle.
import { realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { DepOrigin } from './normalize.js';
import type { SpecSource, YamlPath } from './source.js';

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function checkOne(src: SpecSource, dir: string, realDir: string, ref: string, path: YamlPath, what: string): void {
  if (isAbsolute(ref)) {
    src.error(path, `${what} "${ref}" is an absolute path`, 'use a path relative to the runtime.yaml directory');
    return;
  }
  const full = resolve(dir, ref);
  if (!inside(dir, full)) {
    src.error(path, `${what} "${ref}" is outside the runtime.yaml directory`, 'bundles carry only files under the runtime.yaml directory; move the file there');
    return;
  }
  let st;
  try {
    st = statSync(full);
  } catch {
    src.error(path, `${what} "${ref}" does not exist`, 'paths are relative to the runtime.yaml directory');
    return;
  }
  if (!inside(realDir, realpathSync(full))) {
    src.error(path, `${what} "${ref}" is a symlink pointing outside the runtime.yaml directory`, 'copy the file into the directory instead');
    return;
  }
  if (what !== 'files src' && !st.isFile()) src.error(path, `${what} "${ref}" is not a file`);
}

export function checkReferencedFiles(src: SpecSource, dir: string, deps: readonly DepOrigin[]): void {
  const realDir = realpathSync(dir);
  for (const { dep, path } of deps) {
    switch (dep.kind) {
      case 'pip_req_file':
        checkOne(src, dir, realDir, dep.deps, path, 'requirements file');
        break;
      case 'conda_env_file':
        checkOne(src, dir, realDir, dep.deps, path, 'conda env file');
        break;
      case 'wheel':
        dep.deps.forEach((w, i) => checkOne(src, dir, realDir, w, [...path, i], 'wheel'));
        break;
      case 'native_file':
        dep.deps.forEach((f, i) => checkOne(src, dir, realDir, f.src, [...path, i, 'src'], 'files src'));
        break;
      default:
        break;
    }
  }
}
