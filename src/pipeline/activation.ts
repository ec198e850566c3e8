// How later steps run inside a built or restored env, as `source bin/activate` (venv) or `conda
// activate` would arrange it: the directory to put first on PATH and the variables to set.
import { delimiter } from 'node:path';
import { UserError } from '../util/errors.js';
import { envBackend, type Activation } from './backends/index.js';

export type { Activation } from './backends/index.js';

export function activation(envPath: string, mode: string): Activation {
  // GITHUB_PATH is one entry per line, and PATH splits on ':': either in the path would add other dirs.
  if (/[\r\n:]/.test(envPath) || envPath.includes(delimiter)) {
    throw new UserError(`cannot activate ${JSON.stringify(envPath)}: the path contains a newline or '${delimiter}'`, { hint: 'build or restore the runtime in a directory whose path has neither, or set activate: false' });
  }
  return envBackend(mode).activate(envPath);
}
