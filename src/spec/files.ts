// Referenced files must be regular files (or, for `files:`, directories) inside the runtime.yaml
// directory. Starwhale silently skips missing ones, follows `..` and links; we refuse all three,
// and links out, FIFOs, devices and sockets anywhere inside a `files:` directory, every one at once.
// A requirements file's `-r`/`-c` includes follow the same rule, reported at the entry that pulls
// them in.
import { isAbsolute } from 'node:path';
import type { DepOrigin } from './normalize.js';
import type { SpecSource, YamlPath } from './source.js';
import { walkIncludes } from './requirements-includes.js';
import { scanInput } from './tree.js';

function checkOne(src: SpecSource, dir: string, ref: string, path: YamlPath, what: string): boolean {
  if (isAbsolute(ref)) {
    src.error(path, `${what} "${ref}" is an absolute path`, 'use a path relative to the runtime.yaml directory');
    return false;
  }
  const { problems } = scanInput(dir, ref, { dirs: what === 'files src' });
  for (const p of problems) src.error(path, `${what} ${p.message}`, p.hint);
  return problems.length === 0;
}

export function checkReferencedFiles(src: SpecSource, dir: string, deps: readonly DepOrigin[]): void {
  for (const { dep, path } of deps) {
    switch (dep.kind) {
      case 'pip_req_file':
        if (checkOne(src, dir, dep.deps, path, 'requirements file')) {
          for (const p of walkIncludes(dir, dep.deps).problems) src.error(path, `requirements file ${p.message}`, p.hint);
        }
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
