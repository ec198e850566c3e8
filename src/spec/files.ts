// Referenced files must be regular files (or, for `files:`, directories) inside the runtime.yaml
// directory. Starwhale silently skips missing ones, follows `..` and links; we refuse all three,
// and links out, FIFOs, devices and sockets anywhere inside a `files:` directory, every one at once.
import { isAbsolute } from 'node:path';
import type { DepOrigin } from './normalize.js';
import type { SpecSource, YamlPath } from './source.js';
import { scanInput } from './tree.js';

function checkOne(src: SpecSource, dir: string, ref: string, path: YamlPath, what: string): void {
  if (isAbsolute(ref)) {
    src.error(path, `${what} "${ref}" is an absolute path`, 'use a path relative to the runtime.yaml directory');
    return;
  }
  for (const p of scanInput(dir, ref, { dirs: what === 'files src' }).problems) src.error(path, `${what} ${p.message}`, p.hint);
}

export function checkReferencedFiles(src: SpecSource, dir: string, deps: readonly DepOrigin[]): void {
  for (const { dep, path } of deps) {
    switch (dep.kind) {
      case 'pip_req_file':
        checkOne(src, dir, dep.deps, path, 'requirements file');
        break;
      case 'conda_env_file':
        checkOne(src, dir, dep.deps, path, 'conda env file');
        break;
      case 'wheel':
        dep.deps.forEach((w, i) => checkOne(src, dir, w, [...path, i], 'wheel'));
        break;
      case 'native_file':
        dep.deps.forEach((f, i) => checkOne(src, dir, f.src, [...path, i, 'src'], 'files src'));
        break;
      default:
        break;
    }
  }
}
